package io.highbar.interview.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.highbar.contracts.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/** The printable bank: STAR sections from the scorer's split, the principles covered, the best quotes. */
class StoryExportTest {

    private static final String TEXT = "Our export failed every night. I owned fixing it. I traced a timezone bug and "
            + "fixed the job. We have missed no export in six months.";
    private static final List<Competency> PRINCIPLES = List.of(new Competency("ownership", "Ownership", false),
            new Competency("dive-deep", "Dive Deep", false));

    @Test
    void eachStoryIsToldInStarFormWithItsPrinciplesAndTheQuotesThatShowThemBest() {
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        Story story = new Story("s1", "candidate", "Nightly *export*", TEXT, List.of("ops"), "SRE", "2024", 2, at, at,
                null);
        int task = TEXT.indexOf("I owned");
        int action = TEXT.indexOf("I traced");
        int result = TEXT.indexOf("We have");
        Evaluation.Star star = new Evaluation.Star(25, 10, List.of(
                new Evaluation.StarSegment("SITUATION", 0.2, 2, 0, task - 1),
                new Evaluation.StarSegment("TASK", 0.2, 2, task, action - 1),
                new Evaluation.StarSegment("ACTION", 0.3, 3, action, result - 1),
                new Evaluation.StarSegment("RESULT", 0.3, 3, result, TEXT.length())), "");
        List<Evaluation.DimensionScore> dimensions = List.of(
                new Evaluation.DimensionScore("end_to_end", "Saw it through", 2, List.of(new Evaluation.Evidence(
                        result, TEXT.length(), TEXT.substring(result))), ""),
                new Evaluation.DimensionScore("beyond_scope", "Beyond scope", 0, List.of(), ""));
        StoryMapping mapping = new StoryMapping("s1/2", "s1", "candidate", 2, List.of(
                evaluation("ownership", 3.4, star, dimensions, 0.7),
                evaluation("dive-deep", 2.6, star, List.of(), 0.6)), at);
        Story unmapped = new Story("s2", "candidate", "Search launch", "It shipped.", List.of(), null, null, 1, at, at,
                1);

        String md = StoryExport.markdown(List.of(story, unmapped), List.of(mapping),
                Coverage.of(List.of(story, unmapped), List.of(mapping), PRINCIPLES), PRINCIPLES,
                LocalDate.parse("2026-12-02"));

        assertThat(md).startsWith("# My story bank\n\n2 stories, exported 2026-12-02.\n");
        assertThat(md).contains("## Nightly \\*export\\*\n\n*SRE · 2024 · version 2 · ops*");
        assertThat(md).contains("Principles: **Ownership** (lean hire, 3.4), Dive Deep (lean hire, 2.6)");
        assertThat(md).contains("**Situation.** Our export failed every night.\n**Task.** I owned fixing it.\n"
                + "**Action.** I traced a timezone bug and fixed the job.\n**Result.** We have missed no export");
        assertThat(md).contains("- \"We have missed no export in six months.\" (Saw it through)")
                .doesNotContain("Beyond scope");
        assertThat(md).contains("## Search launch").contains("Principles: not mapped yet.\n\nIt shipped.");
        Coverage coverage = Coverage.of(List.of(story), List.of(mapping), PRINCIPLES);
        assertThat(coverage.principles().get(0).best().evidence()).as("the matrix cell's best sentence")
                .isEqualTo("We have missed no export in six months.");
    }

    private static Evaluation evaluation(String competencyId, double overall, Evaluation.Star star,
                                         List<Evaluation.DimensionScore> dimensions, double relevance) {
        return new Evaluation(competencyId, overall, Evaluation.Verdict.of(overall).name(), 60, "SDE2", dimensions,
                List.of(), star, null, "", null, null, 1, "test",
                new Evaluation.CompetencyFit(relevance, null, null, null), null);
    }
}
