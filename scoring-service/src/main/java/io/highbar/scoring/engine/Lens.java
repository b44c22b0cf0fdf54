package io.highbar.scoring.engine;

import java.util.Locale;
import java.util.Map;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.engine.card.CardIndex;

/**
 * A company lens: which signals that company stresses (the rubric's lens weights) and what it says about them.
 * Under a lens, the overall grade moves with the stressed signals: the weighted mean of the dimension scores
 * against the plain mean, on the overall scale.
 */
record Lens(String name, String signal, Map<String, Double> weights) {

    static final Lens NONE = new Lens(null, null, Map.of());

    static Lens of(CompetencyCard card, String company) {
        if (company == null || company.isBlank() || card.rubric().lensWeights() == null) {
            return NONE;
        }
        String wanted = company.trim().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Map<String, Double>> e : card.rubric().lensWeights().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                String signal = null;
                if (card.companyLenses() != null) {
                    for (CompetencyCard.CompanyLens l : card.companyLenses()) {
                        if (l.company().equalsIgnoreCase(e.getKey())) {
                            signal = l.company() + " lens: " + l.signal();
                        }
                    }
                }
                return new Lens(e.getKey(), signal, e.getValue() == null ? Map.of() : e.getValue());
            }
        }
        return NONE;
    }

    double weight(String key) {
        Double w = weights.get(key);
        return w == null || w <= 0 ? 1.0 : w;
    }

    boolean stresses(String key) {
        return name != null && weight(key) > 1.0;
    }

    double adjust(double overall, CardIndex index, int[] scores) {
        if (name == null || scores.length == 0) {
            return overall;
        }
        double weighted = 0;
        double weights = 0;
        double plain = 0;
        for (int d = 0; d < scores.length; d++) {
            double w = weight(index.signals().get(d).signal().key());
            weighted += w * scores[d];
            weights += w;
            plain += scores[d];
        }
        double shift = 1.5 * (weighted / weights - plain / scores.length);
        return Math.max(1, Math.min(4, overall + shift));
    }
}
