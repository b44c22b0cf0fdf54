package io.highbar.interview.session;

public enum SessionMode {
    DRILL, MOCK
}
