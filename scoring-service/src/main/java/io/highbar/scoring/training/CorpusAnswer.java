package io.highbar.scoring.training;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One labelled answer of the corpus ({@code corpus/README.md} has the schema and the protocol).
 *
 * @param kind   how the writer built it: plain_strong, strong, medium, weak, pair, adversarial, non_english, garbage;
 *               {@code interviewer} for an override exported from the platform
 * @param source {@code written} (the authoring protocol) or {@code interviewer} (an exported override)
 * @param machineScores for an override: the scores the machine gave the dimensions people changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorpusAnswer(String id, String storyId, String split, String competencyId, String question,
                           String answer, @JsonProperty("class") String kind, String adversarialType,
                           String otherPrinciple, String shuffledFrom, String language, String domain,
                           String seniority, Boolean nonNativeVoice, Pair pair, String source, Label label,
                           Map<String, Integer> machineScores, String engineVersion) {

    public static final String INTERVIEWER = "interviewer";

    public record Pair(String respect, String variant) {
    }

    /**
     * A strict bar raiser's grades. An override carries only the dimensions an interviewer changed, and no overall.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Label(Boolean refused, String language, Integer overall, String level,
                        Map<String, DimensionLabel> dimensions, List<FlagLabel> flags, String note) {

        public boolean isRefused() {
            return Boolean.TRUE.equals(refused);
        }
    }

    public record DimensionLabel(int score, List<Span> evidence) {
    }

    public record FlagLabel(String key, List<Span> evidence) {
    }

    public record Span(int start, int end, String quote) {
    }

    public boolean adversarial() {
        return "adversarial".equals(kind);
    }

    public boolean graded() {
        return label != null && !label.isRefused() && label.overall() != null;
    }
}
