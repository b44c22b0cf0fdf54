package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/** The evaluation in a few sentences: verdict, strongest and missing signals, flags, fit and level. */
final class Summary {

    private Summary() {
    }

    static String of(CompetencyCard card, Lens lens, String verdict, List<Evaluation.DimensionScore> dims,
                     List<Evaluation.Flag> flags, String capReason, String level, String target,
                     Evaluation.CompetencyFit fit) {
        StringBuilder b = new StringBuilder();
        b.append(switch (verdict) {
            case "STRONG_HIRE" -> "Strong hire";
            case "LEAN_HIRE" -> "Lean hire";
            case "LEAN_NO_HIRE" -> "Lean no hire";
            default -> "Strong no hire";
        }).append(" on ").append(card.name());
        if (lens.name() != null) {
            b.append(" under the ").append(lens.name()).append(" lens");
        }
        if (capReason != null) {
            b.append(": capped because ").append(capReason).append('.');
        } else {
            List<String> strong = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Evaluation.DimensionScore d : dims) {
                if (d.score() == 2) {
                    strong.add(d.title().toLowerCase(Locale.ROOT));
                } else if (d.score() == 0) {
                    missing.add(d.title().toLowerCase(Locale.ROOT));
                }
            }
            b.append(strong.isEmpty() ? ": nothing shown strongly" : ": strongest on " + String.join(", ", strong));
            b.append(missing.isEmpty() ? "; every signal is present." : "; missing " + String.join(", ", missing)
                    + ".");
        }
        if (fit != null && fit.message() != null) {
            b.append(' ').append(fit.message());
        }
        if (!flags.isEmpty()) {
            List<String> titles = new ArrayList<>();
            flags.forEach(f -> titles.add(f.title()));
            b.append(" Flags: ").append(String.join("; ", titles)).append('.');
        }
        if (target != null) {
            boolean ok = !level.equals("NONE") && Evaluator.LEVELS.indexOf(level) >= Evaluator.LEVELS.indexOf(target);
            b.append(ok ? " Clears the " + title(card, target) + " bar." : " Does not clear the " + title(card, target)
                    + " bar" + (level.equals("NONE") ? "" : " (reaches " + title(card, level) + ")") + ".");
        } else {
            b.append(level.equals("NONE") ? " Clears no level bar yet." : " Reaches the " + title(card, level)
                    + " bar.");
        }
        return b.toString();
    }

    private static String title(CompetencyCard card, String level) {
        if (card.levels() != null) {
            for (CompetencyCard.LevelBar b : card.levels()) {
                if (b.level().equals(level)) {
                    return b.title();
                }
            }
        }
        return level;
    }
}
