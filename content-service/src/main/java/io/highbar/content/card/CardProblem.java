package io.highbar.content.card;

/**
 * One thing wrong with a card.
 *
 * @param path    JSON path inside the card, e.g. {@code $.signals[2].examplePhrases}
 * @param message what is wrong, phrased so an author can fix it
 */
public record CardProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
