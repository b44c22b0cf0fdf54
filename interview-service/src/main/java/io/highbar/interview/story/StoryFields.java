package io.highbar.interview.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;

/** A story's fields as validated: trimmed, every broken rule listed at once. */
record StoryFields(String title, String text, List<String> tags, String role, String when) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_TITLE = 200;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    static final int MAX_SHORT = 100;

    static StoryFields of(StoryRequest request) {
        if (request == null) {
            throw new InvalidRequest(List.of(new FieldProblem("body",
                    "send {\"title\": ..., \"text\": ...} and optionally tags, role and when")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = required(request.title(), "title", MAX_TITLE, "name the story in a few words", problems);
        String text = required(request.text(), "text", MAX_TEXT, "tell the story: situation, what you did, result",
                problems);
        String role = optional(request.role(), "role", problems);
        String when = optional(request.when(), "when", problems);
        List<String> tags = tags(request.tags(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new StoryFields(title, text, tags, role, when);
    }

    private static String required(String value, String field, int max, String hint, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is empty: " + hint));
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            problems.add(new FieldProblem(field, String.format(Locale.ROOT, "is %,d characters; the most is %,d",
                    trimmed.length(), max)));
        }
        return trimmed;
    }

    private static String optional(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_SHORT) {
            problems.add(new FieldProblem(field, "is " + trimmed.length() + " characters; the most is " + MAX_SHORT));
        }
        return trimmed;
    }

    private static List<String> tags(List<String> tags, List<FieldProblem> problems) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                problems.add(new FieldProblem("tags", "must not contain empty tags"));
                return List.of();
            }
            String trimmed = tag.strip();
            if (trimmed.length() > MAX_TAG) {
                problems.add(new FieldProblem("tags", "'" + trimmed.substring(0, 20) + "…' is " + trimmed.length()
                        + " characters; a tag holds at most " + MAX_TAG));
                return List.of();
            }
            kept.add(trimmed);
        }
        if (kept.size() > MAX_TAGS) {
            problems.add(new FieldProblem("tags", "lists " + kept.size() + " tags; the most is " + MAX_TAGS));
        }
        return List.copyOf(kept);
    }
}
