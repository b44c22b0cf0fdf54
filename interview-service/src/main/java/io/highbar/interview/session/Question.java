package io.highbar.interview.session;

public record Question(String id, String text) {
}
