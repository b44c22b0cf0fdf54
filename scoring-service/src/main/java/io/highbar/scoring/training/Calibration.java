package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;

/**
 * How far machine and people disagree on the dimensions interviewers overrode, before a retrain (the machine's
 * score they moved) and after it (the retrained models' score of the same answer). Written next to the models as
 * {@code calibration.json}; the calibration page shows it.
 *
 * @param overrides  dimension overrides compared
 * @param dimensions per competency and dimension: overrides, mean absolute difference before and after
 */
public record Calibration(int overrides, List<DimensionShift> dimensions) {

    public record DimensionShift(String competencyId, String dimension, int overrides, double before, double after) {
    }

    static Calibration of(List<CorpusAnswer> answers, ScoringEngine engine, Map<String, CompetencyCard> cards) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        int total = 0;
        for (CorpusAnswer a : answers) {
            if (!CorpusAnswer.INTERVIEWER.equals(a.source()) || a.machineScores() == null || a.label() == null
                    || a.label().dimensions() == null || !cards.containsKey(a.competencyId())) {
                continue;
            }
            Evaluation e = engine.evaluate(cards.get(a.competencyId()),
                    new ScoringRequest(a.question(), a.answer(), null, null));
            Map<String, Integer> after = new LinkedHashMap<>();
            e.dimensions().forEach(d -> after.put(d.key(), d.score()));
            for (Map.Entry<String, CorpusAnswer.DimensionLabel> d : a.label().dimensions().entrySet()) {
                Integer before = a.machineScores().get(d.getKey());
                Integer now = after.get(d.getKey());
                if (before == null || now == null) {
                    continue;
                }
                double[] s = sums.computeIfAbsent(a.competencyId() + "|" + d.getKey(), k -> new double[3]);
                s[0]++;
                s[1] += Math.abs(d.getValue().score() - before);
                s[2] += Math.abs(d.getValue().score() - now);
                total++;
            }
        }
        List<DimensionShift> out = new ArrayList<>();
        sums.forEach((key, s) -> {
            String[] parts = key.split("\\|", 2);
            out.add(new DimensionShift(parts[0], parts[1], (int) s[0], round(s[1] / s[0]), round(s[2] / s[0])));
        });
        return new Calibration(total, out);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
