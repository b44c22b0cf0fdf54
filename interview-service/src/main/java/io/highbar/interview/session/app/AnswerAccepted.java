package io.highbar.interview.session.app;

public record AnswerAccepted(String answerId, boolean overTime) {
}
