package io.highbar.interview.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.highbar.interview.story.Coverage;
import org.junit.jupiter.api.Test;

/** Today's plan: gaps the company stresses, other gaps, thin stories, then what SM-2 says is due; five at most. */
class PlanBuilderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @Test
    void gapsTheCompanyStressesComeFirstThenOtherGapsThenThinStoriesThenDuePractice() {
        Coverage coverage = new Coverage(List.of(
                principle("covered-due", false, Coverage.Status.COVERED, 3.2),
                principle("thin", false, Coverage.Status.THIN, 2.1),
                principle("gap", false, Coverage.Status.GAP, 0),
                principle("stressed-gap", true, Coverage.Status.GAP, 0),
                principle("covered-later", false, Coverage.Status.COVERED, 3.6),
                principle("covered-never", false, Coverage.Status.COVERED, 3.0)), List.of(), 0);
        Map<String, List<PlanBuilder.Practice>> practice = Map.of(
                "covered-due", List.of(practised("2026-11-20", 3.0)),
                "covered-later", List.of(practised("2026-11-20", 4.0), practised("2026-11-30", 4.0)));

        PracticePlan plan = PlanBuilder.build("Amazon", TODAY, coverage, practice);

        assertThat(plan.items()).extracting(PracticePlan.Item::competencyId)
                .containsExactly("stressed-gap", "gap", "thin", "covered-never", "covered-due");
        assertThat(plan.items().get(0).action()).isEqualTo(PracticePlan.Action.WRITE_STORY);
        assertThat(plan.items().get(0).reason()).contains("Amazon stresses");
        assertThat(plan.items().get(2).storyId()).isEqualTo("story-thin");
        assertThat(plan.items().get(4).due()).as("one pass: due a day after it").isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void aPrincipleNotYetDueStaysOffThePlanAndThePlanHoldsFiveAtMost() {
        Coverage coverage = new Coverage(List.of(
                principle("a", false, Coverage.Status.GAP, 0), principle("b", false, Coverage.Status.GAP, 0),
                principle("c", false, Coverage.Status.GAP, 0), principle("d", false, Coverage.Status.GAP, 0),
                principle("e", false, Coverage.Status.GAP, 0), principle("f", false, Coverage.Status.GAP, 0),
                principle("later", false, Coverage.Status.COVERED, 3.8)), List.of(), 0);
        PracticePlan plan = PlanBuilder.build(null, TODAY, coverage,
                Map.of("later", List.of(practised("2026-11-30", 4.0), practised("2026-12-01", 4.0))));

        assertThat(plan.items()).hasSize(PlanBuilder.MAX_ITEMS);
        assertThat(plan.items()).extracting(PracticePlan.Item::competencyId).doesNotContain("later");
        assertThat(PlanBuilder.due(List.of(practised("2026-11-30", 4.0), practised("2026-12-01", 4.0))))
                .isEqualTo(LocalDate.parse("2026-12-07"));
    }

    private static Coverage.PrincipleCoverage principle(String id, boolean stressed, Coverage.Status status,
                                                        double overall) {
        Coverage.Cell best = status == Coverage.Status.GAP ? null
                : new Coverage.Cell("story-" + id, "Story " + id, id, overall, "LEAN_HIRE", "SDE2",
                        null);
        return new Coverage.PrincipleCoverage(id, "Name " + id, stressed, status, best, List.of());
    }

    private static PlanBuilder.Practice practised(String day, double overall) {
        return new PlanBuilder.Practice(Instant.parse(day + "T10:00:00Z"), overall);
    }
}
