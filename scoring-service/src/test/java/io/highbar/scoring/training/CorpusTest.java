package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;

/** The labelled corpus (corpus/README.md) is whole, consistent, split by story, and its test split is frozen. */
class CorpusTest {

    /** The test split was written last and is never used for tuning: this pins it. */
    static final String TEST_SHA256 = "e7ee904b25423fab997152bd68e80e3330ab9da284e85bd3ea84ced8c5c3d4f4";
    /** The short stories' test wave, written last like the test split and never used for tuning: this pins it. */
    static final String SHORT_TEST_SHA256 = "601dcd5911d9861617ca24f8d060c7054b266a55e0417d64dd18499ddf4c42f7";
    static final Path ANSWERS = Path.of("../corpus/answers");
    /** Each file of the corpus and the split its answers belong to. */
    static final Map<String, String> FILES = Map.of("train", "train", "dev", "dev", "test", "test", "test-short", "test");

    @Test
    void theTestSplitIsFrozen() {
        assertThat(Corpus.sha256(ANSWERS.resolve("test.jsonl"))).isEqualTo(TEST_SHA256);
        assertThat(Corpus.sha256(ANSWERS.resolve("test-short.jsonl"))).isEqualTo(SHORT_TEST_SHA256);
    }

    @Test
    void everyCardHasAtLeastSixtyLabelledAnswers() {
        Map<String, Integer> perCard = new HashMap<>();
        all().forEach(a -> perCard.merge(a.competencyId(), 1, Integer::sum));
        Map<String, CompetencyCard> cards = BundledCards.all();
        assertThat(perCard.keySet()).isEqualTo(cards.keySet());
        assertThat(perCard.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(60));
        assertThat(all()).hasSizeGreaterThanOrEqualTo(960);
    }

    @Test
    void everyStoryLivesInOneSplit() {
        Map<String, String> splitOfStory = new HashMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String split = file.getValue();
            for (CorpusAnswer a : Corpus.read(ANSWERS.resolve(file.getKey() + ".jsonl"))) {
                assertThat(a.split()).isEqualTo(split);
                String before = splitOfStory.putIfAbsent(a.storyId(), split);
                assertThat(before == null || before.equals(split)).as("story %s", a.storyId()).isTrue();
            }
        }
    }

    @Test
    void labelsNameTheCardsKeysAndQuoteTheAnswerByOffset() {
        Map<String, CompetencyCard> cards = BundledCards.all();
        Set<String> ids = new HashSet<>();
        for (CorpusAnswer a : all()) {
            assertThat(ids.add(a.id())).as("unique id %s", a.id()).isTrue();
            assertThat(a.label()).as(a.id()).isNotNull();
            if (a.label().isRefused()) {
                continue;
            }
            assertThat(a.label().overall()).as(a.id()).isBetween(1, 4);
            assertThat(a.label().level()).isIn("NONE", "SDE1", "SDE2", "SENIOR", "STAFF");
            CompetencyCard card = cards.get(a.competencyId());
            assertThat(a.label().dimensions().keySet()).as(a.id())
                    .containsExactlyInAnyOrderElementsOf(card.signals().stream().map(CompetencyCard.Signal::key).toList());
            List<CorpusAnswer.Span> spans = new ArrayList<>();
            a.label().dimensions().values().forEach(d -> {
                assertThat(d.score()).isBetween(0, 2);
                spans.addAll(d.evidence());
            });
            a.label().flags().forEach(f -> spans.addAll(f.evidence()));
            for (CorpusAnswer.Span s : spans) {
                assertThat(a.answer().substring(s.start(), s.end())).as(a.id()).isEqualTo(s.quote());
            }
        }
    }

    @Test
    void itHoldsTheClassesTheProtocolAsksFor() {
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> adversarial = new HashSet<>();
        for (CorpusAnswer a : all()) {
            kinds.merge(a.kind(), 1, Integer::sum);
            if (a.adversarial()) {
                adversarial.add(a.adversarialType());
            }
        }
        assertThat(kinds).containsKeys("plain_strong", "strong", "medium", "weak", "pair", "adversarial",
                "non_english", "garbage");
        assertThat(adversarial).contains("keyword_stuffing", "signal_list", "shuffled", "absurd_metric",
                "other_principle", "question_echo", "blame_others", "confident_vagueness");
    }

    static List<CorpusAnswer> all() {
        List<CorpusAnswer> out = new ArrayList<>();
        FILES.keySet().stream().sorted().forEach(f -> out.addAll(Corpus.read(ANSWERS.resolve(f + ".jsonl"))));
        return out;
    }
}
