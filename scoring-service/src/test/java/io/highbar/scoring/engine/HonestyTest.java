package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.BASE;
import static io.highbar.scoring.engine.Fixtures.ENGINE;
import static io.highbar.scoring.engine.Fixtures.CARD;
import static io.highbar.scoring.engine.Fixtures.dim;
import static io.highbar.scoring.engine.Fixtures.flagged;
import static io.highbar.scoring.engine.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.Evaluation;

/** Scores that cannot be gamed: empty, short, off-topic, stuffed, padded, negated, non-impact numbers. */
class HonestyTest {

    static final String STRONG = "At my last company I owned the order history page. While reading an unrelated "
            + "alert, I noticed that the Platform team's webhook service was silently dropping about 0.3% of payment "
            + "events; it was not on my sprint and nobody had flagged it. I dug into the logs, traced the drops to a "
            + "retry handler that swallowed timeouts, and wrote a patch with regression tests. The Platform team "
            + "wanted to ship a quick workaround, but I pushed back and presented data showing we were losing about "
            + "$8K per week, which convinced their lead to delay the release by two days. After my fix, dropped "
            + "events fell from 0.3% to 0.01% and payment support tickets dropped by 40%. I also proposed an alert "
            + "on delivery rates so this class of failure is caught in future releases.";

    @Test
    void emptyAnswerScoresLowest() {
        Evaluation e = score("");
        assertThat(e.overall()).isEqualTo(1.0);
        assertThat(e.level()).isEqualTo("NONE");
        assertThat(e.score()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dont know",
        "I noticed it was not on my sprint, pushed back, wrote a patch and cut errors from 5% to 0.5%.",
        "I refused to accept the fix as-is and I insisted on a root cause analysis. Errors dropped by 30%."})
    void shortAnswersAreCapped(String answer) {
        Evaluation e = score(answer);
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
        assertThat(e.level()).isEqualTo("NONE");
        assertThat(e.summary()).contains("under 60 words");
    }

    @Test
    void offTopicStoryIsCapped() {
        Evaluation e = score("Last summer I planned a surprise birthday party for my sister. I booked a small "
                + "restaurant near the river, invited about thirty friends and asked everyone to arrive early. "
                + "I picked a chocolate cake from her favourite bakery and made a playlist of her favourite songs. "
                + "On the day it rained, so I moved the drinks inside and we danced until midnight. She was "
                + "completely surprised and said it was the best birthday she ever had, and I learned a lot.");
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
        assertThat(e.level()).isEqualTo("NONE");
    }

    @Test
    void noStoryIsCapped() {
        Evaluation e = score("Quality is important for every engineer. Teams should push back on low quality work "
                + "and insist on root cause analysis before shipping. Good engineers add automated tests, update "
                + "documentation and measure error rates, because customers notice defects. Standards matter more "
                + "than speed, and a strong culture of code review prevents regressions across services and keeps "
                + "releases safe for everyone who depends on them every single day.");
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
        assertThat(e.level()).isEqualTo("NONE");
    }

    @Test
    void hypotheticalAnswerIsNotAStory() {
        Evaluation e = score("If this happened to me, I would push back on the release and I would refuse to accept "
                + "the fix as-is. I would write a patch for the root cause, add automated tests and update the "
                + "documentation. I would convince stakeholders to delay the release by two days, and I would "
                + "expect error rates to drop from 5% to 0.5% and complaints to fall by 30% across teams.");
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
        assertThat(e.level()).isEqualTo("NONE");
    }

    @Test
    void keywordStuffingIsCapped() {
        String stuffed = "I noticed this wasn't on my sprint, nobody had flagged this issue, outside my team's "
                + "responsibility, I pushed back, I refused to accept the fix as-is, I insisted on a root cause "
                + "analysis, I wrote a patch, I added automated tests, I updated the documentation, reduced "
                + "complaints by 30%, cut error rates from 5% to 0.5%, I delayed the release by two days, I balanced "
                + "speed with testing, systemic change, I convinced stakeholders, I took ownership, I challenged "
                + "the team's assumptions, trade-offs, long-term, root cause.";
        Evaluation e = score(stuffed);
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
        assertThat(e.level()).isEqualTo("NONE");
    }

