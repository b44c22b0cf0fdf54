package io.highbar.interview.plan;

/**
 * SuperMemo-2 (P. Wozniak, 1990), the spaced-repetition schedule: after each review of an item graded q (0–5) its
 * easiness factor becomes EF + (0.1 − (5 − q)(0.08 + (5 − q)·0.02)), never below 1.3; a review graded 3 or better
 * is the item's next repetition, whose interval is 1 day, then 6 days, then the previous interval times EF, rounded
 * up; a review graded below 3 starts the repetitions again from 1 day, keeping the easiness.
 *
 * @param repetitions  successful reviews in a row
 * @param easiness     the easiness factor, 2.5 for a new item
 * @param intervalDays days until the next review
 */
public record Sm2(int repetitions, double easiness, int intervalDays) {

    public static final double INITIAL_EASINESS = 2.5;
    public static final double MIN_EASINESS = 1.3;

    public static Sm2 initial() {
        return new Sm2(0, INITIAL_EASINESS, 0);
    }

    /** The schedule after a review graded {@code quality} (0 complete blackout .. 5 perfect). */
    public Sm2 review(int quality) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("SM-2 grades are 0..5, not " + quality);
        }
        int lapse = 5 - quality;
        double nextEasiness = Math.max(MIN_EASINESS, easiness + (0.1 - lapse * (0.08 + lapse * 0.02)));
        if (quality < 3) {
            return new Sm2(0, nextEasiness, 1);
        }
        int n = repetitions + 1;
        int interval = n == 1 ? 1 : n == 2 ? 6 : (int) Math.ceil(intervalDays * easiness);
        return new Sm2(n, nextEasiness, interval);
    }

    /**
     * A practice answer's grade on SM-2's scale: overall 1.0 (strong no hire) .. 4.0 (strong hire) spread over 0..5,
     * so lean hire (2.5 and up) is a pass, 3.
     */
    public static int quality(double overall) {
        double clamped = Math.max(1, Math.min(4, overall));
        return (int) Math.round((clamped - 1) / 3 * 5);
    }
}
