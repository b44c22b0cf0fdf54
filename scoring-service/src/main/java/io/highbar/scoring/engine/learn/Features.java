package io.highbar.scoring.engine.learn;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.engine.read.SentenceFacts;

/**
 * The inputs of each learned decision. Every feature is card-independent: similarities to the card's own
 * exemplars, linguistic facts, and the kind of signal or flag the rubric names (its detector), never a card's key
 * or words. Training and scoring call the same methods, so they cannot drift apart.
 */
public final class Features {

    private Features() {
    }

    /** Whether sentence k shows signal d. */
    public static FeatureRow evidence(CardReading c, int d, int k) {
        Reading r = c.reading;
        int n = r.size();
        String kind = "s:" + c.card.signals().get(d).detector();
        double shown = c.shown[k][d];
        double other = -1;
        for (int e = 0; e < c.shown[k].length; e++) {
            if (e != d) {
                other = Math.max(other, c.shown[k][e]);
            }
        }
        double mean = 0;
        double best = -1;
        for (int j = 0; j < n; j++) {
            mean += c.shown[j][d];
            best = Math.max(best, c.shown[j][d]);
        }
        mean /= n;
        SentenceFacts f = r.facts(k);
        FeatureRow row = new FeatureRow();
        row.put(kind, 1);
        row.putByKind(kind, "shown", shown);
        row.put("shown2", c.shown2[k][d]);
        row.put("missed", c.missed[k][d]);
        row.putByKind(kind, "shownVsMissed", shown - c.missed[k][d]);
        row.putByKind(kind, "margin", other < 0 ? 0 : shown - other);
        row.put("standout", shown - mean);
        // which of the card's own exemplars the sentence is nearest to: a scale-free reading of the similarities,
        // so a card written with other words than the training cards reads the same way
        Nearest nearest = Nearest.of(c, k);
        row.putByKind(kind, "nearestShown", nearest.bank() == Nearest.Bank.SHOWN && nearest.signal() == d);
        row.put("nearestOtherSignal", nearest.bank() == Nearest.Bank.SHOWN && nearest.signal() != d);
        row.put("nearestFlag", nearest.bank() == Nearest.Bank.FLAG);
        row.put("bestInAnswer", shown >= best);
        row.put("topic", c.topic[k]);
        row.put("question", c.question[k]);
        row.putByKind(kind, "own", f.ownActions() > 0);
        row.putByKind(kind, "we", f.weActions() > 0 && f.ownActions() == 0);
        row.putByKind(kind, "other", f.otherActions() > 0 && f.ownActions() == 0);
        row.put("passive", f.passives() > 0 && f.ownActions() == 0);
        row.putByKind(kind, "hypothetical", f.hypothetical());
        row.put("negatedOwn", f.negatedOwn());
        row.putByKind(kind, "outcome", f.outcomes() > 0);
        row.put("number", f.numbers() > 0);
        row.put("implausible", f.implausible() != null);
        row.putByKind(kind, "assigned", f.assigned());
        row.put("handedOff", f.handedOff());
        row.putByKind(kind, "reflection", f.reflection());
        row.put("blame", f.blame());
        row.put("narration", f.narration());
        row.put("logWords", Math.log1p(f.words()));
        row.put("position", n == 1 ? 0 : k / (double) (n - 1));
        row.put("first", k == 0);
        row.put("last", k == n - 1);
        return row;
    }

    /** How strongly signal d shows across the answer, from the sentence probabilities p[k]. */
    public static FeatureRow dimension(CardReading c, int d, double[] p, AnswerShape shape, Fit fit) {
        String kind = "s:" + c.card.signals().get(d).detector();
        int n = p.length;
        double max = 0;
        double second = 0;
        double sum = 0;
        int over50 = 0;
        int over30 = 0;
        double shownMax = -1;
        double marginMax = -1;
        for (int k = 0; k < n; k++) {
            if (p[k] > max) {
                second = max;
                max = p[k];
            } else if (p[k] > second) {
                second = p[k];
            }
            sum += p[k];
            over50 += p[k] >= 0.5 ? 1 : 0;
            over30 += p[k] >= 0.3 ? 1 : 0;
            shownMax = Math.max(shownMax, c.shown[k][d]);
        }
        for (int k = 0; k < n; k++) {
            double other = -1;
            for (int e = 0; e < c.shown[k].length; e++) {
                if (e != d) {
                    other = Math.max(other, c.shown[k][e]);
                }
            }
            marginMax = Math.max(marginMax, c.shown[k][d] - other);
        }
        FeatureRow row = new FeatureRow();
        row.put(kind, 1);
        row.putByKind(kind, "pMax", max);
        row.putByKind(kind, "pSecond", second);
        row.put("pSum", Math.min(sum, 4));
        row.put("over50", Math.min(over50, 4));
        row.put("over30", Math.min(over30, 5));
        row.put("shownMax", shownMax);
        row.put("marginMax", marginMax);
        answerContext(row, shape, kind, true);
        return row;
    }

