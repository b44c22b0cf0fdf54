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
 * @param fit           how well the story fits the principle asked, against every other principle; null when the
 *                      answer was not scored
 * @param notScored     why the answer got no verdict (e.g. it is not in English), null when it was scored; the
 *                      verdict is then {@code NOT_SCORED}, overall and score 0, and there are no dimensions or flags
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
        String engineVersion,
        CompetencyFit fit,
        String notScored) {

    /** The verdict of an answer the scorer refused to grade. */
    public static final String NOT_SCORED = "NOT_SCORED";

    public Evaluation {
        dimensions = List.copyOf(dimensions);
        flags = List.copyOf(flags);
    }

    /** An evaluation without a fit judgement (producers before the fit existed). */
    public Evaluation(String competencyId, double overall, String verdict, int score, String level,
                      List<DimensionScore> dimensions, List<Flag> flags, Star star, FollowUp followUp, String summary,
                      String company, String targetLevel, int rubricVersion, String engineVersion) {
        this(competencyId, overall, verdict, score, level, dimensions, flags, star, followUp, summary, company,
                targetLevel, rubricVersion, engineVersion, null, null);
    }

    /** Whether the answer was graded at all. */
    public boolean scored() {
        return notScored == null;
    }

    /**
     * @param relevance       how close the story comes to this principle, 0..1
     * @param betterFitId     the principle the story shows more clearly, null when this one fits best
     * @param betterFitName   its name
     * @param message         what to tell the candidate: the card's own do-not-confuse-with distinction where it has
     *                        one; null when this principle fits best
     */
    public record CompetencyFit(double relevance, String betterFitId, String betterFitName, String message) {
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
