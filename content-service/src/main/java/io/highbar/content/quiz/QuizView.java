package io.highbar.content.quiz;

import java.util.List;

/** The quiz as a candidate sees it: phrases and choices, no answers. */
public record QuizView(String competencyId, int version, List<Item> items) {

    public record Item(String itemId, String phrase, List<String> choices) {
    }
}
