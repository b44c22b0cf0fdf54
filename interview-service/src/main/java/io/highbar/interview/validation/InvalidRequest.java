package io.highbar.interview.validation;

import java.util.List;

/** A request whose fields break the API's rules (HTTP 400); lists every problem, not just the first. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super("Fix these fields and send the request again: " + String.join("; ",
                problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String message) {
    }
}
