package io.highbar.interview.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The session store unreachable (its connection cut mid-request, or no server within the driver's timeout) is a
 * {@code 503} with {@code Retry-After}, not a bare 500: the client can act on it. A change is one insert of one log
 * entry, so nothing is half-written; whether this one landed shows in the session and its event stream.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreUnavailableHandler {

    static final String RETRY_AFTER_SECONDS = "2";

    @ExceptionHandler({MongoSocketException.class, MongoTimeoutException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The session store is unreachable right now. If your change does not show in the session within a few"
                        + " seconds, send it again.");
        problem.setTitle("Session store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
