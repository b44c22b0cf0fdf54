package io.highbar.interview.session;

public enum AnswerStatus {
    AWAITING_EVALUATION, EVALUATED, FAILED
}
