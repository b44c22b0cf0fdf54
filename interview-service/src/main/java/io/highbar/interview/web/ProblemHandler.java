package io.highbar.interview.web;

import io.highbar.interview.session.app.AnswerNotFound;
import io.highbar.interview.session.app.SessionAccessDenied;
import io.highbar.interview.session.app.SessionNotFound;
import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.UnprocessableRequest;
import java.util.List;

import io.highbar.interview.content.ContentUnavailable;
import io.highbar.interview.content.UnknownCompetency;
import io.highbar.interview.limit.TooManyRequests;
import io.highbar.interview.session.SessionRuleViolation;
import io.highbar.interview.story.StoryBankFull;
import io.highbar.interview.story.StoryNotFound;
import io.highbar.interview.story.StoryNotMapped;
import io.highbar.interview.story.StoryRefused;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/** Every error is {@code application/problem+json} (RFC 9457) with a message a user can act on. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(UnprocessableRequest.class)
    ProblemDetail unprocessable(UnprocessableRequest e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(AnswerNotFound.class)
    ProblemDetail answerNotFound(AnswerNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Answer not found", e.getMessage());
    }

    @ExceptionHandler(SessionNotFound.class)
    ProblemDetail notFound(SessionNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Session not found", e.getMessage());
    }

    @ExceptionHandler(SessionAccessDenied.class)
    ProblemDetail forbidden(SessionAccessDenied e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(StoryNotFound.class)
    ProblemDetail storyNotFound(StoryNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Story not found", e.getMessage());
    }

    @ExceptionHandler(StoryNotMapped.class)
    ProblemDetail storyNotMapped(StoryNotMapped e) {
        return problem(HttpStatus.NOT_FOUND, "Story not mapped yet", e.getMessage());
    }

    @ExceptionHandler(StoryRefused.class)
    ProblemDetail storyRefused(StoryRefused e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(StoryBankFull.class)
    ProblemDetail storyBankFull(StoryBankFull e) {
        return problem(HttpStatus.CONFLICT, "Story bank full", e.getMessage());
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(SessionRuleViolation.class)
    ProblemDetail conflict(SessionRuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the session's current state", e.getMessage());
    }

    @ExceptionHandler(UnknownCompetency.class)
    ProblemDetail unknownCompetency(UnknownCompetency e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unknown competency", e.getMessage());
        problem.setProperty("errors", List.of(new InvalidRequest.FieldProblem("competencyId", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(ContentUnavailable.class)
    ResponseEntity<ProblemDetail> contentUnavailable(ContentUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Question library unavailable", e.getMessage()));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (causedBy(ex, DataBufferLimitException.class)) {
            ProblemDetail tooLarge = problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "The request body is larger than this API accepts (64 KB). Shorten the answer and send it again.");
            return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge));
        }
        String detail = ex.getCause() instanceof DecodingException decoding
                ? "The request body is not valid JSON (" + firstLine(decoding.getMostSpecificCause().getMessage())
                        + "). Send a JSON object with the documented fields."
                : ex.getReason() != null && ex.getReason().contains("body")
                        ? "The request body is missing. Send a JSON object with the documented fields."
                        : ex.getReason();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", detail);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
