package io.highbar.content.question;

import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.card.CompetencyCard;

/** Derives a card's questions: direct triggers, indirect triggers, then follow-up probes, each in card order. */
public final class Questions {

    private Questions() {
    }

    public static List<Question> of(CompetencyCard card) {
        List<Question> questions = new ArrayList<>();
        addAll(questions, card.id(), QuestionKind.DIRECT, card.triggers().direct());
        addAll(questions, card.id(), QuestionKind.INDIRECT, card.triggers().indirect());
        List<CompetencyCard.FollowUpProbe> followUps = card.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            questions.add(new Question(id(card.id(), QuestionKind.FOLLOW_UP, i), card.id(),
                    QuestionKind.FOLLOW_UP.value(), followUps.get(i).question(), followUps.get(i).targets()));
        }
        return questions;
    }

    private static void addAll(List<Question> questions, String competencyId, QuestionKind kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            questions.add(new Question(id(competencyId, kind, i), competencyId, kind.value(), texts.get(i), null));
        }
    }

    private static String id(String competencyId, QuestionKind kind, int index) {
        return competencyId + "." + kind.value() + "." + (index + 1);
    }
}
