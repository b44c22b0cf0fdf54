package io.highbar.content.question;

import java.util.Arrays;
import java.util.List;

import io.highbar.content.api.InvalidRequestException;

/** The three kinds of interview question a card holds; {@link #value()} is the wire name. */
public enum QuestionKind {
    DIRECT("direct"),
    INDIRECT("indirect"),
    FOLLOW_UP("follow-up");

    private final String value;

    QuestionKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static List<String> values(QuestionKind... kinds) {
        return Arrays.stream(kinds).map(QuestionKind::value).toList();
    }

    /** @throws InvalidRequestException naming the allowed values */
    public static QuestionKind parse(String value) {
        return Arrays.stream(values())
                .filter(kind -> kind.value.equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("Unknown question kind",
                        "kind '" + value + "' is not known; use one of " + String.join(", ", values(values()))
                                + ", or leave kind out for all questions.", values(values())));
    }
}
