package io.highbar.content.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.highbar.contracts.card.CompetencyCard;

/**
 * One quiz phrase with its answer, as held by the server.
 *
 * @param itemId opaque (so it does not give the answer away) and stable for a card version
 */
record QuizItem(String itemId, String phrase, QuizCategory expected, String explanation) {

    /** @param origin where the phrase comes from in the card, e.g. {@code signal.raise-the-bar.2} */
    static QuizItem of(CompetencyCard card, String origin, String phrase, QuizCategory expected, String explanation) {
        return new QuizItem(opaqueId(card.id() + ":" + card.version() + ":" + origin), phrase, expected, explanation);
    }

    private static String opaqueId(String origin) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
