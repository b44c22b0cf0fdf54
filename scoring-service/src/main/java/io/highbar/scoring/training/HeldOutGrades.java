package io.highbar.scoring.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.highbar.scoring.engine.Checks;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.FlagThresholds;
import io.highbar.scoring.engine.learn.Judgement;

/**
 * The grades and flags training predicts for each answer with models that never saw its wave, summed up by the classes
 * the test report judges (each adversarial kind under 2.0, plainly worded strong answers over 3.0), so a change can be
 * studied on train and dev without spending a test wave; and, on request, one line per answer.
 */
final class HeldOutGrades {

    static final double ADVERSARIAL_CEILING = 2.0;

    private HeldOutGrades() {
    }

    /** One line per class: how many answers, their mean grade, and how many score over 2.0, the adversarial ceiling. */
    static List<String> summary(List<Trainer.Item> items, double[] grade) {
        Map<String, double[]> byClass = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer a = items.get(i).answer();
            if (!a.graded()) {
                continue;
            }
            double[] c = byClass.computeIfAbsent(group(a), k -> new double[3]);
            c[0]++;
            c[1] += grade[i];
            c[2] += grade[i] > ADVERSARIAL_CEILING ? 1 : 0;
        }
        List<String> out = new ArrayList<>();
        byClass.forEach((name, c) -> out.add(String.format(Locale.ROOT, "%s: %d answers, mean %.3f, %d over %.1f",
                name, (int) c[0], c[1] / c[0], (int) c[2], ADVERSARIAL_CEILING)));
        return out;
    }

    /** One line per respect the same-story pairs differ in: how many pairs the grades order, the better telling higher. */
    static List<String> pairs(List<Trainer.Item> items, double[] grade) {
        Map<String, Map<String, Double>> better = new TreeMap<>();
        Map<String, Map<String, Double>> worse = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer a = items.get(i).answer();
            if (a.graded() && a.pair() != null && a.pair().respect() != null && a.storyId() != null) {
                Map<String, Map<String, Double>> side = "better".equals(a.pair().variant()) ? better : worse;
                side.computeIfAbsent(a.pair().respect(), k -> new TreeMap<>()).put(a.storyId(), grade[i]);
            }
        }
        List<String> out = new ArrayList<>();
        better.forEach((respect, b) -> {
            PairOrder order = PairOrder.of(b, worse.getOrDefault(respect, Map.of()));
            out.add(String.format(Locale.ROOT, "pairs/%s: %d of %d ordered", respect, order.ordered(), order.pairs()));
        });
        return out;
    }

    /** The answer's class, an adversarial one by its kind and a pair by the respect it differs in. */
    static String group(CorpusAnswer a) {
        if (a.adversarial() && a.adversarialType() != null) {
            return "adversarial/" + a.adversarialType();
        }
        if (a.pair() != null && a.pair().respect() != null) {
            return "pair/" + a.pair().respect() + "/" + a.pair().variant();
        }
        return a.kind();
    }

    /** The grades and flags a candidate would be shown, each answer's flags by their keys. */
    record Shown(double[] grades, List<List<String>> flags) {
    }

    /**
     * The held-out grades and flags once the engine's checks have run on them ({@link Checks}): an answer told out of
     * order (read by the jumbled-story model without its wave), one that reads as another principle's story (by the
     * stories of other waves), one with a number that cannot be true or with no story in it is held where the engine
     * holds it, and its grade rounded as an evaluation shows it. The fit is the one the models read: a fifth of the
     * answers, by story, without any stories told for its principle, so they are checked as a card imported at runtime
     * is, by the flag model alone; the rest as the bundled cards are. No company lens applies, as none does to the
     * corpus's answers when the report scores them. The jumbled-story model without a wave still reads order
     * features made by position and adjacency models that saw it, as the threshold's trial does.
     */
    static Shown shown(List<Trainer.Item> items, double[][][] evidence, double[][] dims, double[][] flags,
                       double[] overall, FlagThresholds flagAt, double jumbledAt, double offPrincipleAt) {
        double[] grades = new double[items.size()];
        List<List<String>> raised = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Trainer.Item it = items.get(i);
            // the grades are already bounded to 1..4 (GradeScale), as the engine's are
            double grade = overall[i];
            Judgement j = new Judgement(it.reading(), evidence[i], dims[i], flags[i], grade, 0, it.fit(), it.shape(),
                    it.jumbled());
            Checks checks = Checks.of(it.reading().reading(), j, it.reading().card(), flagAt, jumbledAt,
                    offPrincipleAt);
            grades[i] = Math.max(1.0, Math.round(checks.hold(grade) * 100) / 100.0);
            List<String> keys = new ArrayList<>();
            List<CardIndex.FlagBank> banks = it.reading().card().flags();
            for (int f = 0; f < banks.size(); f++) {
                if (checks.raised()[f]) {
                    keys.add(Trainer.canonicalFlag(banks.get(f).key()));
                }
            }
            if (checks.implausible() != null) {
                keys.add(Checks.IMPLAUSIBLE);
            }
            raised.add(keys);
        }
        return new Shown(grades, raised);
    }

    /**
     * Writes id, class, labelled grade, the grade shown (after the checks), the flags (labelled, then shown) and the
     * grade before the checks, tab-separated. The thresholds (flags, order, fit) are the ones chosen on every wave, so
     * an answer here is read a little more kindly than a test wave would read it.
     */
    static void write(Path file, List<Trainer.Item> items, double[] before, Shown shown) throws IOException {
        StringBuilder out = new StringBuilder(
                "id\tclass\tlabelled\tpredicted\tlabelled flags\tpredicted flags\tbefore checks\n");
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer a = items.get(i).answer();
            out.append(a.id()).append('\t').append(group(a)).append('\t')
                    .append(a.graded() ? a.label().overall().toString() : "").append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", shown.grades()[i])).append('\t')
                    .append(String.join(",", new TreeSet<>(Trainer.flagKeys(a.label())))).append('\t')
                    .append(String.join(",", new TreeSet<>(shown.flags().get(i)))).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", before[i])).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
