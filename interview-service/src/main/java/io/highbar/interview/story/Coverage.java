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
 * <p>A story <em>covers</em> a principle when its evaluation for it is lean hire or better; it <em>speaks to</em> it
 * when it is at least lean no hire and not flagged as a story for another principle. A principle is {@code COVERED}
 * by a covering story, {@code THIN} when its best story only speaks to it, and a {@code GAP} when none does.
 *
 * @param pending stories whose current version the scorer has not mapped yet
 */
public record Coverage(List<PrincipleCoverage> principles, List<StoryCoverage> stories, int pending) {

    public enum Status { COVERED, THIN, GAP }

    static final double COVERS = 2.5;
    static final double SPEAKS = 1.5;
    static final String OFF_PRINCIPLE = "off_principle";

    /** One cell of the matrix: a story's evaluation for one principle. */
    public record Cell(String storyId, String title, String competencyId, double overall, String verdict,
                       String level) {
    }

    public record PrincipleCoverage(String competencyId, String name, boolean stressed, Status status, Cell best,
                                    List<Cell> alsoCovers) {
    }

    /**
     * @param primary   the principle the story shows best, null until it is mapped or when it shows none
     * @param secondary the other principles it covers, best first
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
            List<Cell> cells = new ArrayList<>();
            List<Scored> covering = new ArrayList<>();
            Cell primary = null;
            String primaryId = null;
            for (Competency c : competencies) {
                Evaluation e = byCompetency.get(c.id());
                if (e == null || !e.scored()) {
                    continue;
                }
                Cell cell = new Cell(story.id(), story.title(), c.id(), e.overall(), e.verdict(), e.level());
                cells.add(cell);
                if (speaksTo(e)) {
                    speaking.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(cell);
                    if (primary == null || cell.overall() > primary.overall()) {
                        primary = cell;
                        primaryId = c.id();
                    }
                    if (e.overall() >= COVERS) {
                        covering.add(new Scored(c.id(), e.overall()));
                    }
                }
            }
            String chosen = primaryId;
            List<String> secondary = covering.stream().filter(p -> !p.competencyId().equals(chosen))
                    .sorted(Comparator.comparingDouble(Scored::overall).reversed()).map(Scored::competencyId)
                    .toList();
            perStory.add(new StoryCoverage(story.id(), story.title(), story.version(), true, primaryId, secondary,
                    cells));
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

    private record Scored(String competencyId, double overall) {
    }

    private static boolean speaksTo(Evaluation e) {
        return e.overall() >= SPEAKS && e.flags().stream().noneMatch(f -> OFF_PRINCIPLE.equals(f.key()));
    }
}
