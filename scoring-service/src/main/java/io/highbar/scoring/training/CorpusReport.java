package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.Rubric;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.learn.Ranks;

/**
 * The scorer's figures on a labelled split, computed as shared/docs/scoring-evaluation.md defines them, from
 * evaluations keyed by answer id (the engine's own, or a stored baseline's).
 */
final class CorpusReport {

    /** One set of figures. {@code dimensionQwk} by dimension key, {@code kindQwk} by the rubric's kind of signal. */
    record Figures(int graded, double spearman, int pairs, double pairsCorrect, int adversarial,
                   double adversarialMax, List<String> adversarialOver2, int plainStrong, double plainStrongMean,
                   Map<String, Double> dimensionQwk, Map<String, Double> kindQwk, double dimensionQwkMean,
                   double flagF1, double flagPrecision, double flagRecall, Map<String, FlagCounts> flagsByKind,
                   double levelWithinOne, int nonEnglish, int nonEnglishRefused, int englishRefused, Quotes quotes) {
    }

    /**
     * Flags of one kind (the rubric's detector; {@code CUES} for a card's own, with no general detector; the general
     * flags by their own names): raised and labelled, raised only, labelled only.
     */
    record FlagCounts(int truePositives, int falsePositives, int falseNegatives) {

        FlagCounts plus(FlagCounts other) {
            return new FlagCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        double f1() {
            int all = 2 * truePositives + falsePositives + falseNegatives;
            return all == 0 ? Double.NaN : 2.0 * truePositives / all;
        }

        @Override
        public String toString() {
            return num(f1()) + " (" + truePositives + "/" + falsePositives + "/" + falseNegatives + ")";
        }
    }

    /**
     * The evidence quoted. {@code onLabel}: of the quotes for a dimension both the scorer and the labeller scored
     * above 0, the share on a sentence the labeller gave as its evidence, read as training reads it. {@code shared}:
     * of the answers quoting anything, those quoting one sentence for two dimensions.
     */
    record Quotes(int quotes, double onLabel, int answers, int shared) {
    }

    private CorpusReport() {
    }

