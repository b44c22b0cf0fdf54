package io.highbar.content.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.highbar.content.api.InvalidRequestException;
import io.highbar.content.card.CardCatalog;
import io.highbar.contracts.card.CompetencyCard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/competencies/{id}/quiz")
class QuizController {

    private final CardCatalog catalog;

    QuizController(CardCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Mono<QuizView> quiz(@PathVariable String id) {
        return catalog.require(id).map(card -> new QuizView(card.id(), card.version(), StudyQuiz.items(card).stream()
                .map(item -> new QuizView.Item(item.itemId(), item.phrase(), QuizCategory.names()))
                .toList()));
    }

    @PostMapping
    Mono<QuizResult> grade(@PathVariable String id, @RequestBody QuizAnswers answers) {
        return catalog.require(id).map(card -> grade(card, answers));
    }

    private static QuizResult grade(CompetencyCard card, QuizAnswers answers) {
        if (answers.answers() == null || answers.answers().isEmpty()) {
            throw new InvalidRequestException("No answers", "Send {\"answers\":[{\"itemId\":...,\"choice\":...}]}"
                    + " with at least one answer; GET /api/competencies/" + card.id() + "/quiz lists the items.", List.of());
        }
        Map<String, QuizItem> items = StudyQuiz.items(card).stream()
                .collect(Collectors.toMap(QuizItem::itemId, Function.identity()));
        Set<String> answered = new HashSet<>();
        List<QuizResult.ItemResult> results = answers.answers().stream().map(answer -> {
            QuizItem item = answer == null ? null : items.get(answer.itemId());
            if (item == null) {
                throw new InvalidRequestException("Unknown quiz item", "Item '" + (answer == null ? null : answer.itemId())
                        + "' is not in the quiz of '" + card.id() + "' version " + card.version()
                        + "; the card may have changed. GET /api/competencies/" + card.id() + "/quiz again.", List.of());
            }
            if (!answered.add(item.itemId())) {
                throw new InvalidRequestException("Item answered twice", "Item '" + item.itemId()
                        + "' is answered more than once; send one answer per item.", List.of());
            }
            QuizCategory choice = parseChoice(answer);
            return new QuizResult.ItemResult(item.itemId(), choice == item.expected(), item.expected().name(),
                    item.explanation());
        }).toList();
        int correct = (int) results.stream().filter(QuizResult.ItemResult::correct).count();
        return new QuizResult(card.id(), card.version(), results, correct, results.size());
    }

    private static QuizCategory parseChoice(QuizAnswers.Answer answer) {
        try {
            return QuizCategory.valueOf(answer.choice() == null ? "" : answer.choice().strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("Unknown choice", "Choice '" + answer.choice() + "' for item '"
                    + answer.itemId() + "' is not one of " + String.join(", ", QuizCategory.names()) + ".",
                    QuizCategory.names());
        }
    }
}
