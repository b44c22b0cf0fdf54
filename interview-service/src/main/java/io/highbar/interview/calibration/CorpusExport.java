package io.highbar.interview.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.ScoreOverride;
import io.highbar.interview.session.Session;

/**
 * Interviewers' overrides as labelled answers in the scoring corpus's format (corpus/README.md), which the scoring
 * trainer takes beside the corpus: per answer, the dimensions people scored, the machine's scores they moved, and
 * the reasons and notes they wrote.
 */
final class CorpusExport {

    private CorpusExport() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExportedAnswer(String id, String storyId, String split, String competencyId, String question, String answer,
                          @JsonProperty("class") String kind, String source, Label label,
                          Map<String, Integer> machineScores, String engineVersion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Label(Integer overall, Map<String, Dimension> dimensions, List<Object> flags, String note) {
    }

    record Dimension(int score, List<Object> evidence) {
    }

    /** One record per overridden answer of the session; the latest override of a dimension wins. */
    static List<ExportedAnswer> of(Session session, List<ScoreOverride> overrides) {
        Map<String, List<ScoreOverride>> byAnswer = new LinkedHashMap<>();
        overrides.stream().sorted(Comparator.comparing(ScoreOverride::at))
                .forEach(o -> byAnswer.computeIfAbsent(o.answerId(), k -> new ArrayList<>()).add(o));
        List<ExportedAnswer> out = new ArrayList<>();
        byAnswer.forEach((answerId, list) -> session.answers().stream()
                .filter(a -> a.answerId().equals(answerId) && a.isGraded()).findFirst()
                .ifPresent(a -> out.add(exported(session, a, list))));
        return out;
    }

    private static ExportedAnswer exported(Session session, Answer a, List<ScoreOverride> overrides) {
        Map<String, Dimension> dims = new LinkedHashMap<>();
        Map<String, Integer> machine = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (ScoreOverride o : overrides) {
            dims.put(o.dimension(), new Dimension(o.score(), List.of()));
            machine.putIfAbsent(o.dimension(), o.machineScore());
            reasons.add(o.dimension() + ": " + o.reason());
        }
        for (Note n : session.notes()) {
            if (a.answerId().equals(n.answerId())) {
                reasons.add("note: " + n.text());
            }
        }
        return new ExportedAnswer("override-" + a.answerId(), "session-" + session.id(), "train", a.competencyId(),
                a.questionText(), a.text(), "interviewer", "interviewer",
                new Label(null, dims, List.of(), String.join(" | ", reasons)), machine,
                a.evaluation().engineVersion());
    }
}