    @Test
    void listOfKeywordsIsCapped() {
        String list = "Pushed back\nRefused to accept\nRaised the bar\nQuality gap\nRoot cause\nNot my team\n"
                + "Nobody asked\nProactively improved\nI noticed it\nI wrote a patch\nI added tests\n"
                + "Reduced errors by 30%\nI convinced stakeholders\nI took ownership\nTrade-offs\nLong-term\n"
                + "I delayed the release by two days\nSaved $10K monthly\nCross-team\nMentored engineers";
        Evaluation e = score(list);
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
    }

    @Test
    void repeatedPhrasesAreCapped() {
        String rep = ("I pushed back on the release and I wrote a patch that reduced errors by 30%. ").repeat(8);
        Evaluation e = score(rep);
        assertThat(e.overall()).isLessThanOrEqualTo(1.5);
    }

    @Test
    void strongAnswerScoresHigh() {
        Evaluation e = score(STRONG);
        assertThat(e.overall()).isGreaterThanOrEqualTo(3.0);
        assertThat(e.verdict()).isIn("LEAN_HIRE", "STRONG_HIRE");
        assertThat(e.level()).isNotEqualTo("NONE");
        assertThat(e.flags()).extracting(Evaluation.Flag::key).doesNotContain("no_metrics", "manager_assigned",
                "we_without_i", "passive_voice");
    }

    @Test
    void paddingNeverRaisesTheScore() {
        String filler = " It was a busy time and there was a lot going on in the company. The office was "
                + "pleasant and the coffee machine on our floor was new. Everyone was friendly and the weather that "
                + "season was mild. The project had many moving parts, as projects at that company often did. ";
        String[] parts = STRONG.split("(?<=\\.) ");
        StringBuilder padded = new StringBuilder();
        for (String p : parts) {
            padded.append(p).append(filler);
        }
        Evaluation concise = score(STRONG);
        Evaluation longer = score(padded.toString());
        assertThat(longer.star().words()).isGreaterThan(2 * concise.star().words());
        assertThat(longer.score()).isLessThanOrEqualTo(concise.score());
        assertThat(longer.overall()).isLessThanOrEqualTo(concise.overall());
    }

    @Test
    void negatedSignalsAreNotCredited() {
        Evaluation e = score(BASE + "I did not push back on the timeline, and I never insisted on a root cause "
                + "analysis. I didn't write a patch either, and we never measured it. I should have refused to "
                + "accept the fix as-is.");
        assertThat(dim(e, "pushback").score()).isZero();
        assertThat(dim(e, "personal_actions").score()).isZero();
        assertThat(dim(e, "quantified_impact").score()).isZero();
    }

    @Test
    void datesAndTeamSizesAreNotImpact() {
        Evaluation e = score(BASE + "In March 2023, on version 2.4 of the service, I was on a team of 5 engineers. "
                + "At 3 pm on a Friday I noticed the retry change was not on my sprint, and over two sprints I wrote "
                + "a patch and added tests. The work took 3 weeks and 12 people reviewed it in 2024.");
        assertThat(dim(e, "quantified_impact").score()).isZero();
        assertThat(flagged(e, "no_metrics")).isTrue();
    }

    @Test
    void sameInputGivesByteIdenticalJson() {
        String first = EventJson.write(score(STRONG, "Amazon", "SENIOR"));
        for (int i = 0; i < 4; i++) {
            assertThat(EventJson.write(ENGINE.evaluate(CARD,
                    new ScoringRequest(CARD.headlineQuestion(), STRONG, "Amazon", "SENIOR")))).isEqualTo(first);
        }
    }

    @Test
    void lensAndTargetLevelShapeTheSummary() {
        Evaluation e = score(STRONG, "amazon", "STAFF");
        assertThat(e.company()).isEqualTo("Amazon");
        assertThat(e.targetLevel()).isEqualTo("STAFF");
        assertThat(e.summary()).contains("Amazon lens").contains("Staff Principal");
        Evaluation none = score(STRONG, "Unknown Corp", null);
        assertThat(none.company()).isNull();
    }

    @Test
    void starPacingIsReported() {
        Evaluation e = score(STRONG);
        assertThat(e.star().words()).isGreaterThan(100);
        assertThat(e.star().estimatedSeconds()).isEqualTo(Math.round(e.star().words() * 60 / 150f));
        assertThat(e.star().segments()).extracting(Evaluation.StarSegment::part).contains("ACTION", "RESULT");
        assertThat(e.star().pacing()).isNotBlank();
    }
}
