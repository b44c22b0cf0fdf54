package io.highbar.content.card;

import java.util.regex.Pattern;

/** Builds JSON paths in the {@code $.signals[2].examplePhrases} style used by every card problem. */
final class CardPaths {

    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CardPaths() {
    }

    static String field(String parent, String name) {
        return PLAIN_NAME.matcher(name).matches() ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
