package io.highbar.content.card;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class VersionNotNewerException extends ErrorResponseException {

    public VersionNotNewerException(String id, int sentVersion, int storedVersion) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Card '" + id + "' is stored at version " + storedVersion + "; the import has version " + sentVersion
                        + ". Send version " + (storedVersion + 1) + " or higher to replace it."), null);
        getBody().setTitle("Card version not newer");
        getBody().setProperty("storedVersion", storedVersion);
    }
}
