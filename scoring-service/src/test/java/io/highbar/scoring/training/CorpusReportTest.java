package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.contracts.evaluation.Evaluation.Evidence;

class CorpusReportTest {

    private static final String TEXT = "I found the leak. I fixed it. Costs fell by half.";

    @Test
    void evidenceQuotesAreOnLabelWhereTheyOverlapTheLabellersEvidenceForDimensionsBothScoredAboveZero() {
        CorpusAnswer answer = answer("a", Map.of(
                "dig", new CorpusAnswer.DimensionLabel(2, List.of(span(0, 17))),
                "fix", new CorpusAnswer.DimensionLabel(1, List.of(span(18, 29))),
                "impact", new CorpusAnswer.DimensionLabel(0, List.of())));
        Evaluation evaluation = evaluation(
                dimension("dig", 2, quote(0, 17)),
                dimension("fix", 1, quote(30, 49)),
                dimension("impact", 1, quote(18, 29)));

        CorpusReport.Quotes quotes = CorpusReport.figures(List.of(answer), Map.of("a", evaluation), Map.of()).quotes();

        assertThat(quotes.quotes()).isEqualTo(2);
        assertThat(quotes.onLabel()).isEqualTo(0.5);
        assertThat(quotes.answers()).isEqualTo(1);
        assertThat(quotes.shared()).isZero();
    }

    @Test
    void anAnswerQuotingOneSentenceUnderTwoDimensionsIsCountedAsShared() {
        CorpusAnswer shares = answer("a", Map.of());
        CorpusAnswer apart = answer("b", Map.of());
        Map<String, Evaluation> evaluations = Map.of(
                "a", evaluation(dimension("dig", 2, quote(0, 17)), dimension("fix", 1, quote(0, 17))),
                "b", evaluation(dimension("dig", 2, quote(0, 17)), dimension("fix", 1, quote(18, 29))));

        CorpusReport.Quotes quotes = CorpusReport.figures(List.of(shares, apart), evaluations, Map.of()).quotes();

        assertThat(quotes.answers()).isEqualTo(2);
        assertThat(quotes.shared()).isEqualTo(1);
    }

    private static CorpusAnswer answer(String id, Map<String, CorpusAnswer.DimensionLabel> dimensions) {
        return new CorpusAnswer(id, id, "test", "dive-deep", "Tell me about a time.", TEXT, "strong", null, null,
                null, "en", null, null, null, null, "written",
                new CorpusAnswer.Label(false, "en", 3, "SDE2", dimensions, List.of(), null), null, null);
    }

    private static Evaluation evaluation(DimensionScore... dimensions) {
        return new Evaluation("dive-deep", 3.0, "HIRE", 67, "SDE2", List.of(dimensions), List.of(), null, null, null,
                null, null, 1, "test", null, null);
    }

    private static DimensionScore dimension(String key, int score, Evidence quote) {
        return new DimensionScore(key, key, score, List.of(quote), "");
    }

    private static Evidence quote(int start, int end) {
        return new Evidence(start, end, TEXT.substring(start, end));
    }

    private static CorpusAnswer.Span span(int start, int end) {
        return new CorpusAnswer.Span(start, end, TEXT.substring(start, end));
    }
}
