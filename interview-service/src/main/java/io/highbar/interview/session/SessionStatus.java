package io.highbar.interview.session;

public enum SessionStatus {
    CREATED, ASKING, AWAITING_EVALUATION, COMPLETED, ABANDONED, EXPIRED
}
