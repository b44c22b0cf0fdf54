package io.highbar.content.quiz;

import java.util.Arrays;
import java.util.List;

/**
 * What a phrase from a card is. {@link #NOT_A_SIGNAL} is a signal's common miss: it sounds close to the signal
 * but earns no credit, and it is not bad enough to be an anti-pattern or a red flag either.
 */
public enum QuizCategory {
    SIGNAL,
    NOT_A_SIGNAL,
    ANTI_PATTERN,
    RED_FLAG;

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
