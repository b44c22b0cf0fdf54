package io.highbar.interview.session;

import java.util.List;

/**
 * What the session will ask: its main questions in order (DRILL: one), where it stands, and its rules.
 *
 * @param questionIndex 0-based index of the current main question
 */
public record Plan(List<PlannedQuestion> questions, int questionIndex, int maxFollowUps, int answerTimeLimitSeconds) {

    public static final int DEFAULT_TIME_LIMIT_SECONDS = 180;

    public Plan {
        questions = List.copyOf(questions);
    }

    Plan at(int index) {
        return new Plan(questions, index, maxFollowUps, answerTimeLimitSeconds);
    }

    boolean hasNext() {
        return questionIndex + 1 < questions.size();
    }

    /** As the API shows it: without the questions still to come. */
    public record View(int questionsTotal, int questionIndex, int maxFollowUps, int answerTimeLimitSeconds) {
    }

    public View view() {
        return new View(questions.size(), questionIndex, maxFollowUps, answerTimeLimitSeconds);
    }
}