    /** Whether flag f of the card applies. */
    public static FeatureRow flag(CardReading c, int f, AnswerShape shape, Fit fit) {
        CardIndex.FlagBank bank = c.card.flags().get(f);
        String kind = "f:" + bank.detector();
        int n = c.reading.size();
        double quote = -1;
        double quote2 = -1;
        double vsFix = -1;
        for (int k = 0; k < n; k++) {
            double q = c.flagQuote[k][f];
            if (q > quote) {
                quote2 = quote;
                quote = q;
            } else if (q > quote2) {
                quote2 = q;
            }
            vsFix = Math.max(vsFix, c.flagVsFix[k][f]);
        }
        // the flag model is a forest: it splits on the kind itself, so no feature is crossed with it
        FeatureRow row = new FeatureRow();
        row.put(kind, 1);
        row.put("quote", quote);
        row.put("quote2", Math.max(quote2, 0));
        row.put("quoteVsFix", vsFix);
        row.put("conduct", shape.conduct().of(bank.detector()));
        answerContext(row, shape, kind, false);
        if (kind.equals("f:OFF_PRINCIPLE")) {
            // where the principle asked ranks among the cards, and how far the closest other one is ahead: both
            // compare the same answer with cards written alike (a definition, signals, examples), so they carry
            // over to a card the models never saw; only the fit flag and the grade read them
            row.put("fitRank", fit.rankShare());
            row.put("fitMargin", fit.margin());
            exemplars(row, fit);
        }
        return row.significant();
    }

    /** The answer's facts; crossed with the kind for the linear models, which cannot combine inputs by themselves. */
    private static void answerContext(FeatureRow row, AnswerShape s, String kind, boolean crossed) {
        java.util.function.ObjDoubleConsumer<String> put = crossed ? (name, v) -> row.putByKind(kind, name, v)
                : row::put;
        double actions = Math.max(1, s.ownActions());
        put.accept("ownActions", Math.log1p(s.ownActions()));
        put.accept("ownPerSentence", s.sentences() == 0 ? 0 : Math.min(2, s.ownActions() / (double) s.sentences()));
        put.accept("weShare", s.weShare());
        put.accept("otherShare", s.otherShare());
        put.accept("passives", Math.log1p(s.passives()));
        put.accept("passivePerAction", Math.min(2, s.passives() / actions));
        put.accept("outcomes", Math.log1p(s.outcomes()));
        put.accept("noOutcome", s.outcomes() == 0 ? 1 : 0);
        put.accept("closingOutcomes", Math.log1p(s.closingOutcomes()));
        put.accept("closingNumbers", Math.log1p(s.closingNumbers()));
        put.accept("implausible", s.implausible() != null ? 1 : 0);
        put.accept("assigned", s.assigned() ? 1 : 0);
        put.accept("handedOff", s.handedOff() ? 1 : 0);
        put.accept("waited", s.waited() ? 1 : 0);
        put.accept("effort", s.effort() ? 1 : 0);
        put.accept("reflection", s.reflection() ? 1 : 0);
        put.accept("blame", s.blameShare());
        put.accept("hypothetical", s.hypotheticalShare());
        put.accept("narration", s.narrationShare());
        put.accept("logWords", Math.log1p(s.words()));
        put.accept("order", s.order().position());
        put.accept("local", s.order().local());
        // conduct a flag names weighs on the signals it contradicts: work handed over on initiative, a failure put on
        // others on owning the outcome; crossed with the signal's kind, the dimension model learns which
        conduct(put, s);
    }

    private static final String[] CONDUCT_NAMES = Conduct.KINDS.stream().map(k -> "conduct:" + k)
            .toArray(String[]::new);

    /** The answer's conduct figure for each kind the conduct model reads. */
    private static void conduct(java.util.function.ObjDoubleConsumer<String> put, AnswerShape s) {
        for (int q = 0; q < CONDUCT_NAMES.length; q++) {
            put.accept(CONDUCT_NAMES[q], s.conduct().byKind()[q]);
        }
    }

    /** The exemplar margin where the card has exemplars; a card without them reads as "unknown", never as 0. */
    private static void exemplars(FeatureRow row, Fit fit) {
        row.put("exemplarsKnown", fit.exemplarsKnown());
        row.put("exemplarMargin", fit.exemplarsKnown() ? fit.exemplarMargin() : 0);
    }

