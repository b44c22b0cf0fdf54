package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CueSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"pushed back", "I (pushed back|refused) (to ship|on shipping)", "((a|b) c|d)", "escalated .* waited"})
    void acceptsBalancedCuesWithTerms(String cue) {
        assertThat(CueSyntax.problem(cue)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "(pushed back;unclosed '(' at character 1",
            "pushed back);unbalanced ')' at character 12",
            "I ();empty term before ')' at character 4",
            "(a|);empty term before ')' at character 4",
            "a||b;empty term before '|' at character 3",
            "|a;empty term before '|' at character 1",
            "a|;empty term at the end"})
    void reportsWhereACueBreaks(String cue, String expected) {
        assertThat(CueSyntax.problem(cue)).hasValueSatisfying(problem -> assertThat(problem).contains(expected));
    }
}
