package io.highbar.scoring.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.text.Analysis;

/** Who acts, who assigned the work, what counts as an outcome: the linguistic facts the models weigh. */
class SentenceFactsTest {

    private static final Nlp NLP = new Nlp();

    private static SentenceFacts facts(String sentence) {
        return SentenceFacts.of(new Analysis(NLP.analyze(sentence)), 0);
    }

    @Test
    void theCandidatesManagerAssigningTheWorkIsAssignment() {
        assertThat(facts("My manager asked me to take over the flaky pipeline.").assigned()).isTrue();
        assertThat(facts("Our lead told me to look into the failed deploys.").assigned()).isTrue();
        assertThat(facts("I was assigned the migration in March.").assigned()).isTrue();
    }

    @Test
    void aCustomerOrUserWhoIsAManagerIsNotTheCandidatesManager() {
        assertThat(facts("The store manager told me the scanners kept freezing at the tills.").assigned()).isFalse();
        assertThat(facts("A product manager at our client complained about the export.").assigned()).isFalse();
        assertThat(facts("Their account manager asked me why invoices were late.").assigned()).isFalse();
    }

    @Test
    void anOwnerlessPassiveCountsAndOneThatNamesItsAgentDoesNot() {
        assertThat(facts("The problem was identified and fixed.").passives()).isPositive();
        assertThat(facts("Their release was approved by the vendor's security team.").passives()).isZero();
        assertThat(facts("I pushed back until the defect was fixed.").ownActions()).isPositive();
    }

    @Test
    void zeroHalvesAndCurrencyAreOutcomes() {
        assertThat(facts("After that we had zero stockouts for two months.").outcomes()).isPositive();
        assertThat(facts("It cut the waiting list in half, from 80 families to 40.").outcomes()).isPositive();
        assertThat(facts("That saved the clinic $40,000 a year.").outcomes()).isPositive();
    }

    @Test
    void theCandidateActingIsNotWeOrThem() {
        SentenceFacts we = facts("We rewrote the intake form together.");
        assertThat(we.weActions()).isPositive();
        assertThat(we.ownActions()).isZero();
        SentenceFacts they = facts("They blamed the courier for the delay.");
        assertThat(they.otherActions()).isPositive();
        assertThat(they.ownActions()).isZero();
        assertThat(facts("I did not check the logs.").negatedOwn()).isTrue();
    }

    @Test
    void anImpossibleNumberIsNamed() {
        assertThat(facts("Returns went down by 140% in a month.").implausible()).isNotNull();
        assertThat(facts("Satisfaction scores hit 312 out of 100.").implausible()).isNotNull();
        assertThat(facts("The labelling check saved the company $45 billion a year.").implausible()).isNotNull();
        assertThat(facts("Returns went down by 14% in a month.").implausible()).isNull();
        assertThat(facts("Sign-ups grew 240% after the launch.").implausible()).isNull();
    }
}
