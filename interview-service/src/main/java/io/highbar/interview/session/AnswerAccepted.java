package io.highbar.interview.session;

public record AnswerAccepted(String answerId, boolean overTime) {
}
