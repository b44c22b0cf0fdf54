package io.highbar.interview.validation;

import java.util.List;

import io.highbar.interview.validation.InvalidRequest.FieldProblem;


/** Well-formed fields that name something the session does not have, e.g. an unknown dimension (HTTP 422). */
public class UnprocessableRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public UnprocessableRequest(FieldProblem problem) {
        super(problem.field() + ": " + problem.message());
        this.problems = List.of(problem);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
