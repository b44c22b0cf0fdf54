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

    /** The facts of the last sentence of a passage, read with the sentences before it. */
    private static SentenceFacts last(String passage) {
        Analysis a = new Analysis(NLP.analyze(passage));
        return SentenceFacts.of(a, a.sentences().size() - 1);
    }

    @Test
    void sheOrHeStandingForTheCandidatesManagerAssignsTheWork() {
        assertThat(last("Our head chef pulled me aside after the lunch rush. She asked me to redo the prep list.")
                .assigned()).isTrue();
        assertThat(facts("My supervisor read the audit notes, and he told me to sort out the returns shelf.")
                .assigned()).isTrue();
        assertThat(last("A customer called about the broken lift. She asked me to check it.").assigned()).isFalse();
        assertThat(last("My manager introduced me to Priya from finance. She asked me for the figures.").assigned())
                .isFalse();
    }

    @Test
    void whatAnotherShouldHaveDoneIsAFaultLaidOnThem() {
        assertThat(facts("They should have logged the temperature readings before handover.").blame()).isTrue();
        assertThat(facts("I should have logged the temperature readings myself.").blame()).isFalse();
    }

    @Test
    void whatAnotherShouldNeverHaveDoneIsAFaultLaidOnThemToo() {
        assertThat(facts("They should never have released the batch.").blame()).isTrue();
        assertThat(facts("Their reviewers shouldn't have approved the order without a quote.").blame()).isTrue();
        assertThat(facts("I should not have approved the order without a quote.").blame()).isFalse();
        assertThat(facts("I should not have approved the order without a quote.").hypothetical()).isTrue();
    }

    @Test
    void sayingWhoseFaultItWasOwnsItOrLaysItOnOthers() {
        assertThat(facts("Honestly, that was the carrier's problem.").blame()).isTrue();
        assertThat(facts("It was really their fault, not ours.").blame()).isTrue();
        assertThat(facts("It wasn't my fault.").blame()).isTrue();
        assertThat(facts("The wrong dosage chart was my mistake.").reflection()).isTrue();
        assertThat(facts("The wrong dosage chart was my mistake.").blame()).isFalse();
        assertThat(facts("The landlord's problem was that nobody answered the phone.").blame()).isFalse();
        assertThat(facts("My job was to reconcile the ledgers every Friday.").blame()).isFalse();
    }

    @Test
    void sayingWhoAFailureWasOnOwnsItOrLaysItOnOthers() {
        assertThat(facts("Missing the cut-off was on me.").reflection()).isTrue();
        assertThat(facts("Missing the cut-off was on me.").blame()).isFalse();
        assertThat(facts("Honestly, the delay was on them.").blame()).isTrue();
        assertThat(facts("The delay wasn't on me.").blame()).isTrue();
        assertThat(facts("I put the invoices on them for review.").blame()).isFalse();
    }

    @Test
    void theCandidatesManagerAssigningTheWorkIsAssignment() {
        assertThat(facts("My manager asked me to take over the flaky pipeline.").assigned()).isTrue();
        assertThat(facts("Our lead told me to look into the failed deploys.").assigned()).isTrue();
        assertThat(facts("I was assigned the migration in March.").assigned()).isTrue();
    }

    /** The facts of sentence k of a passage. */
    private static SentenceFacts at(String passage, int k) {
        return SentenceFacts.of(new Analysis(NLP.analyze(passage)), k);
    }

    @Test
    void theCandidatesAuthorityIsRecognisedWhateverTheirTitleAndHoweverTheyAreNamed() {
        assertThat(facts("Our head of pharmacy asked me to audit the fridge logs.").assigned()).isTrue();
        assertThat(facts("Nadia, my shift supervisor, asked me to rebuild the rota.").assigned()).isTrue();
        assertThat(facts("The charge nurse wanted me to own the falls audit.").assigned()).isTrue();
        assertThat(last("My team leader, Ofelia, called me in on a Monday. Ofelia asked me to sort out the returns.")
                .assigned()).isTrue();
        assertThat(facts("The depot job was handed to me by my foreman.").assigned()).isTrue();
        assertThat(facts("Their operations manager, Dana, who runs the client's depot, asked me to send the logs.")
                .assigned()).isFalse();
    }

    @Test
    void aQuestionOrNewsToldToTheCandidateIsNotAnInstruction() {
        assertThat(facts("My manager asked me what had gone wrong.").assigned()).isFalse();
        assertThat(facts("My supervisor told me the freezer had failed overnight.").assigned()).isFalse();
        assertThat(facts("My supervisor told me to check the freezer log.").assigned()).isTrue();
    }

    @Test
    void workHandedOverOnceTheStoryHasPlayedOutIsRecognitionNotAssignment() {
        String started = "My director asked me to clear the returns shelf. I sorted the returns by supplier. I called "
                + "each supplier about their pallets. Two weeks later the shelf was clear.";
        String recognised = "I noticed the returns piling up. I sorted them by supplier. I called each supplier. Two "
                + "weeks later the shelf was clear. Then my director asked me to do the same at the other depot.";
        assertThat(at(started, 0).assigned()).isTrue();
        assertThat(at(recognised, 4).assigned()).isFalse();
    }

    @Test
    void peopleNamedByTheirRoleActAsOthers() {
        SentenceFacts pickers = facts("Most of my students had skipped the revision sheet.");
        assertThat(pickers.ownActions()).isZero();
        assertThat(pickers.otherActions()).isPositive();
        SentenceFacts clerk = facts("Tamsin, our ward clerk, rebuilt the booking sheet.");
        assertThat(clerk.ownActions()).isZero();
        assertThat(clerk.otherActions()).isPositive();
        SentenceFacts head = last("I ran the day shift. The head of the night shift rewrote the handover.");
        assertThat(head.ownActions()).isZero();
        assertThat(head.otherActions()).isPositive();
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
    void numbersSpelledOutInTheTeensAreNumbersToo() {
        assertThat(facts("Late deliveries went from seventeen a week to three.").outcomes()).isEqualTo(2);
        assertThat(facts("The roof repair was quoted at fourteen thousand dollars.").numbers()).isPositive();
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

    @Test
    void aPercentageOfAReferenceAmountMayPassAHundredWhereAShareOfAWholeMayNot() {
        assertThat(facts("I had the pager fire when a kitchen's waste passed 125% of its monthly median.").implausible())
                .isNull();
        assertThat(facts("The night shift packed 130% of the planned quota on its best week.").implausible()).isNull();
        assertThat(facts("By March, 130% of the night shift's pickers used the new scanner.").implausible()).isNotNull();
        assertThat(facts("Refunds were issued for 180% of them within a day.").implausible()).isNotNull();
    }

    @Test
    void aRateOrShareStatedAsALevelCannotPassAHundred() {
        assertThat(facts("After the new rota, patient satisfaction went to 260% on the ward survey.").implausible())
                .isNotNull();
        assertThat(facts("Our first-time pass rate reached about 130% by the spring.").implausible()).isNotNull();
        assertThat(facts("The stock forecast I built was 210% accurate over the holidays.").implausible()).isNotNull();
        assertThat(facts("After the new rota, patient satisfaction went up 26% on the ward survey.").implausible())
                .isNull();
        assertThat(facts("Pallet wrap pre-stretch was set to 150% on the old machine.").implausible()).isNull();
        assertThat(facts("Attendance reached 115% of the target the district had set.").implausible()).isNull();
    }

    @Test
    void aCountATimeOrACostBroughtBelowZeroIsImpossibleWhereATemperatureIsNot() {
        assertThat(facts("Late deliveries fell from 40 a week to negative six.").implausible()).isNotNull();
        assertThat(facts("The average wait at the desk went to minus 3 minutes.").implausible()).isNotNull();
        assertThat(facts("Chargebacks dropped below zero that quarter.").implausible()).isNotNull();
        assertThat(facts("Our hosting bill went from $9,000 a month to minus $40,000.").implausible()).isNotNull();
        assertThat(facts("The forecast said it would drop to minus 8 overnight.").implausible()).isNull();
        assertThat(facts("We chilled the samples to minus 20 before the drop test.").implausible()).isNull();
        assertThat(facts("A late fee pushed her account below zero.").implausible()).isNull();
        assertThat(facts("The tolerance was tightened to plus or minus 2 millimetres.").implausible()).isNull();
    }

    @Test
    void aHugeFactorIsImpossibleWhereAHugeCountOfRepetitionsIsNot() {
        assertThat(facts("The new index made the nightly report 40,000 times faster.").implausible()).isNotNull();
        assertThat(facts("The refund we won was worth 20,000 times our monthly budget.").implausible()).isNotNull();
        assertThat(facts("The tool earned back its price 60,000 times in a month.").implausible()).isNotNull();
        assertThat(facts("Throughput grew 30,000x once the cache was warm.").implausible()).isNotNull();
        assertThat(facts("My soak test opened and closed the valve 20,000 times over the weekend.").implausible())
                .isNull();
        assertThat(facts("The checkout page was loaded 3 million times on launch day.").implausible()).isNull();
        assertThat(facts("The scanner is triggered 15,000 times a day at the busiest dock.").implausible()).isNull();
    }

    @Test
    void aFactorIsReadFromWhatItComparesWithAndACountFromWhatItCounts() {
        assertThat(facts("The new label printer paid for itself 30,000 times over.").implausible()).isNotNull();
        assertThat(facts("After my change the queue drained 15,000 times quicker.").implausible()).isNotNull();
        assertThat(facts("The old report was 25,000 times as slow as the new one.").implausible()).isNotNull();
        assertThat(facts("Our partner's app hit the rate limit 12,000 times during the sale.").implausible()).isNull();
        assertThat(facts("The guide had been opened 40,000 times as of March.").implausible()).isNull();
        assertThat(facts("The alarm went off 11,000 times the following month.").implausible()).isNull();
        assertThat(facts("I imaged the weld at 50,000x magnification to find the crack.").implausible()).isNull();
        assertThat(facts("The sensor tripped 12,000 times that we could count.").implausible()).isNull();
        assertThat(facts("The campaign brought in 30,000 times its cost within a week.").implausible()).isNotNull();
    }

    @Test
    void anImpossibleNumberTheStoryCallsWrongIsWhatTheCandidateCaughtNotTheirClaim() {
        String shown = "The weekly dashboard showed 160% of our stores sending their counts on time. ";
        assertThat(first(shown + "Regional leads had quoted it for a year. I didn't believe it, so I pulled the raw "
                + "feed and found every late store counted twice.").implausible()).isNull();
        assertThat(first(shown + "Nobody questioned it. The feed turned out to be wrong for half the stores.")
                .implausible()).isNull();
        assertThat(first(shown + "Regional leads had quoted it for a year. I presented it at the quarterly review.")
                .implausible()).isNotNull();
        assertThat(first(shown + "We didn't have to buy the vendor's tool.").implausible()).isNotNull();
        assertThat(first(shown + "Regional leads had quoted it for a year. I presented it at the review. Later I "
                + "found it was wrong.").implausible()).isNotNull();
    }

    /** The facts of the first sentence of a passage, read with the sentences after it. */
    private static SentenceFacts first(String passage) {
        return SentenceFacts.of(new Analysis(NLP.analyze(passage)), 0);
    }
}
