package io.highbar.content.card;

import java.util.List;
import java.util.stream.Collectors;

/** A card (file or request body) broke the card schema; carries every problem found, not just the first. */
public class InvalidCardException extends RuntimeException {

    private final String source;
    private final List<CardProblem> problems;

    public InvalidCardException(String source, List<CardProblem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<CardProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<CardProblem> problems) {
        return problems.stream()
                .map(problem -> source + ": " + problem)
                .collect(Collectors.joining("\n"));
    }
}
