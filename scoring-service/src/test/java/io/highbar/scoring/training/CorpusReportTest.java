package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.contracts.evaluation.Evaluation.Evidence;
import io.highbar.scoring.cli.BundledCards;

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

    @Test
    void flagsAreCountedByTheKindTheirCardGivesThem() {
        CorpusAnswer answer = new CorpusAnswer("a", "a", "test", "dive-deep", "Tell me about a time.", TEXT, "medium",
                null, null, null, "en", null, null, null, null, "written", new CorpusAnswer.Label(false, "en", 2,
                "SDE1", Map.of(), List.of(flag("surface_fix"), flag("no_metrics")), null), null, null);
        Evaluation evaluation = new Evaluation("dive-deep", 2.0, "LEAN_NO_HIRE", 33, "SDE1", List.of(),
                List.of(raised("no_metrics"), raised("no_story")), null, null, null, null, null, 1, "test", null, null);

        CorpusReport.Figures figures = CorpusReport.figures(List.of(answer), Map.of("a", evaluation),
                BundledCards.all());
        Map<String, CorpusReport.FlagCounts> byKind = figures.flagsByKind();

        assertThat(byKind).containsOnlyKeys("CUES", "NO_METRICS", "no_story");
        assertThat(byKind.get("CUES")).isEqualTo(new CorpusReport.FlagCounts(0, 0, 1));
        assertThat(byKind.get("NO_METRICS")).isEqualTo(new CorpusReport.FlagCounts(1, 0, 0));
        assertThat(byKind.get("no_story")).isEqualTo(new CorpusReport.FlagCounts(0, 1, 0));
        assertThat(byKind.get("NO_METRICS").f1()).isEqualTo(1.0);
        assertThat(byKind.get("CUES").f1()).isZero();
        // the micro figures are the kinds' counts added up: one raised and labelled, one raised only, one labelled only
        assertThat(figures.flagPrecision()).isEqualTo(0.5);
        assertThat(figures.flagRecall()).isEqualTo(0.5);
        assertThat(figures.flagF1()).isEqualTo(0.5);
    }

    private static CorpusAnswer.FlagLabel flag(String key) {
        return new CorpusAnswer.FlagLabel(key, List.of(span(18, 29)));
    }

    private static Evaluation.Flag raised(String key) {
        return new Evaluation.Flag(key, key, "RED_FLAG", List.of(quote(18, 29)), "");
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
