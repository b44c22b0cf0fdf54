package io.highbar.scoring.engine.learn;

/**
 * The learned decisions about one answer against one card.
 *
 * @param evidence [signal][sentence] probability that the sentence shows the signal
 * @param dims     each signal's expected score, 0..2
 * @param flags    each card flag's probability
 * @param overall  1..4
 * @param level    0 NONE .. 4 STAFF, continuous
 * @param jumbled  probability that the sentences are out of a story's order
 */
public record Judgement(CardReading reading, double[][] evidence, double[] dims, double[] flags, double overall,
                        double level, Fit fit, AnswerShape shape, double jumbled) {
}