    static Figures figures(List<CorpusAnswer> answers, Map<String, Evaluation> evaluations,
                           Map<String, CompetencyCard> cards) {
        List<Double> predicted = new ArrayList<>();
        List<Double> labelled = new ArrayList<>();
        int englishRefused = 0;
        int nonEnglish = 0;
        int nonEnglishRefused = 0;
        Map<String, List<int[]>> dims = new TreeMap<>();
        Map<String, List<int[]>> kinds = new TreeMap<>();
        Map<String, FlagCounts> flagsByKind = new TreeMap<>();
        int levelOk = 0;
        int levels = 0;
        double advMax = 0;
        int adversarial = 0;
        List<String> advOver = new ArrayList<>();
        double plainSum = 0;
        int plain = 0;
        int quotes = 0;
        int quotesOnLabel = 0;
        int quotedAnswers = 0;
        int sharedAnswers = 0;
        Map<String, Double> better = new HashMap<>();
        Map<String, Double> worse = new HashMap<>();
        for (CorpusAnswer a : answers) {
            Evaluation e = evaluations.get(a.id());
            if (a.label() == null || e == null) {
                continue;
            }
            if (a.label().isRefused()) {
                nonEnglish++;
                nonEnglishRefused += e.scored() ? 0 : 1;
                continue;
            }
            if (a.label().overall() == null) {
                continue;
            }
            if (!e.scored()) {
                englishRefused++;
            }
            double overall = e.scored() ? e.overall() : 1.0;
            predicted.add(overall);
            labelled.add((double) a.label().overall());
            if (a.adversarial()) {
                adversarial++;
                advMax = Math.max(advMax, overall);
                if (overall > 2.0) {
                    advOver.add(a.id() + " " + overall);
                }
            }
            if ("plain_strong".equals(a.kind()) && a.label().overall() >= 3) {
                plain++;
                plainSum += overall;
            }
            if (a.pair() != null) {
                ("better".equals(a.pair().variant()) ? better : worse).put(a.storyId(), overall);
            }
            CompetencyCard card = cards.get(a.competencyId());
            Map<String, Integer> scored = new HashMap<>();
            e.dimensions().forEach(d -> scored.put(d.key(), d.score()));
            if (a.label().dimensions() != null && card != null) {
                for (CompetencyCard.Signal s : card.signals()) {
                    CorpusAnswer.DimensionLabel l = a.label().dimensions().get(s.key());
                    if (l != null) {
                        int[] pair = {Math.max(0, Math.min(2, l.score())), scored.getOrDefault(s.key(), 0)};
                        dims.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(pair);
                        String kind = card.rubric().signals().get(s.key()).detector();
                        kinds.computeIfAbsent(kind == null ? "CUES" : kind, k -> new ArrayList<>()).add(pair);
                    }
                }
            }
            if (e.scored() && a.label().dimensions() != null) {
                Map<Integer, Integer> quotedFor = new HashMap<>();
                for (Evaluation.DimensionScore d : e.dimensions()) {
                    d.evidence().forEach(q -> quotedFor.merge(q.start(), 1, Integer::sum));
                    CorpusAnswer.DimensionLabel l = a.label().dimensions().get(d.key());
                    if (d.score() > 0 && l != null && l.score() > 0 && l.evidence() != null) {
                        for (Evaluation.Evidence q : d.evidence()) {
                            quotes++;
                            quotesOnLabel += Trainer.overlaps(new int[] {q.start(), q.end()}, l.evidence()) ? 1 : 0;
                        }
                    }
                }
                quotedAnswers += quotedFor.isEmpty() ? 0 : 1;
                sharedAnswers += quotedFor.values().stream().anyMatch(c -> c > 1) ? 1 : 0;
            }
            Set<String> want = Trainer.flagKeys(a.label());
            Set<String> got = new HashSet<>();
            e.flags().forEach(f -> got.add(Trainer.canonicalFlag(f.key())));
            for (String g : got) {
                boolean wanted = want.contains(g);
                flagsByKind.merge(flagKind(card, g), new FlagCounts(wanted ? 1 : 0, wanted ? 0 : 1, 0),
                        FlagCounts::plus);
            }
            for (String w : want) {
                if (!got.contains(w)) {
                    flagsByKind.merge(flagKind(card, w), new FlagCounts(0, 0, 1), FlagCounts::plus);
                }
            }
            int li = Trainer.levelIndex(a.label().level());
            int pi = Trainer.levelIndex(e.level());
            if (li >= 0 && pi >= 0) {
                levels++;
                levelOk += Math.abs(li - pi) <= 1 ? 1 : 0;
            }
        }
        PairOrder pairs = PairOrder.of(better, worse);
        Map<String, Double> dimQwk = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, List<int[]>> d : dims.entrySet()) {
            double q = qwk(d.getValue());
            dimQwk.put(d.getKey(), q);
            sum += q;
        }
        Map<String, Double> kindQwk = new LinkedHashMap<>();
        kinds.forEach((k, v) -> kindQwk.put(k, qwk(v)));
        FlagCounts flags = flagsByKind.values().stream().reduce(new FlagCounts(0, 0, 0), FlagCounts::plus);
        int tp = flags.truePositives();
        int fp = flags.falsePositives();
        int fn = flags.falseNegatives();
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new Figures(predicted.size(), Ranks.spearman(unbox(predicted), unbox(labelled)), pairs.pairs(),
                pairs.share(), adversarial, advMax, advOver, plain,
                plain == 0 ? Double.NaN : plainSum / plain, dimQwk, kindQwk, dims.isEmpty() ? Double.NaN
                : sum / dims.size(), precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                precision, recall, flagsByKind, levels == 0 ? Double.NaN : levelOk / (double) levels, nonEnglish,
                nonEnglishRefused, englishRefused, new Quotes(quotes, quotes == 0 ? Double.NaN
                : quotesOnLabel / (double) quotes, quotedAnswers, sharedAnswers));
    }

