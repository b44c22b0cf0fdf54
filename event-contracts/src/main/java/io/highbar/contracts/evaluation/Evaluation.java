package io.highbar.contracts.evaluation;

import java.util.List;

/**
 * A bar raiser's evaluation of one answer against one competency's rubric.
 *
 * @param overall       1.0 strong no hire, 2.0 lean no hire, 3.0 lean hire, 4.0 strong hire
 * @param verdict       one of {@link Verdict}'s names
 * @param score         0..100
 * @param level         NONE, SDE1, SDE2, SENIOR or STAFF: the highest level bar the answer clears
 * @param dimensions    one per rubric signal, each scored 0..2 with the candidate's words as evidence
 * @param flags         anti-patterns and red flags found, each quoted with the card's fix
 * @param star          STAR proportions and estimated speaking time
 * @param followUp      the card's follow-up that targets the weakest dimension
 * @param company       the company lens applied, null for none
 * @param targetLevel   the level the candidate aimed at, null for none
 */
public record Evaluation(
        String competencyId,
        double overall,
        String verdict,
        int score,
        String level,
        List<DimensionScore> dimensions,
        List<Flag> flags,
        Star star,
        FollowUp followUp,
        String summary,
        String company,
        String targetLevel,
        int rubricVersion,
        String engineVersion) {

    public Evaluation {
        dimensions = List.copyOf(dimensions);
        flags = List.copyOf(flags);
    }

    public enum Verdict {
        STRONG_NO_HIRE, LEAN_NO_HIRE, LEAN_HIRE, STRONG_HIRE;

        /** The verdict an overall score (1.0–4.0) stands for: the nearest of 1, 2, 3, 4, halves rounding up. */
        public static Verdict of(double overall) {
            if (overall < 1.5) {
                return STRONG_NO_HIRE;
            }
            if (overall < 2.5) {
                return LEAN_NO_HIRE;
            }
            return overall < 3.5 ? LEAN_HIRE : STRONG_HIRE;
        }
    }

    /** A span of the answer, by character offsets into the answer text ({@code end} exclusive). */
    public record Evidence(int start, int end, String quote) {
    }

    public record DimensionScore(String key, String title, int score, List<Evidence> evidence, String feedback) {
        public DimensionScore {
            evidence = List.copyOf(evidence);
        }
    }

    /** @param kind ANTI_PATTERN or RED_FLAG */
    public record Flag(String key, String title, String kind, List<Evidence> evidence, String fix) {
        public Flag {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param words            words in the answer
     * @param estimatedSeconds speaking time at the card's words per minute
     * @param segments         SITUATION, TASK, ACTION, RESULT in answer order, each with its share and seconds
     * @param pacing           what to change in the pacing against the card's depth tip, in one sentence
     */
    public record Star(int words, int estimatedSeconds, List<StarSegment> segments, String pacing) {
        public Star {
            segments = List.copyOf(segments);
        }
    }

    public record StarSegment(String part, double share, int estimatedSeconds, int start, int end) {
    }

    /** @param targets the signal key the question probes */
    public record FollowUp(String question, String probes, String targets) {
    }
}