    /** The overall grade, from the dimensions, the flags and the answer's shape. */
    public static FeatureRow overall(CardReading c, double[] dims, double[] flagP, AnswerShape s, Fit fit) {
        FeatureRow row = new FeatureRow();
        double mean = 0;
        double min = 2;
        double max = 0;
        int strong = 0;
        int missing = 0;
        double weighted = 0;
        double weights = 0;
        for (int d = 0; d < dims.length; d++) {
            mean += dims[d];
            min = Math.min(min, dims[d]);
            max = Math.max(max, dims[d]);
            strong += dims[d] >= 1.5 ? 1 : 0;
            missing += dims[d] < 0.5 ? 1 : 0;
            double w = c.card.signals().get(d).weight();
            weighted += w * dims[d];
            weights += w;
        }
        int m = Math.max(1, dims.length);
        row.put("dimMean", mean / m);
        row.put("dimMin", min);
        row.put("dimMax", max);
        row.put("dimStrong", strong / (double) m);
        row.put("dimMissing", missing / (double) m);
        row.put("dimWeighted", weights == 0 ? 0 : weighted / weights);
        double flagMax = 0;
        double flagSum = 0;
        for (int f = 0; f < flagP.length; f++) {
            String kind = "f:" + c.card.flags().get(f).detector();
            flagMax = Math.max(flagMax, flagP[f]);
            flagSum += flagP[f];
            row.put("flag:" + kind, Math.max(row.get("flag:" + kind), flagP[f]));
        }
        row.put("flagMax", flagMax);
        row.put("flagSum", Math.min(flagSum, 4));
        shape(row, s);
        row.put("fitRank", fit.rankShare());
        row.put("fitMargin", fit.margin());
        exemplars(row, fit);
        row.put("echo", CardReading.topMean(c.question, 2));
        double echoed = 0;
        for (double q : c.question) {
            echoed += q >= 0.7 ? 1 : 0;
        }
        row.put("echoShare", c.question.length == 0 ? 0 : echoed / c.question.length);
        return row.significant();
    }

    static void shape(FeatureRow row, AnswerShape s) {
        row.put("narration", s.narrationShare());
        row.put("ownActions", Math.log1p(s.ownActions()));
        row.put("ownPerSentence", s.sentences() == 0 ? 0 : Math.min(2, s.ownActions() / (double) s.sentences()));
        row.put("weShare", s.weShare());
        row.put("otherShare", s.otherShare());
        row.put("hypothetical", s.hypotheticalShare());
        row.put("logWords", Math.log1p(s.words()));
        row.put("under60Words", s.words() < 60);
        row.put("logSentences", Math.log1p(s.sentences()));
        row.put("outcomes", Math.log1p(s.outcomes()));
        row.put("implausible", s.implausible() != null);
        row.put("blame", s.blameShare());
        row.put("assigned", s.assigned());
        row.put("handedOff", s.handedOff());
        row.put("reflection", s.reflection());
        row.put("order", s.order().position());
        row.put("local", s.order().local());
        row.put("adjacent", s.adjacentSimilarity());
        row.put("repeatedTrigrams", s.repeatedTrigrams());
        row.put("shortLines", s.shortLines());
        row.put("verbRatio", s.verbRatio());
        row.put("commaDensity", s.commaDensity());
        conduct(row::put, s);
    }

    /** The level the answer clears, from its grade and how close it comes to each level's bar. */
    public static FeatureRow level(CardReading c, double overall, double[] dims, AnswerShape s) {
        FeatureRow row = new FeatureRow();
        row.put("overall", overall);
        double mean = 0;
        for (double d : dims) {
            mean += d;
        }
        row.put("dimMean", dims.length == 0 ? 0 : mean / dims.length);
        int n = c.reading.size();
        for (int l = 0; l < c.card.levels().size(); l++) {
            double best = -1;
            for (int k = 0; k < n; k++) {
                best = Math.max(best, c.levels[k][l]);
            }
            row.put("bar:" + c.card.levels().get(l).level(), best);
        }
        shape(row, s);
        return row;
    }

    /** Where in a story a sentence belongs (0 first, 1 last), from its embedding alone. */
    public static FeatureRow position(float[] embedding) {
        FeatureRow row = new FeatureRow();
        for (int i = 0; i < embedding.length; i++) {
            row.put(DIMENSION_NAMES[i], embedding[i]);
        }
        return row;
    }

    private static final String[] DIMENSION_NAMES = new String[io.highbar.scoring.engine.embed.SentenceEncoder.DIMENSIONS];

    static {
        for (int i = 0; i < DIMENSION_NAMES.length; i++) {
            DIMENSION_NAMES[i] = "e" + i;
        }
    }
}
