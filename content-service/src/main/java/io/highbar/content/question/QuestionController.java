package io.highbar.content.question;

import java.util.List;

import io.highbar.content.card.CardCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/competencies/{id}/questions")
class QuestionController {

    private final CardCatalog catalog;

    QuestionController(CardCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Mono<List<Question>> questions(@PathVariable String id, @RequestParam(required = false) String kind) {
        String wanted = kind == null ? null : QuestionKind.parse(kind).value();
        return catalog.require(id).map(card -> Questions.of(card).stream()
                .filter(question -> wanted == null || question.kind().equals(wanted))
                .toList());
    }

    @GetMapping("/{questionId}")
    Mono<Question> question(@PathVariable String id, @PathVariable String questionId) {
        return catalog.require(id).map(card -> Questions.of(card).stream()
                .filter(question -> question.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> notFound(id, questionId)));
    }

    private static ErrorResponseException notFound(String id, String questionId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Competency '" + id
                + "' has no question '" + questionId + "'. Question ids look like " + id + ".direct.1;"
                + " GET /api/competencies/" + id + "/questions lists them.");
        problem.setTitle("Question not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
