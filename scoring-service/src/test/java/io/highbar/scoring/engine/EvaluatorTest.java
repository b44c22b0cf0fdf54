package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.flagged;
import static io.highbar.scoring.engine.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.Evaluation;

/** What every evaluation promises, whatever the models learned: the checks, the evidence, the shape. */
class EvaluatorTest {

    static final String STORY = "Last spring I was the only pharmacist on nights at a 200-bed hospital. Two wards kept "
            + "running out of heparin flushes around 3 am, and nobody reported it because nurses just borrowed from "
            + "the next ward. It was not my job to set the cabinet levels, but I pulled six weeks of cabinet logs and "
            + "saw the levels had been set when the wards had half as many beds. I wrote to both nurse managers with "
            + "new levels and changed them myself once they agreed. The supply team first wanted to wait for the "
            + "yearly review, and I told them a missed flush can block a line, so waiting eleven months was not "
            + "acceptable. Stockouts went from about four a week to none in the next two months, and the nurses "
            + "saved around twenty minutes a night. I now check the cabinet logs every quarter.";

    @Test
    void anEmptyAnswerGetsTheLowestGradeAndNoLevel() {
        Evaluation e = score("");
        assertThat(e.overall()).isEqualTo(1.0);
        assertThat(e.verdict()).isEqualTo("STRONG_NO_HIRE");
        assertThat(e.level()).isEqualTo("NONE");
        assertThat(e.dimensions()).allSatisfy(d -> assertThat(d.score()).isZero());
    }

    @Test
    void anAnswerInAnotherLanguageIsNotScoredAndSaysWhy() {
        Evaluation e = score("El año pasado noté que los pedidos del almacén llegaban tarde porque nadie revisaba "
                + "las etiquetas. Revisé los registros de seis semanas, cambié el proceso con el equipo y los retrasos "
                + "bajaron de cuarenta a cinco por semana.");
        assertThat(e.scored()).isFalse();
        assertThat(e.verdict()).isEqualTo(Evaluation.NOT_SCORED);
        assertThat(e.notScored()).contains("English");
        assertThat(e.dimensions()).isEmpty();
        assertThat(e.flags()).isEmpty();
    }

    @Test
    void keyboardMashIsNotAnAnswer() {
        Evaluation e = score("asdkjh qwpoeiru zmxncb alskdj qpwoei zxmcnb");
        assertThat(e.overall()).isEqualTo(1.0);
        assertThat(e.summary()).contains("not an answer");
    }

