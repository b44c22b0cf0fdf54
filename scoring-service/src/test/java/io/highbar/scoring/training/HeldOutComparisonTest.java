package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two held-out files are compared on the answers both grade, by the rule's figures: the pairs found by their story,
 * adversarial answers over 2.0 after the checks and, where kept, before them, and flag F1 counted over every flag.
 */
class HeldOutComparisonTest {

    private static final String HEADER = "id\tclass\tlabelled\tpredicted\tlabelled flags\tpredicted flags\n";

    @TempDir
    Path dir;

    @Test
    void comparesTheFiguresOnTheAnswersBothFilesGrade() throws IOException {
        Path shipped = gzip("shipped.tsv.gz", HEADER
                + "a-1\tpair/metrics/better\t4\t3.500\t\t\n"
                + "a-2\tpair/metrics/worse\t2\t3.000\t\t\n"
                + "b-1\tadversarial/shuffled\t1\t2.400\tno_story\tno_story\n"
                + "c-1\tplain_strong\t3\t2.000\tblame\t\n"
                + "d-1\tplain_strong\t4\t3.000\t\t\n");
        Path candidate = write("candidate.tsv", HEADER.replace("flags\n", "flags\tbefore checks\n")
                + "a-1\tpair/metrics/better\t4\t2.900\t\t\t2.900\n"
                + "a-2\tpair/metrics/worse\t2\t3.000\t\t\t3.000\n"
                + "b-1\tadversarial/shuffled\t1\t1.500\tno_story\tno_story,blame\t2.600\n"
                + "c-1\tplain_strong\t3\t2.950\tblame\tblame\t2.950\n"
                + "e-1\tplain_strong\t4\t3.500\t\t\t3.500\n");
        Map<String, String> stories = Map.of("a-1", "a", "a-2", "a");

        List<String> lines = HeldOutComparison.lines(List.of("shipped", "candidate"),
                List.of(HeldOutComparison.read(shipped), HeldOutComparison.read(candidate)), stories);

        assertThat(lines).containsExactly(
                "answers every file grades: 4",
                "shipped: Spearman 0.4000, flag F1 0.6667, pairs 1 of 1 (1.0000), adversarial over 2.0 1 of 1 (1.0000)",
                "candidate: Spearman 0.2000, flag F1 0.8000, pairs 0 of 1 (0.0000), adversarial over 2.0 0 of 1 "
                        + "(0.0000), before the checks 1 of 1; strong stories a check takes to 2.0 or under 0 of 2",
                "pairs ordered by respect (shipped / candidate):",
                "  metrics: 1 of 1 / 0 of 1",
                "adversarial over 2.0 by class (shipped / candidate):",
                "  shuffled: 1 of 1 / 0 of 1");
    }

    @Test
    void countsTheStrongStoriesACheckTakesToTwoOrUnder() throws IOException {
        String header = HEADER.replace("flags\n", "flags\tbefore checks\n");
        Path shipped = write("shipped.tsv", header
                + "a-1\tplain_strong\t4\t1.500\t\tno_story\t3.400\n"
                + "b-1\tstrong\t3\t2.600\t\t\t2.600\n"
                + "c-1\tmedium\t2\t1.500\t\tno_story\t2.500\n"
                + "d-1\tadversarial/other_principle\t1\t1.500\t\toff_principle\t3.000\n");
        Path candidate = write("candidate.tsv", header
                + "a-1\tplain_strong\t4\t3.400\t\t\t3.400\n"
                + "b-1\tstrong\t3\t2.600\t\t\t2.600\n"
                + "c-1\tmedium\t2\t1.500\t\tno_story\t2.500\n"
                + "d-1\tadversarial/other_principle\t1\t1.500\t\toff_principle\t3.000\n");

        List<String> lines = HeldOutComparison.lines(List.of("shipped", "candidate"),
                List.of(HeldOutComparison.read(shipped), HeldOutComparison.read(candidate)), Map.of());

        // the medium story (labelled 2) and the adversarial one are not strong stories, whatever the checks do
        assertThat(lines.get(1)).endsWith("; strong stories a check takes to 2.0 or under 1 of 2");
        assertThat(lines.get(2)).endsWith("; strong stories a check takes to 2.0 or under 0 of 2");
        assertThat(HeldOutComparison.figures(HeldOutComparison.read(shipped), List.of("a-1", "b-1"), Map.of())
                .strongHeld()).containsExactly(1, 2);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path gzip(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
