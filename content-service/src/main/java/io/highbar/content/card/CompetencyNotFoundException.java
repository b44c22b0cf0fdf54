package io.highbar.content.card;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class CompetencyNotFoundException extends ErrorResponseException {

    public CompetencyNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No competency card with id '" + id + "'. GET /api/competencies lists the available ids."), null);
        getBody().setTitle("Competency not found");
    }
}
