package io.highbar.interview.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.highbar.contracts.evaluation.Evaluation;

/**
 * The story bank as a Markdown document a candidate can print: each story in STAR form (the scorer's own split of
 * its text for the principle it shows best), the principles it covers, and the sentences that show them best.
 */
final class StoryExport {

    static final int QUOTES = 3;

    private StoryExport() {
    }

    static String markdown(List<Story> stories, List<StoryMapping> mappings, Coverage coverage,
                           List<Competency> competencies, LocalDate today) {
        Map<String, String> names = new HashMap<>();
        competencies.forEach(c -> names.put(c.id(), c.name()));
        Map<String, StoryMapping> byId = new HashMap<>();
        mappings.forEach(m -> byId.put(m.id(), m));
        Map<String, Coverage.StoryCoverage> rows = new HashMap<>();
        coverage.stories().forEach(r -> rows.put(r.storyId(), r));
        StringBuilder md = new StringBuilder("# My story bank\n\n")
                .append(stories.size()).append(stories.size() == 1 ? " story" : " stories")
                .append(", exported ").append(today).append(".\n");
        for (Story story : stories) {
            StoryMapping mapping = byId.get(StoryMapping.idOf(story.id(), story.version()));
            Coverage.StoryCoverage row = rows.get(story.id());
            Evaluation primary = mapping == null || row == null || row.primary() == null ? null
                    : evaluation(mapping, row.primary());
            md.append("\n## ").append(inline(story.title())).append("\n\n");
            List<String> facts = new ArrayList<>();
            if (story.role() != null && !story.role().isBlank()) {
                facts.add(inline(story.role()));
            }
            if (story.when() != null && !story.when().isBlank()) {
                facts.add(inline(story.when()));
            }
            facts.add("version " + story.version());
            if (!story.tags().isEmpty()) {
                facts.add(String.join(", ", story.tags().stream().map(StoryExport::inline).toList()));
            }
            md.append('*').append(String.join(" · ", facts)).append("*\n\n");
            if (mapping == null) {
                md.append("Principles: not mapped yet.\n");
            } else if (primary == null) {
                md.append("Principles: none yet; the scorer found no principle this story speaks to.\n");
            } else {
                md.append("Principles: **").append(names.getOrDefault(row.primary(), row.primary())).append("** (")
                        .append(verdict(primary)).append(')');
                for (String other : row.secondary()) {
                    Evaluation e = evaluation(mapping, other);
                    md.append(", ").append(names.getOrDefault(other, other))
                            .append(e == null ? "" : " (" + verdict(e) + ")");
                }
                md.append("\n");
            }
            star(md, story.text(), primary);
            quotes(md, primary);
        }
        return md.toString();
    }

    private static void star(StringBuilder md, String text, Evaluation primary) {
        List<Evaluation.StarSegment> segments = primary == null || primary.star() == null ? List.of()
                : primary.star().segments().stream().filter(s -> s.start() >= 0 && s.end() <= text.length()
                        && s.start() < s.end()).sorted(Comparator.comparingInt(Evaluation.StarSegment::start)).toList();
        if (segments.isEmpty()) {
            md.append("\n").append(text.strip()).append("\n");
            return;
        }
        String part = null;
        for (Evaluation.StarSegment s : segments) {
            if (!s.part().equals(part)) {
                part = s.part();
                md.append("\n**").append(title(part)).append(".** ");
            } else {
                md.append(' ');
            }
            md.append(text.substring(s.start(), s.end()).strip());
        }
        md.append("\n");
    }

    private static void quotes(StringBuilder md, Evaluation primary) {
        if (primary == null) {
            return;
        }
        List<String> lines = primary.dimensions().stream().filter(d -> d.score() > 0 && !d.evidence().isEmpty())
                .sorted(Comparator.comparingInt(Evaluation.DimensionScore::score).reversed())
                .limit(QUOTES)
                .map(d -> "- \"" + inline(d.evidence().get(0).quote()) + "\" (" + inline(d.title()) + ")")
                .toList();
        if (!lines.isEmpty()) {
            md.append("\nWhat shows it best:\n\n").append(String.join("\n", lines)).append("\n");
        }
    }

    private static Evaluation evaluation(StoryMapping mapping, String competencyId) {
        return mapping.evaluations().stream().filter(e -> e.competencyId().equals(competencyId)).findFirst()
                .orElse(null);
    }

    private static String verdict(Evaluation e) {
        return e.verdict().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                + String.format(Locale.ROOT, "%.1f", e.overall());
    }

    private static String title(String part) {
        return part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT);
    }

    /** One line of the candidate's own words, with nothing Markdown would read as structure. */
    static String inline(String text) {
        return text.replaceAll("\\s+", " ").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#").strip();
    }
}
