package io.highbar.interview.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.evaluation.Evaluation;

/**
 * The story matrix: for each principle, the best story and the others that speak to it; for each story, the principle
 * it shows best and the others it covers. Read from each story's current version only: a story whose latest text is
 * not mapped yet counts as {@code pending}, never by an older text's mapping.
 *
 * <p>A story <em>speaks to</em> a principle when the principle is one of the {@value #CLOSEST} the scorer finds it
 * closest to (its fit: a story shows a primary principle and a few it also covers, as the cards' story archetypes
 * do), its evaluation for it is at least lean no hire, and it is not flagged as a story for another principle; it
 * <em>covers</em> it when that evaluation is lean hire or better. A principle is {@code COVERED} by a covering story,
 * {@code THIN} when its best story only speaks to it, and a {@code GAP} when none does. A story's primary principle
 * is the closest one it speaks to; its secondary ones are the others it speaks to.
 *
 * @param pending stories whose current version the scorer has not mapped yet
 */
public record Coverage(List<PrincipleCoverage> principles, List<StoryCoverage> stories, int pending) {

    public enum Status { COVERED, THIN, GAP }

    static final int CLOSEST = 4;
    static final double COVERS = 2.5;
    static final double SPEAKS = 1.5;
    static final String OFF_PRINCIPLE = "off_principle";

    /**
     * One cell of the matrix: a story's evaluation for one principle.
     *
     * @param evidence the sentence that shows the principle best (the first quote of its highest-scored dimension),
     *                 null when no dimension is shown
     */
    public record Cell(String storyId, String title, String competencyId, double overall, String verdict,
                       String level, String evidence) {
    }

    public record PrincipleCoverage(String competencyId, String name, boolean stressed, Status status, Cell best,
                                    List<Cell> alsoCovers) {
    }

    /**
     * @param primary   the principle the story shows best, null until it is mapped or when it shows none
     * @param secondary the other principles it speaks to, closest first
     * @param cells     its evaluation for every principle, in the principles' order (empty until mapped)
     */
    public record StoryCoverage(String storyId, String title, int version, boolean mapped, String primary,
                                List<String> secondary, List<Cell> cells) {
    }

    static Coverage of(List<Story> stories, List<StoryMapping> mappings, List<Competency> competencies) {
        Map<String, StoryMapping> current = new HashMap<>();
        mappings.forEach(m -> current.put(m.id(), m));
        Map<String, List<Cell>> speaking = new HashMap<>();
        List<StoryCoverage> perStory = new ArrayList<>();
        int pending = 0;
        for (Story story : stories) {
            StoryMapping mapping = current.get(StoryMapping.idOf(story.id(), story.version()));
            if (mapping == null) {
                pending++;
                perStory.add(new StoryCoverage(story.id(), story.title(), story.version(), false, null, List.of(),
                        List.of()));
                continue;
            }
            Map<String, Evaluation> byCompetency = new HashMap<>();
            mapping.evaluations().forEach(e -> byCompetency.put(e.competencyId(), e));
            List<String> closest = closest(mapping.evaluations(), competencies);
            List<Cell> cells = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (Competency c : competencies) {
                Evaluation e = byCompetency.get(c.id());
                if (e == null || !e.scored()) {
                    continue;
                }
                Cell cell = new Cell(story.id(), story.title(), c.id(), e.overall(), e.verdict(), e.level(),
                        bestQuote(e));
                cells.add(cell);
                if (closest.contains(c.id()) && speaksTo(e)) {
                    speaking.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(cell);
                    spoken.add(c.id());
                }
            }
            spoken.sort(Comparator.comparingInt(closest::indexOf));
            perStory.add(new StoryCoverage(story.id(), story.title(), story.version(), true,
                    spoken.isEmpty() ? null : spoken.get(0), spoken.isEmpty() ? List.of()
                    : List.copyOf(spoken.subList(1, spoken.size())), cells));
        }
        List<PrincipleCoverage> principles = new ArrayList<>();
        for (Competency c : competencies) {
            List<Cell> cells = new ArrayList<>(speaking.getOrDefault(c.id(), List.of()));
            cells.sort(Comparator.comparingDouble(Cell::overall).reversed().thenComparing(Cell::storyId));
            Cell best = cells.isEmpty() ? null : cells.get(0);
            Status status = best == null ? Status.GAP : best.overall() >= COVERS ? Status.COVERED : Status.THIN;
            principles.add(new PrincipleCoverage(c.id(), c.name(), c.stressed(), status, best,
                    cells.isEmpty() ? List.of() : List.copyOf(cells.subList(1, cells.size()))));
        }
        return new Coverage(principles, perStory, pending);
    }

    private static String bestQuote(Evaluation e) {
        return e.dimensions().stream().filter(d -> d.score() > 0 && !d.evidence().isEmpty())
                .max(Comparator.comparingInt(Evaluation.DimensionScore::score))
                .map(d -> d.evidence().get(0).quote()).orElse(null);
    }

    /** The principles the story comes closest to, closest first (ties: the higher grade, then the id). */
    private static List<String> closest(List<Evaluation> evaluations, List<Competency> competencies) {
        java.util.Set<String> known = new java.util.HashSet<>();
        competencies.forEach(c -> known.add(c.id()));
        return evaluations.stream()
                .filter(e -> e.scored() && e.fit() != null && known.contains(e.competencyId()))
                .sorted(Comparator.comparingDouble((Evaluation e) -> e.fit().relevance()).reversed()
                        .thenComparing(Comparator.comparingDouble(Evaluation::overall).reversed())
                        .thenComparing(Evaluation::competencyId))
                .limit(CLOSEST).map(Evaluation::competencyId).toList();
    }

    private static boolean speaksTo(Evaluation e) {
        return e.overall() >= SPEAKS && e.flags().stream().noneMatch(f -> OFF_PRINCIPLE.equals(f.key()));
    }
}
