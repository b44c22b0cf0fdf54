package io.highbar.content.card;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The syntax check for rubric cues: terms, {@code |} between alternatives and parentheses for groups, e.g.
 * {@code I (pushed back|refused) (to ship|on shipping)}. Parentheses must balance and no alternative may be
 * empty ({@code (a|)}, {@code ()}, {@code a||b}). What a term means is the scoring engine's business; this
 * only guarantees it receives cues it can parse.
 */
final class CueSyntax {

    private CueSyntax() {
    }

    /** @return why the cue does not parse, or empty when it does */
    static Optional<String> problem(String cue) {
        if (cue.isBlank()) {
            return Optional.of("cue must not be blank");
        }
        Deque<Integer> openedAt = new ArrayDeque<>();
        boolean alternativeHasTerm = false;
        for (int i = 0; i < cue.length(); i++) {
            char c = cue.charAt(i);
            int position = i + 1;
            if (c == '(') {
                openedAt.push(position);
                alternativeHasTerm = false;
            } else if (c == ')') {
                if (openedAt.isEmpty()) {
                    return Optional.of("unbalanced ')' at character " + position + " of cue '" + cue + "'");
                }
                if (!alternativeHasTerm) {
                    return Optional.of("empty term before ')' at character " + position + " of cue '" + cue + "'");
                }
                openedAt.pop();
            } else if (c == '|') {
                if (!alternativeHasTerm) {
                    return Optional.of("empty term before '|' at character " + position + " of cue '" + cue + "'");
                }
                alternativeHasTerm = false;
            } else if (!Character.isWhitespace(c)) {
                alternativeHasTerm = true;
            }
        }
        if (!openedAt.isEmpty()) {
            return Optional.of("unclosed '(' at character " + openedAt.peek() + " of cue '" + cue + "'");
        }
        if (!alternativeHasTerm) {
            return Optional.of("empty term at the end of cue '" + cue + "'");
        }
        return Optional.empty();
    }
}
