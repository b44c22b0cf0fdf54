package io.highbar.content.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.highbar.contracts.card.CompetencyCard;

/**
 * The STUDY-mode quiz of a card: every signal example phrase, signal common miss, anti-pattern quote and red-flag
 * quote, in an order shuffled deterministically per card version (so categories do not come in blocks, and the
 * same card always gives the same quiz).
 */
final class StudyQuiz {

    private StudyQuiz() {
    }

    static List<QuizItem> items(CompetencyCard card) {
        List<QuizItem> items = new ArrayList<>();
        for (CompetencyCard.Signal signal : card.signals()) {
            for (int i = 0; i < signal.examplePhrases().size(); i++) {
                items.add(QuizItem.of(card, "signal." + signal.key() + "." + (i + 1), signal.examplePhrases().get(i),
                        QuizCategory.SIGNAL, "Signal '" + signal.title() + "': " + signal.whyItMatters()));
            }
            items.add(QuizItem.of(card, "miss." + signal.key(), signal.commonMiss(), QuizCategory.NOT_A_SIGNAL,
                    "The common miss of signal '" + signal.title() + "': it sounds close but does not show the signal. "
                            + signal.whyItMatters()));
        }
        for (CompetencyCard.AntiPattern antiPattern : card.antiPatterns()) {
            items.add(QuizItem.of(card, "anti-pattern." + antiPattern.key(), antiPattern.quote(),
                    QuizCategory.ANTI_PATTERN, "Anti-pattern '" + antiPattern.title() + "': " + antiPattern.why()));
        }
        for (CompetencyCard.RedFlag redFlag : card.redFlags()) {
            items.add(QuizItem.of(card, "red-flag." + redFlag.key(), redFlag.quote(),
                    QuizCategory.RED_FLAG, "Red flag '" + redFlag.title() + "': " + redFlag.why()));
        }
        Collections.shuffle(items, new Random((card.id() + ":" + card.version()).hashCode()));
        return items;
    }
}
