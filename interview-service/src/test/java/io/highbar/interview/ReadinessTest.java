package io.highbar.interview;

import org.junit.jupiter.api.Test;

class ReadinessTest extends InterviewServiceTestBase {

    @Test
    void readinessIsUpAndCoversKafkaAndMongoDb() {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
    }
}
