package io.highbar.scoring.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An answer written as a list of short lines, with bullets or without, and one that is not. */
class ClaimListTest {

    private static final String[] CLAIMS = {
        "Shipped the new checkout two weeks early.",
        "Mentored three new hires.",
        "Cut the monthly cloud bill by a fifth.",
        "Always bring data to planning.",
        "Ran the first blameless postmortem in the org.",
        "Never missed a quarterly goal."
    };

    @Test
    void shortClaimsOneUnderAnotherAreAList() {
        assertThat(ClaimList.of("- " + String.join("\n- ", CLAIMS))).isTrue();
        assertThat(ClaimList.of(String.join("\n", CLAIMS))).isTrue();
    }

    @Test
    void theSameClaimsInAParagraphAreNot() {
        assertThat(ClaimList.of(String.join(" ", CLAIMS))).isFalse();
    }

    @Test
    void aStoryInParagraphsAndAShortListAreNot() {
        String paragraph = "Our night shift kept losing handover notes, so I asked the two charge nurses what they "
                + "actually read at seven in the morning and rewrote the sheet around it.";
        assertThat(ClaimList.of(paragraph + "\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph + "\n\n"
                + paragraph)).isFalse();
        assertThat(ClaimList.of(String.join("\n", CLAIMS[0], CLAIMS[1], CLAIMS[2], CLAIMS[3]))).isFalse();
    }
}
