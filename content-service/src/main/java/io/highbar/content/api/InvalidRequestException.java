package io.highbar.content.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem about a parameter or body value; lists the values that would have been accepted. */
public class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(String title, String detail, List<String> allowedValues) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
        getBody().setTitle(title);
        if (!allowedValues.isEmpty()) {
            getBody().setProperty("allowedValues", allowedValues);
        }
    }
}
