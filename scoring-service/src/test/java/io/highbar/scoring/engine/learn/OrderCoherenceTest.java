package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import io.highbar.scoring.engine.read.Reading;

/**
 * The coherence inputs of the order model: a story introduces things before it refers back to them, its neighbouring
 * sentences share more words than its other pairs, it opens on its set-up, and the adjacency model's probability is
 * Tribuo's own.
 */
class OrderCoherenceTest {

    private static final String QUESTION = "Tell me about a problem you solved without being asked.";
    private static final String[] STORY = {
        "Last spring our clinic bought a new blood analyzer for the night shift.",
        "The analyzer kept failing on its first run after midnight.",
        "Those failed runs delayed every night result by about three hours.",
        "The delayed results pushed the morning ward rounds past noon.",
        "I traced the failures to a cold start and asked the vendor for a service visit.",
        "After the visit the night results came back within forty minutes again."};
    private static final int[] REORDERED = {3, 0, 5, 2, 4, 1};
    /** The story told in order from its fourth sentence on, then its start: most of its order is kept. */
    private static final int[] OPENS_MID_STORY = {3, 4, 5, 0, 1, 2};


    private static Reading read(int[] order) {
        StringBuilder text = new StringBuilder();
        for (int k : order) {
            text.append(text.isEmpty() ? "" : " ").append(STORY[k]);
        }
        return Readings.read(text.toString(), QUESTION);
    }

    private static Reading told() {
        return read(new int[] {0, 1, 2, 3, 4, 5});
    }

    @Test
    void aToldStoryIntroducesWhatItLaterRefersBackToAndAReorderedOneDoesNot() {
        assertThat(Order.definiteFirst(told())).isZero();
        // "the analyzer" now comes before "a new blood analyzer"
        assertThat(Order.definiteFirst(read(REORDERED))).isGreaterThan(0);
    }

    @Test
    void neighbouringSentencesOfAToldStoryShareMoreWordsThanReorderedOnes() {
        Order told = Order.of(told(), Readings.MODELS.position(), Adjacency.none());
        Order reordered = Order.of(read(REORDERED), Readings.MODELS.position(), Adjacency.none());

        assertThat(told.overlapLocal()).isGreaterThan(0);
        assertThat(told.overlapLocal()).isGreaterThan(reordered.overlapLocal());
    }

    @Test
    void aStoryThatOpensMidwayReadsALaterOpeningThanTheStoryToldFromItsStart() {
        Order told = Order.of(told(), Readings.MODELS.position(), Adjacency.none());
        Order midway = Order.of(read(OPENS_MID_STORY), Readings.MODELS.position(), Adjacency.none());

        assertThat(midway.openingGap()).isGreaterThan(told.openingGap());
        assertThat(midway.firstRank()).isGreaterThan(told.firstRank());
        assertThat(told.firstRank()).isBetween(0.0, 1.0);
        assertThat(told.openingGap()).isGreaterThanOrEqualTo(0);
        assertThat(told.closingGap()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void withoutAnAdjacencyModelTheLinksAreNotRead() {
        Order told = Order.of(told(), Readings.MODELS.position(), Adjacency.none());

        assertThat(told.linked()).isZero();
        assertThat(told.linkLift()).isZero();
        assertThat(told.weakLinks()).isZero();
        assertThat(told.orphanFirst()).isZero();
        assertThat(told.lastFollowed()).isZero();
        assertThat(told.firstLinkLift()).isZero();
        assertThat(told.chainGap()).isZero();
        assertThat(told.features().names()).doesNotContain("linked", "linkLift", "weakLinks", "orphanFirst",
                "lastFollowed", "firstLinkLift", "chainGap");
    }

    @Test
    void theAdjacencyProbabilityIsTribuosOnTheSamePair() {
        Reading r = told();
        List<Set<String>> words = Adjacency.contentWords(r);
        double[] placed = {0, 0.2, 0.4, 0.6, 0.8, 1};
        Model<Label> model = trained(r, words, placed);
        Adjacency adjacency = Adjacency.of(model);
        for (int i = 0; i < r.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                if (i != j) {
                    assertThat(adjacency.probability(r, words, placed, i, j))
                            .isCloseTo(Models.probability(model, Adjacency.pair(r, words, placed, i, j)), within(1e-6));
                }
            }
        }
        // what this model learned from the story: its neighbours follow each other better than its other pairs, and
        // its second sentence follows its first better than the others do
        Order told = Order.of(r, Readings.MODELS.position(), adjacency);
        assertThat(told.linkLift()).isGreaterThan(0);
        assertThat(told.firstLinkLift()).isGreaterThan(0);
        assertThat(told.orphanFirst()).isBetween(0.0, 1.0);
        assertThat(told.lastFollowed()).isBetween(0.0, 1.0);
        assertThat(told.chainGap()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aChainToldInItsBestOrderHasNoGapAndOneToldBackwardsHasOne() {
        // each sentence is likely to follow the one before it and unlikely to follow any other
        double[][] forwards = {{0, 0.9, 0.1}, {0.1, 0, 0.9}, {0.1, 0.1, 0}};
        double[][] backwards = {{0, 0.1, 0.1}, {0.9, 0, 0.1}, {0.1, 0.9, 0}};

        assertThat(Order.chainGap(forwards)).isZero();
        assertThat(Order.chainGap(backwards)).isCloseTo(Math.log(0.9) - Math.log(0.1), within(1e-9));
    }

    @Test
    void aPersonReferredToBeforeTheyAreNamedOrIntroducedReadsAsOutOfOrder() {
        String introduced = "Last spring our night lead, Marcus, asked me to cover the ward.";
        String pronoun = "He was short of two nurses that week.";
        String bare = "The next morning Marcus thanked me for the extra shift.";
        Reading told = Readings.read(String.join(" ", introduced, pronoun, "I took the shift.", bare), QUESTION);
        Reading pronounFirst = Readings.read(String.join(" ", pronoun, introduced, "I took the shift.", bare),
                QUESTION);
        Reading nameFirst = Readings.read(String.join(" ", bare, introduced, pronoun, "I took the shift."), QUESTION);

        assertThat(Order.pronounBeforeName(told)).isFalse();
        assertThat(Order.nameIntroducedLate(told)).isFalse();
        assertThat(Order.pronounBeforeName(pronounFirst)).isTrue();
        assertThat(Order.nameIntroducedLate(pronounFirst)).isFalse();
        assertThat(Order.nameIntroducedLate(nameFirst)).isTrue();
        assertThat(Order.of(nameFirst, Readings.MODELS.position(), Adjacency.none()).features().names())
                .contains("nameIntroducedLate");
    }

    /** Neighbours of the story ("1") against its other pairs ("0"). */
    private static Model<Label> trained(Reading r, List<Set<String>> words, double[] placed) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("pairs",
                OffsetDateTime.parse("2026-12-02T00:00:00Z"), labels), labels);
        for (int i = 0; i < r.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                if (i != j) {
                    FeatureRow row = Adjacency.pair(r, words, placed, i, j);
                    data.add(new ArrayExample<>(new Label(j == i + 1 ? "1" : "0"), row.names(), row.values()));
                }
            }
        }
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 100, data.size(), 1, 7L).train(data);
    }
}
