package io.highbar.scoring.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain-Java tokenizer gives the ids Hugging Face's tokenizer (DJL 0.36.0, the one langchain4j uses with this
 * model) gave for the same text: the sentence model sees exactly what it was trained on.
 */
class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER = load();

    private static WordPieceTokenizer load() {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader()
                .getResourceAsStream(SentenceEncoder.TOKENIZER_RESOURCE)) {
            return WordPieceTokenizer.fromTokenizerJson(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I pushed back on the release until error rates fell from 5% to 0.5%.|101 1045 3724 2067 2006 1996 2713 2127 7561 6165 3062 2013 1019 1003 2000 1014 1012 1019 1003 1012 102",
        "Café naïve résumé — “quoted” $8K/week|101 7668 15743 13746 1517 1523 9339 1524 1002 1022 2243 1013 2733 102",
        "我们的团队在2023年发布了新功能。|101 1855 100 1916 100 100 100 16798 2509 1840 100 100 100 1862 100 100 1636 102",
        "Unbelievably, the re-architected pipeline's throughput doubled.|101 4895 8671 2666 3567 6321 1010 1996 2128 1011 4944 2098 13117 1005 1055 2083 18780 11515 1012 102"})
    void givesTheReferenceTokenizersIds(String text, String ids) {
        int[] expected = java.util.Arrays.stream(ids.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(TOKENIZER.encode(text, SentenceEncoder.MAX_TOKENS)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({"200", "1000"})
    void aLongSentenceKeepsItsFirstWordPiecesAndEndsWithSep(int words) {
        int[] ids = TOKENIZER.encode("word ".repeat(words), SentenceEncoder.MAX_TOKENS);
        assertThat(ids).hasSize(SentenceEncoder.MAX_TOKENS);
        assertThat(ids[0]).isEqualTo(WordPieceTokenizer.CLS);
        assertThat(ids[ids.length - 1]).isEqualTo(WordPieceTokenizer.SEP);
    }
}