    /** The kind of a flag key on this card: its rubric detector, else the key itself (the flags every card shares). */
    static String flagKind(CompetencyCard card, String key) {
        if (card != null && card.rubric() != null && card.rubric().flags() != null) {
            for (Map.Entry<String, Rubric.FlagRule> f : card.rubric().flags().entrySet()) {
                if (Trainer.canonicalFlag(f.getKey()).equals(key)) {
                    return f.getValue().detector() == null ? "CUES" : f.getValue().detector();
                }
            }
        }
        return key;
    }

    private static double qwk(List<int[]> pairs) {
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = pairs.get(i)[0];
            b[i] = pairs.get(i)[1];
        }
        return Metrics.qwk(a, b, 3);
    }

    private static double[] unbox(List<Double> l) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i);
        }
        return out;
    }

    /** The table of SCORING.md: one column per scorer. */
    static String table(String split, Map<String, Figures> columns) {
        StringBuilder b = new StringBuilder();
        b.append("| figure (").append(split).append(") | target |");
        columns.keySet().forEach(c -> b.append(' ').append(c).append(" |"));
        b.append("\n|---|---|");
        columns.keySet().forEach(c -> b.append("---|"));
        b.append('\n');
        row(b, "graded answers", "", columns, f -> String.valueOf(f.graded()));
        row(b, "Spearman ρ, overall vs label", "≥ 0.85", columns, f -> num(f.spearman()));
        row(b, "same-story pairs ordered", "≥ 95%", columns, f -> pct(f.pairsCorrect()) + " of " + f.pairs());
        row(b, "adversarial max overall", "≤ 2.0", columns, f -> num1(f.adversarialMax()) + " (" + f.adversarial()
                + " answers, " + f.adversarialOver2().size() + " over 2.0)");
        row(b, "plainly worded strong, mean overall", "≥ 3.0", columns, f -> num(f.plainStrongMean()) + " ("
                + f.plainStrong() + ")");
        row(b, "dimension QWK, mean over dimensions", "≥ 0.6", columns, f -> num(f.dimensionQwkMean()));
        row(b, "dimension QWK, lowest dimension", "≥ 0.45", columns, f -> lowest(f.dimensionQwk()));
        row(b, "dimension QWK, lowest kind of signal", "", columns, f -> lowest(f.kindQwk()));
        row(b, "flag F1 (micro)", "≥ 0.8", columns, f -> num(f.flagF1()) + " (P " + num(f.flagPrecision())
                + ", R " + num(f.flagRecall()) + ")");
        row(b, "level within one step", "≥ 90%", columns, f -> pct(f.levelWithinOne()));
        row(b, "evidence quotes on the labeller's evidence", "", columns, f -> pct(f.quotes().onLabel()) + " of "
                + f.quotes().quotes());
        row(b, "answers quoting one sentence for two dimensions", "", columns, f -> f.quotes().shared() + " of "
                + f.quotes().answers());
        row(b, "non-English refused", "all", columns, f -> f.nonEnglishRefused() + " of " + f.nonEnglish());
        row(b, "English answers refused", "0", columns, f -> String.valueOf(f.englishRefused()));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String target, Map<String, Figures> columns,
                            java.util.function.Function<Figures, String> value) {
        b.append("| ").append(name).append(" | ").append(target).append(" |");
        columns.values().forEach(f -> b.append(' ').append(value.apply(f)).append(" |"));
        b.append('\n');
    }

    private static String lowest(Map<String, Double> qwk) {
        return qwk.entrySet().stream().filter(e -> !Double.isNaN(e.getValue()))
                .min(Map.Entry.comparingByValue()).map(e -> num(e.getValue()) + " (" + e.getKey() + ")").orElse("–");
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String num1(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
