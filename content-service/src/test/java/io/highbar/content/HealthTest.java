package io.highbar.content;

import org.junit.jupiter.api.Test;

class HealthTest extends ContentServiceTest {

    @Test
    void exposesHealthWithLivenessAndReadinessGroups() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
