package io.highbar.content.quiz;

import java.util.List;

public record QuizAnswers(List<Answer> answers) {

    public record Answer(String itemId, String choice) {
    }
}
