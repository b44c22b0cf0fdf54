package io.highbar.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.cue.CuePattern;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.nlp.Sentence;

class CuePatternTest {

    static final Nlp NLP = new Nlp();

    static boolean matches(String cue, String sentence) {
        Sentence s = NLP.analyze(sentence).sentences().get(0);
        return CuePattern.compile(cue, NLP::tokenize).matchesAny(s);
    }

    @Test
    void wordsMatchCaseInsensitivelyOnConsecutiveTokens() {
        assertThat(matches("pushed back", "I PUSHED BACK on it.")).isTrue();
        assertThat(matches("pushed back", "I pushed it back.")).isFalse();
    }

    @Test
    void prefixWildcardsAndAlternatives() {
        assertThat(matches("prioriti*", "We prioritized quality.")).isTrue();
        assertThat(matches("(pushed|pushing|push) back", "I was pushing back hard.")).isTrue();
        assertThat(matches("(refus*|declin*) to", "I declined to sign off.")).isTrue();
        assertThat(matches("(was not|wasn't) on my sprint", "This was not on my sprint.")).isTrue();
    }

    @Test
    void singleTokenAndGaps() {
        assertThat(matches("reduced _ by", "It reduced errors by 30%.")).isTrue();
        assertThat(matches("reduced _ by", "It reduced the errors by 30%.")).isFalse();
        assertThat(matches("reduced ... by", "It reduced the nightly errors by 30%.")).isTrue();
        assertThat(matches("reduced ... by", "It reduced the number of nightly batch errors by 30%.")).isFalse();
    }

    @Test
    void posTags() {
        assertThat(matches("by <NUM> %", "Errors fell by 30 %.")).isTrue();
        assertThat(matches("i <VERB>", "I wrote a patch.")).isTrue();
        assertThat(matches("the <ADJ> fix", "I refused the quick fix.")).isTrue();
    }

    @Test
    void contractionsAreTokenizedLikeAnswers() {
        assertThat(matches("wasn't on my sprint", "I noticed this wasn't on my sprint.")).isTrue();
        assertThat(matches("wasn't on my sprint", "I noticed this wasn\u2019t on my sprint.")).isTrue();
        assertThat(CuePattern.compile("nobody asked me", NLP::tokenize).containsNegation()).isTrue();
    }

    @Test
    void invalidCuesAreRejected() {
        assertThatThrownBy(() -> CuePattern.compile("(unbalanced", NLP::tokenize))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CuePattern.compile("optional (word)?", NLP::tokenize))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CuePattern.compile("   ", NLP::tokenize))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
