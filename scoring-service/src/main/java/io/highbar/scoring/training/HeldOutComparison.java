package io.highbar.scoring.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import io.highbar.scoring.engine.learn.Ranks;

/**
 * Held-out grade files ({@code train --held-out FILE.tsv}, one of them the shipped evaluator's) compared on the answers
 * every file grades, by the figures the shipping rule reads (SCORING.md): Spearman of the grade against the label,
 * flag F1 counted as the report counts it, same-story pairs ordered, and adversarial answers over 2.0, then the pairs
 * by respect and the adversarial answers by class. The grades are the ones a candidate would be shown, after the
 * engine's checks; a file that keeps the grade before them also has its adversarial answers counted there, and the
 * real stories a check takes from over 2.0 to 2.0 or under (labelled 3 or 4, outside the adversarial classes): the
 * price of the checks, which the adversarial figure alone does not show.
 */
final class HeldOutComparison {

    /** A real story a bar raiser would pass: labelled lean hire or better. */
    private static final double STRONG = 3;

    private HeldOutComparison() {
    }

    /** One answer's line of a held-out file; {@code before} is NaN where the file does not keep it. */
    record Row(String group, Double label, double grade, Set<String> labelled, Set<String> raised, double before) {
    }

    /**
     * One file's figures; each count is [how many, out of]: pairs ordered, adversarial answers over 2.0, strong stories
     * a check takes to 2.0 or under.
     */
    record Figures(double spearman, double flagF1, Map<String, int[]> pairs,
                   Map<String, int[]> adversarial, int[] adversarialBefore, int[] strongHeld) {

        int[] pairsTotal() {
            return total(pairs);
        }

        int[] adversarialTotal() {
            return total(adversarial);
        }

        private static int[] total(Map<String, int[]> counts) {
            int[] t = new int[2];
            counts.values().forEach(c -> {
                t[0] += c[0];
                t[1] += c[1];
            });
            return t;
        }
    }

