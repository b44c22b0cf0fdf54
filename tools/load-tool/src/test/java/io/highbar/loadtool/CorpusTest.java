package io.highbar.loadtool;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {

    @Test
    void twentyRealisticAnswersStrongAndWeakOf150To400Words() {
        Corpus corpus = Corpus.load();

        assertThat(corpus.answers()).hasSize(20);
        assertThat(corpus.answers()).allSatisfy(a -> assertThat(a.words()).isBetween(150, 400));
        assertThat(corpus.answers()).filteredOn(Corpus.Answer::strong).hasSizeBetween(8, 12);
        assertThat(corpus.answers()).allSatisfy(a -> assertThat(a.text()).doesNotContain("===").doesNotStartWith("#"));
        assertThat(corpus.pick(new Random(1))).isIn(corpus.answers().stream().map(Corpus.Answer::text).toList());
    }

    @Test
    void aTypicalAnswerSubmittedIsTheSizeOfTheMedianAnswerPlusTheEnvelope() {
        Corpus corpus = Corpus.load();
        byte[] json = KafkaRoundTrip.typicalAnswerSubmitted(corpus);

        assertThat(new String(json)).startsWith("{\"answerId\":").contains("\"competencyId\":\"insist-on-highest-standards\"");
        assertThat(json.length).isBetween(corpus.typical().length() + 200, corpus.typical().length() + 500);
    }

    @Test
    void parsesTheFileFormat() {
        Corpus corpus = Corpus.parse("# comment\n=== strong\nline one\nline two\n=== weak\n# skipped\nthree\n");
        assertThat(corpus.answers()).containsExactly(
                new Corpus.Answer(true, "line one\nline two"), new Corpus.Answer(false, "three"));
    }
}
