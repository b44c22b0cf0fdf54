package io.highbar.scoring.engine.learn;

import java.util.List;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.read.Reading;

/**
 * One answer against one card: how close each sentence comes to each signal shown and missed, to each flag, to
 * each level bar and to the principle as a whole. Every learned decision reads these numbers, never the card's
 * words, so a card imported at runtime is scored without retraining.
 */
public final class CardReading {

    final Reading reading;
    final CardIndex card;
    /** [sentence][signal]: best and second-best similarity to the signal shown, best to the signal missed. */
    final double[][] shown;
    final double[][] shown2;
    final double[][] missed;
    /** [sentence][flag]: similarity to the flag's quote minus similarity to its fix, and to the quote alone. */
    final double[][] flagQuote;
    final double[][] flagVsFix;
    /** [sentence][level]. */
    final double[][] levels;
    /** [sentence]: best similarity to the principle as a whole, and to the question asked. */
    final double[] topic;
    final double[] question;

    public CardReading(Reading reading, CardIndex card, float[] questionVector) {
        this.reading = reading;
        this.card = card;
        int n = reading.size();
        List<CardIndex.SignalBank> signals = card.signals();
        List<CardIndex.FlagBank> flags = card.flags();
        shown = new double[n][signals.size()];
        shown2 = new double[n][signals.size()];
        missed = new double[n][signals.size()];
        flagQuote = new double[n][flags.size()];
        flagVsFix = new double[n][flags.size()];
        levels = new double[n][card.levels().size()];
        topic = new double[n];
        question = new double[n];
        for (int k = 0; k < n; k++) {
            float[] v = reading.embedding(k);
            for (int d = 0; d < signals.size(); d++) {
                double[] t = Similarity.top2(v, signals.get(d).shown());
                shown[k][d] = t[0];
                shown2[k][d] = t[1];
                missed[k][d] = signals.get(d).missed().length == 0 ? 0 : Similarity.max(v, signals.get(d).missed());
            }
            for (int f = 0; f < flags.size(); f++) {
                double q = Similarity.max(v, flags.get(f).quote());
                double fix = flags.get(f).fixed().length == 0 ? 0 : Similarity.max(v, flags.get(f).fixed());
                flagQuote[k][f] = q;
                flagVsFix[k][f] = q - fix;
            }
            for (int l = 0; l < levels[k].length; l++) {
                levels[k][l] = Similarity.cos(v, card.levels().get(l).bar());
            }
            topic[k] = Similarity.max(v, card.topic());
            question[k] = questionVector == null ? 0 : Similarity.cos(v, questionVector);
        }
    }

    public Reading reading() {
        return reading;
    }

    public CardIndex card() {
        return card;
    }

    /** Similarity of sentence k to flag f's quote. */
    public double flagSimilarity(int k, int f) {
        return flagQuote[k][f];
    }

    /** Similarity of sentence k to the principle as a whole. */
    public double topicSimilarity(int k) {
        return topic[k];
    }

    /** How much the answer is about this principle: the mean of its three sentences closest to it. */
    public double relevance() {
        return topMean(topic, 3);
    }

    static double topMean(double[] values, int count) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = Math.min(count, sorted.length);
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += sorted[sorted.length - 1 - i];
        }
        return s / m;
    }
}