    static Map<String, Row> read(Path file) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.put(c[0], new Row(c[1], c[2].isEmpty() ? null : Double.valueOf(c[2]), Double.parseDouble(c[3]),
                        keys(c, 4), keys(c, 5), c.length > 6 && !c[6].isEmpty() ? Double.parseDouble(c[6])
                        : Double.NaN));
            }
        }
        return rows;
    }

    private static Set<String> keys(String[] c, int i) {
        Set<String> out = new TreeSet<>();
        if (c.length > i) {
            for (String k : c[i].split(",")) {
                if (!k.isEmpty()) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** The answers every file grades (a label), in id order. */
    static List<String> common(List<Map<String, Row>> files) {
        Set<String> ids = new TreeSet<>();
        files.get(0).forEach((id, r) -> {
            if (r.label() != null) {
                ids.add(id);
            }
        });
        for (Map<String, Row> f : files.subList(1, files.size())) {
            ids.removeIf(id -> f.get(id) == null || f.get(id).label() == null);
        }
        return new ArrayList<>(ids);
    }

    /** The figures of one file on the given answers; a pair's two tellings are found by their story. */
    static Figures figures(Map<String, Row> rows, List<String> ids, Map<String, String> storyOf) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, Map<String, Double>> better = new TreeMap<>();
        Map<String, Map<String, Double>> worse = new TreeMap<>();
        Map<String, int[]> adversarial = new TreeMap<>();
        int[] before = new int[2];
        int[] strongHeld = new int[2];
        double[] labels = new double[ids.size()];
        double[] grades = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Row r = rows.get(ids.get(i));
            labels[i] = r.label();
            grades[i] = r.grade();
            for (String k : r.raised()) {
                if (r.labelled().contains(k)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) r.labelled().stream().filter(k -> !r.raised().contains(k)).count();
            String story = storyOf.get(ids.get(i));
            if (r.group().startsWith("pair/") && story != null) {
                String[] parts = r.group().split("/", 3);
                // any telling but the better one is the worse, as the trainer counts them
                (parts.length > 2 && parts[2].equals("better") ? better : worse)
                        .computeIfAbsent(parts[1], k -> new TreeMap<>()).put(story, r.grade());
            }
            if (r.group().startsWith("adversarial/")) {
                int[] c = adversarial.computeIfAbsent(r.group().substring("adversarial/".length()), k -> new int[2]);
                c[0] += r.grade() > HeldOutGrades.ADVERSARIAL_CEILING ? 1 : 0;
                c[1]++;
                if (!Double.isNaN(r.before())) {
                    before[0] += r.before() > HeldOutGrades.ADVERSARIAL_CEILING ? 1 : 0;
                    before[1]++;
                }
            } else if (r.label() >= STRONG && !Double.isNaN(r.before())) {
                strongHeld[0] += r.before() > HeldOutGrades.ADVERSARIAL_CEILING
                        && r.grade() <= HeldOutGrades.ADVERSARIAL_CEILING ? 1 : 0;
                strongHeld[1]++;
            }
        }
        Map<String, int[]> pairs = new TreeMap<>();
        better.forEach((respect, b) -> {
            PairOrder order = PairOrder.of(b, worse.getOrDefault(respect, Map.of()));
            if (order.pairs() > 0) {
                pairs.put(respect, new int[] {order.ordered(), order.pairs()});
            }
        });
        return new Figures(ids.size() < 2 ? Double.NaN : Ranks.spearman(grades, labels),
                tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn), pairs, adversarial, before,
                strongHeld);
    }

    /** The story of every answer in the corpus's files, for the pairs. */
    static Map<String, String> stories(Path answers) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(answers)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (CorpusAnswer a : Corpus.read(f)) {
                    if (a.storyId() != null) {
                        out.put(a.id(), a.storyId());
                    }
                }
            }
        }
        return out;
    }

    /** The comparison as printed: a line per file, then the pairs by respect and the adversarial answers by class. */
    static List<String> lines(List<String> names, List<Map<String, Row>> files, Map<String, String> storyOf) {
        List<String> ids = common(files);
        List<String> out = new ArrayList<>();
        long differ = ids.stream().filter(id -> files.stream().map(f -> f.get(id).label() + "/" + f.get(id).group())
                .distinct().count() > 1).count();
        out.add("answers every file grades: " + ids.size()
                + (differ == 0 ? "" : " (" + differ + " labelled or classed differently)"));
        List<Figures> figures = files.stream().map(f -> figures(f, ids, storyOf)).toList();
        for (int i = 0; i < files.size(); i++) {
            Figures f = figures.get(i);
            int[] p = f.pairsTotal();
            int[] a = f.adversarialTotal();
            out.add(String.format(Locale.ROOT, "%s: Spearman %.4f, flag F1 %.4f, pairs %d of %d (%.4f), "
                            + "adversarial over 2.0 %d of %d (%.4f)%s%s", names.get(i), f.spearman(), f.flagF1(), p[0],
                    p[1], share(p), a[0], a[1], share(a), f.adversarialBefore()[1] == 0 ? ""
                            : ", before the checks " + f.adversarialBefore()[0] + " of " + f.adversarialBefore()[1],
                    f.strongHeld()[1] == 0 ? "" : "; strong stories a check takes to 2.0 or under "
                            + f.strongHeld()[0] + " of " + f.strongHeld()[1]));
        }
        out.add("pairs ordered by respect (" + String.join(" / ", names) + "):");
        breakdown(figures.stream().map(Figures::pairs).toList(), out);
        out.add("adversarial over 2.0 by class (" + String.join(" / ", names) + "):");
        breakdown(figures.stream().map(Figures::adversarial).toList(), out);
        return out;
    }

    private static void breakdown(List<Map<String, int[]>> counts, List<String> out) {
        Set<String> keys = new TreeSet<>();
        counts.forEach(c -> keys.addAll(c.keySet()));
        for (String k : keys) {
            List<String> cells = new ArrayList<>();
            for (Map<String, int[]> c : counts) {
                cells.add(c.containsKey(k) ? c.get(k)[0] + " of " + c.get(k)[1] : "-");
            }
            out.add("  " + k + ": " + String.join(" / ", cells));
        }
    }

    private static double share(int[] c) {
        return c[1] == 0 ? Double.NaN : c[0] / (double) c[1];
    }
}
