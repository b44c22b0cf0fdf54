package io.highbar.scoring.engine.learn;

/**
 * How well an answer fits the principle asked, against every other principle the engine knows.
 *
 * @param relevance  closeness to the principle asked (cosine of the answer's centroid and the card's)
 * @param margin     relevance minus the best other principle's relevance (negative: another comes closer)
 * @param rank       1 when the principle asked comes closest of all; {@code cards} when it comes last
 * @param cards      how many principles were compared (the one asked included)
 * @param better     the competency id the story shows more than the one asked, else null: by the stories told for
 *                   each card where the card asked has them ({@link Exemplars}), else by the cards' text
 * @param exemplarMargin how far the principle asked scores above the best other principle by the stories told for
 *                   each ({@link Exemplars}, log-odds); NaN when the card asked has no exemplars
 */
public record Fit(double relevance, double margin, int rank, int cards, String better, double exemplarMargin) {

    public boolean exemplarsKnown() {
        return !Double.isNaN(exemplarMargin);
    }

    /** Where the principle asked ranks, 0 first .. 1 last. */
    public double rankShare() {
        return cards <= 1 ? 0 : (rank - 1) / (double) (cards - 1);
    }
}
