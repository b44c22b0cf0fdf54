package io.highbar.content.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

class CardTooLargeException extends ErrorResponseException {

    CardTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "A card may be at most " + limit.toKilobytes() + " KB of JSON. Shorten the card or split the"
                        + " competency into two cards."), null);
        getBody().setTitle("Card too large");
    }
}
