package io.highbar.scoring.engine.learn;

/**
 * Where a signal's expected score (0..2, from the dimension model's three probabilities) becomes 0, 1 or 2. Rounding
 * at 0.5 and 1.5 pulls scores toward the middle: an expected 1.3 is mostly "2" with some doubt, and rounding reads
 * it as 1. Training chooses the two cuts on scores predicted without the story, for the best agreement with the
 * labellers (mean quadratic weighted kappa over the signals), the same for every signal of every card.
 *
 * @param low  an expected score under it is 0
 * @param high an expected score at or over it is 2
 */
public record DimensionCuts(double low, double high) {

    /** Plain rounding: what models trained before the cuts were chosen use. */
    public static final DimensionCuts ROUNDING = new DimensionCuts(0.5, 1.5);

    public DimensionCuts {
        if (!(0 < low && low < high && high < 2)) {
            throw new IllegalArgumentException("dimension cuts must satisfy 0 < low < high < 2: " + low + ", " + high);
        }
    }

    public int score(double expected) {
        return expected < low ? 0 : expected < high ? 1 : 2;
    }
}