    @Test
    void anImpossibleNumberIsFlaggedQuotedAndStopsTheAnswerAtLeanNoHire() {
        String answer = STORY.replace("Stockouts went from about four a week to none in the next two months",
                "Stockouts went down by 4,000,000% in the next two months");
        Evaluation e = score(answer);
        assertThat(e.flags()).filteredOn(f -> f.key().equals("implausible_metric")).singleElement()
                .satisfies(f -> assertThat(f.evidence().get(0).quote()).contains("4,000,000%"));
        assertThat(e.overall()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void evidenceIsTheCandidatesWordsAndOneSentenceDoesNotProveEveryDimension() {
        Evaluation e = score(STORY);
        Set<String> quoted = new HashSet<>();
        int shown = 0;
        for (Evaluation.DimensionScore d : e.dimensions()) {
            d.evidence().forEach(ev -> quoted.add(ev.quote()));
            shown += d.score() > 0 ? 1 : 0;
        }
        assertThat(shown).isGreaterThanOrEqualTo(2);
        assertThat(quoted).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theSameInputGivesByteIdenticalJson() {
        assertThat(EventJson.write(score(STORY, "Amazon", "SENIOR")))
                .isEqualTo(EventJson.write(score(STORY, "Amazon", "SENIOR")));
    }

    @Test
    void theFollowUpProbesTheWeakestDimensionItHasAProbeFor() {
        Evaluation e = score(STORY);
        int weakest = Fixtures.CARD.followUps().stream()
                .mapToInt(f -> Fixtures.dim(e, f.targets()).score()).min().orElseThrow();
        assertThat(Fixtures.dim(e, e.followUp().targets()).score()).isEqualTo(weakest);
    }

    @Test
    void aLensAndATargetLevelShapeTheSummary() {
        Evaluation e = score(STORY, "amazon", "staff");
        assertThat(e.company()).isEqualTo("Amazon");
        assertThat(e.targetLevel()).isEqualTo("STAFF");
        assertThat(e.summary()).contains("Amazon lens").contains("Staff Principal");
    }

    @Test
    void starShapeAndPacingAreReported() {
        Evaluation e = score(STORY);
        assertThat(e.star().words()).isGreaterThan(100);
        assertThat(e.star().segments()).isNotEmpty();
        assertThat(e.star().pacing()).isNotBlank();
    }

    @Test
    void aStoryForAnotherPrincipleStopsAtLeanNoHireAndNamesThePrincipleItShows() {
        String savings = "I run the front desk at a community clinic with six doctors. Our printer lease was up and the "
                + "vendor quoted fourteen thousand dollars for three new machines. Before signing I went through a "
                + "month of print logs and saw that two thirds of our pages were appointment reminders we already "
                + "sent by text. I asked the doctors whether patients needed the paper copy, and they agreed they "
                + "did not, so I switched the reminder template to text only. We kept the one old printer that still "
                + "worked, bought a six hundred dollar service kit for it, and returned the other two. Paper and toner "
                + "went from about nine hundred dollars a month to two hundred and fifty, and the money we kept paid "
                + "for an interpreter two mornings a week.";
        Evaluation asked = score(Fixtures.load("frugality"), savings, null, null);
        Evaluation other = score(Fixtures.load("hire-and-develop-the-best"), savings, null, null);
        assertThat(asked.flags()).extracting(Evaluation.Flag::key).doesNotContain("off_principle");
        assertThat(asked.fit().betterFitId()).isNull();
        assertThat(other.overall()).isLessThanOrEqualTo(2.0);
        assertThat(other.flags()).extracting(Evaluation.Flag::key).contains("off_principle");
        assertThat(other.fit().betterFitId()).isEqualTo("frugality");
    }

    @Test
    void everyEvaluationCarriesTheFitJudgement() {
        Evaluation e = score(STORY);
        assertThat(e.fit()).isNotNull();
        assertThat(e.fit().relevance()).isBetween(0.0, 1.0);
    }

    @Test
    void anAnswerThatSaysTheQuestionBackIsHeldAsOneThatTellsNoStoryAndIsToldSo() {
        Evaluation e = score("Pushing back on low-quality work, yes. There was a situation where I pushed back on "
                + "low-quality work, because low-quality work is work that should be pushed back on. The work was low "
                + "quality, so I pushed back on it, and pushing back on low-quality work is what I did in that "
                + "situation. Work that is low quality needs pushback, and pushing back on work like that is the "
                + "right thing to do. That is a situation where I pushed back on low-quality work.");
        assertThat(e.overall()).isLessThanOrEqualTo(Checks.NO_STORY_CAP);
        assertThat(e.summary()).contains("says the question back");
        assertThat(flagged(e, "no_story")).isTrue();
    }

    @Test
    void aListOfClaimsIsHeldAsOneThatTellsNoStoryAndIsToldSo() {
        Evaluation e = score("""
                - Refused to sign off on a release with two open P1 bugs.
                - Rewrote the team's code review checklist.
                - Caught a wrong figure in the CFO's board deck.
                - Zero Sev-1 incidents in my area for a year.
                - Sent back a vendor's build three times until it met spec.
                - Always hold the bar, even under deadline pressure.
                """);
        assertThat(e.overall()).isLessThanOrEqualTo(Checks.NO_STORY_CAP);
        assertThat(e.summary()).contains("list of claims");
    }

    @Test
    void aStoryToldInShortLinesIsNotHeldAsAListOfClaims() {
        String story = """
                Our night shift kept losing the handover notes for the dialysis patients.
                I asked the two charge nurses what they actually read at seven in the morning.
                They said only the fluid balance and the access site, nothing else.
                So I rewrote the handover sheet around those two boxes and one line for worries.
                I trialled it with my own patients for two weeks before asking anyone else.
                Missed handover items went from about four a week to none in the next month.
                The ward manager made it the standard sheet for the whole unit.
                """;
        assertThat(io.highbar.scoring.engine.read.ClaimList.of(story)).as("written in short lines").isTrue();
        Evaluation e = score(story);
        assertThat(e.summary()).doesNotContain("list of claims");
    }
}
