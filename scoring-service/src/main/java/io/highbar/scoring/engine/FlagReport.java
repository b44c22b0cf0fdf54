package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import io.highbar.contracts.evaluation.Evaluation.Evidence;
import io.highbar.contracts.evaluation.Evaluation.Flag;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.Judgement;
import io.highbar.scoring.engine.read.Reading;

/**
 * The flags raised: the card's own and the shared ones (no story, another principle) that the flag model finds
 * likely or a check raises (an echo of the question tells no story), and a number that cannot be true. Each quotes the
 * sentence that raised it.
 */
final class FlagReport {

    private FlagReport() {
    }

    static List<Flag> flags(CardIndex index, Reading r, Judgement j, Checks checks) {
        List<Flag> out = new ArrayList<>();
        for (int f = 0; f < index.flags().size(); f++) {
            if (!checks.raised()[f]) {
                continue;
            }
            CardIndex.FlagBank bank = index.flags().get(f);
            out.add(new Flag(bank.key(), bank.title(), bank.kind(), quote(r, sentences(r, j, f, bank)), bank.fix()));
        }
        if (checks.implausible() != null) {
            out.add(new Flag(Checks.IMPLAUSIBLE, "A number that cannot be true", "RED_FLAG",
                    quote(r, first(r, k -> r.facts(k).implausible() != null)),
                    "Give the number you measured with its baseline, e.g. \"complaints fell from about 40 a week "
                            + "to 6\". One impossible figure makes the interviewer doubt the whole story."));
        }
        return out;
    }

    /**
     * The sentences that raised flag f: by what its kind looks for, else the one that tells most of the conduct it
     * names, else the one closest to its quote.
     */
    private static List<Integer> sentences(Reading r, Judgement j, int f, CardIndex.FlagBank bank) {
        IntPredicate kind = switch (bank.detector()) {
            case "COLLECTIVE_ONLY" -> k -> r.facts(k).weActions() > 0 && r.facts(k).ownActions() == 0;
            case "PASSIVE_VOICE" -> k -> r.facts(k).passives() > 0;
            case "ASSIGNMENT" -> k -> r.facts(k).assigned();
            case "ESCALATION_ONLY" -> k -> r.facts(k).handedOff() || r.facts(k).waited();
            case "EFFORT_ONLY" -> k -> r.facts(k).effort();
            case "BLAME" -> k -> r.facts(k).blame();
            case "OFF_PRINCIPLE" -> k -> false;
            default -> k -> false;
        };
        List<Integer> found = first(r, kind);
        if (!found.isEmpty()) {
            return found;
        }
        int telling = j.shape().conduct().sentenceOf(bank.detector());
        if (telling >= 0) {
            return List.of(telling);
        }
        if (bank.detector().equals("OFF_PRINCIPLE")) {
            return r.size() == 0 ? List.of() : List.of(best(r.size(), k -> -j.reading().topicSimilarity(k)));
        }
        double[] quote = new double[r.size()];
        for (int k = 0; k < quote.length; k++) {
            quote[k] = j.reading().flagSimilarity(k, f);
        }
        return r.size() == 0 ? List.of() : List.of(best(r.size(), k -> quote[k]));
    }

    private static List<Integer> first(Reading r, IntPredicate p) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < r.size() && out.size() < EvidencePicker.MAX_QUOTES; k++) {
            if (p.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static int best(int n, java.util.function.IntToDoubleFunction score) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (score.applyAsDouble(k) > score.applyAsDouble(best)) {
                best = k;
            }
        }
        return best;
    }

    private static List<Evidence> quote(Reading r, List<Integer> sentences) {
        List<Evidence> out = new ArrayList<>();
        for (int k : sentences) {
            if (k < r.size()) {
                int[] span = r.span(k);
                out.add(new Evidence(span[0], span[1], r.text().substring(span[0], span[1])));
            }
        }
        return out;
    }
}
