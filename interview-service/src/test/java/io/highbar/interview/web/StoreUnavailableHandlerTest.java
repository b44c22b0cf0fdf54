package io.highbar.interview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class StoreUnavailableHandlerTest {

    @Test
    void aConnectionCutMidWriteIsA503WithRetryAfter() {
        // what the driver threw while the wire server restarted under the fault suite
        var cut = new MongoSocketWriteException("Exception sending message", new ServerAddress(),
                new java.io.IOException("Connection reset"));

        ResponseEntity<ProblemDetail> response = new StoreUnavailableHandler().storeUnavailable(cut);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody().getDetail()).contains("send it again");
    }
}
