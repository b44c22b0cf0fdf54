package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.highbar.content.ContentApplication;
import io.highbar.infra.SharedTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

class InvalidCardStartupTest {

    @Test
    void anInvalidCardFileStopsStartupNamingFilePathAndReason() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ContentApplication.class)
                .web(WebApplicationType.NONE)
                .run("--highbar.content.cards-location=classpath:bad-cards/*.json",
                        "--spring.kafka.bootstrap-servers=" + SharedTestInfrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + SharedTestInfrastructure.mongoUri("content-bad-cards-test"))
                .close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InvalidCardFilesException.class)
                .hasMessageContaining("bad-cards/broken.json: $.signals[2].examplePhrases: must have at least 1 item")
                .hasMessageContaining("bad-cards/broken.json: $.followUps[1].targets: is required");
    }
}
