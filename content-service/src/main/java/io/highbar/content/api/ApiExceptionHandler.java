package io.highbar.content.api;

import io.highbar.content.card.CardProblem;
import io.highbar.content.card.InvalidCardException;
import io.highbar.content.card.MalformedCardException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}. Spring's own errors and our {@code ErrorResponseException}s
 * are handled by the base class; card problems are mapped here.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidCard(InvalidCardException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The card has " + invalid.problems().size() + (invalid.problems().size() == 1 ? " problem" : " problems")
                        + "; nothing was stored. Fix every listed path and send the card again.");
        problem.setTitle("Invalid competency card");
        problem.setProperty("errors", invalid.problems().stream().map(ErrorItem::of).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformedCard(MalformedCardException malformed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body " + malformed.reason() + ". Send one JSON object in the competency card format.");
        problem.setTitle("Malformed JSON");
        return problem;
    }

    record ErrorItem(String path, String message) {

        static ErrorItem of(CardProblem problem) {
            return new ErrorItem(problem.path(), problem.message());
        }
    }
}
