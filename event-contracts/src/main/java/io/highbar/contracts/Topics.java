package io.highbar.contracts;

/** Kafka topic names: part of the public contract, never renamed. */
public final class Topics {

    /** {@link io.highbar.contracts.answer.AnswerSubmitted}, key = session id. */
    public static final String ANSWER_SUBMITTED = "interview.answer-submitted";

    /** Records of {@link #ANSWER_SUBMITTED} that could not be scored after bounded retries; same key and value. */
    public static final String ANSWER_SUBMITTED_DEAD_LETTER = "interview.answer-submitted.dlt";

    /** {@link io.highbar.contracts.evaluation.AnswerEvaluated}, key = session id. */
    public static final String ANSWER_EVALUATED = "interview.answer-evaluated";

    /** {@link io.highbar.contracts.card.RubricPublished}, key = competency id, compacted. */
    public static final String RUBRIC_PUBLISHED = "content.rubric-published";

    /** {@link io.highbar.contracts.story.StorySaved}, key = story id. */
    public static final String STORY_SAVED = "interview.story-saved";

    /** Records of {@link #STORY_SAVED} that could not be mapped after bounded retries; same key and value. */
    public static final String STORY_SAVED_DEAD_LETTER = "interview.story-saved.dlt";

    /** {@link io.highbar.contracts.story.StoryMapped}, key = story id. */
    public static final String STORY_MAPPED = "interview.story-mapped";

    /** Header naming the event type and its schema version, e.g. {@code AnswerSubmitted.v1}. */
    public static final String EVENT_TYPE_HEADER = "highbar-event-type";

    private Topics() {
    }
}
