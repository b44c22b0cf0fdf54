package io.highbar.interview.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.highbar.interview.story.Coverage;

/**
 * Today's plan from the story matrix and the practice history: first the principles no story speaks to (those the
 * target company stresses before the rest), then the principles whose best story is thin, then the principles
 * SM-2 says are due, longest overdue first; never-practised principles a story covers count as due today.
 */
final class PlanBuilder {

    static final int MAX_ITEMS = 5;

    private PlanBuilder() {
    }

    /**
     * @param practice each competency's graded practice answers, oldest first
     */
    static PracticePlan build(String company, LocalDate today, Coverage coverage,
                              Map<String, List<Practice>> practice) {
        List<PracticePlan.Item> items = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        List<Coverage.PrincipleCoverage> gaps = coverage.principles().stream()
                .filter(p -> p.status() == Coverage.Status.GAP)
                .sorted(Comparator.comparing((Coverage.PrincipleCoverage p) -> !p.stressed())).toList();
        for (Coverage.PrincipleCoverage p : gaps) {
            String why = p.stressed() && company != null
                    ? "No story in your bank speaks to " + p.name() + ", which " + company + " stresses: write one."
                    : "No story in your bank speaks to " + p.name() + ": write one.";
            add(items, planned, new PracticePlan.Item(p.competencyId(), p.name(), PracticePlan.Action.WRITE_STORY,
                    null, null, due(practice.get(p.competencyId())), why));
        }
        coverage.principles().stream().filter(p -> p.status() == Coverage.Status.THIN)
                .sorted(Comparator.comparing((Coverage.PrincipleCoverage p) -> !p.stressed())
                        .thenComparingDouble(p -> p.best().overall()))
                .forEach(p -> add(items, planned, new PracticePlan.Item(p.competencyId(), p.name(),
                        PracticePlan.Action.PRACTISE_STORY, p.best().storyId(), p.best().title(),
                        due(practice.get(p.competencyId())), "Your best story for " + p.name() + " (\""
                        + p.best().title() + "\") grades " + verdict(p.best().verdict())
                        + ": drill it until it clears lean hire, or write a stronger one.")));
        coverage.principles().stream().filter(p -> p.status() == Coverage.Status.COVERED)
                .map(p -> new Due(p, due(practice.get(p.competencyId()))))
                .filter(d -> d.due() == null || !d.due().isAfter(today))
                .sorted(Comparator.comparing(Due::due, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(d -> !d.principle().stressed()))
                .forEach(d -> add(items, planned, new PracticePlan.Item(d.principle().competencyId(),
                        d.principle().name(), PracticePlan.Action.PRACTISE_STORY, d.principle().best().storyId(),
                        d.principle().best().title(), d.due(), d.due() == null
                        ? "You have a story for " + d.principle().name() + " but have never practised it aloud."
                        : "Due since " + d.due() + " on your spaced-repetition schedule (SM-2).")));
        return new PracticePlan(company, today, List.copyOf(items));
    }

    /** When SM-2 schedules the next practice after these graded answers, or null if there were none. */
    static LocalDate due(List<Practice> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        Sm2 schedule = Sm2.initial();
        for (Practice p : answers) {
            schedule = schedule.review(Sm2.quality(p.overall()));
        }
        LocalDate last = answers.get(answers.size() - 1).at().atZone(ZoneOffset.UTC).toLocalDate();
        return last.plusDays(schedule.intervalDays());
    }

    private static void add(List<PracticePlan.Item> items, Set<String> planned, PracticePlan.Item item) {
        if (items.size() < MAX_ITEMS && planned.add(item.competencyId())) {
            items.add(item);
        }
    }

    private static String verdict(String verdict) {
        return verdict.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private record Due(Coverage.PrincipleCoverage principle, LocalDate due) {
    }

    /** One graded practice answer of a competency. */
    record Practice(java.time.Instant at, double overall) {
    }
}
