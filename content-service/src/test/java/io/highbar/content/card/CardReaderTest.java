package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import io.highbar.content.TestCards;
import io.highbar.contracts.card.CompetencyCard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CardReaderTest {

    private static final String SOURCE = "cards/fixture-standards.json";

    private final CardReader reader = new CardReader();

    @Test
    void readsAValidCardWithEveryPart() {
        CompetencyCard card = reader.read(SOURCE, TestCards.bytes(TestCards.tree(TestCards.STANDARDS)), TestCards.STANDARDS);

        assertThat(card.id()).isEqualTo(TestCards.STANDARDS);
        assertThat(card.signals()).hasSize(6);
        assertThat(card.rubric().signals()).containsOnlyKeys(card.signals().stream().map(CompetencyCard.Signal::key).toList());
        assertThat(card.preparationModes()).extracting(CompetencyCard.PreparationMode::mode).containsExactly("STUDY", "DRILL", "MOCK");
    }

    @Test
    void namesFilePathAndReason() {
        InvalidCardException invalid = invalid(card -> signal(card, 2).putArray("examplePhrases"));

        assertThat(invalid.getMessage())
                .isEqualTo("cards/fixture-standards.json: $.signals[2].examplePhrases: must have at least 1 item");
    }

    @Test
    void collectsEveryProblemNotJustTheFirst() {
        InvalidCardException invalid = invalid(card -> {
            card.remove("definition");
            card.put("tagline", "  ");
            card.put("headlinQuestion", "typo");
            signal(card, 0).remove("whyItMatters");
            ((ArrayNode) card.get("antiPatterns")).remove(0);
            ((ObjectNode) card.get("rubric")).put("version", 0);
        });

        assertThat(invalid.problems()).containsExactlyInAnyOrder(
                new CardProblem("$.definition", "is required"),
                new CardProblem("$.tagline", "must not be blank"),
                new CardProblem("$.headlinQuestion", invalid.problems().stream()
                        .filter(p -> p.path().equals("$.headlinQuestion")).findFirst().orElseThrow().message()),
                new CardProblem("$.signals[0].whyItMatters", "is required"),
                new CardProblem("$.rubric.flags['manager-assigned']", "'manager-assigned' is not one of the card's"
                        + " anti-pattern and red-flag keys ($.antiPatterns[].key, $.redFlags[].key): "
                        + "no-individual-contribution, own-codebase-only, effort-without-impact,"
                        + " escalation-without-solution, passive-voice, vague-language, unclarified-we,"
                        + " no-quantified-impact, no-self-awareness"),
                new CardProblem("$.rubric.version", "must be at least 1 (is 0)"));
        assertThat(invalid.getMessage().lines()).hasSize(6).allMatch(line -> line.startsWith(SOURCE + ": $."));
    }

    @Test
    void rejectsUnknownFieldsAndSuggestsTheIntendedOne() {
        assertThat(problemsOf(card -> signal(card, 1).set("exampelPhrases", signal(card, 1).get("examplePhrases"))))
                .contains(new CardProblem("$.signals[1].exampelPhrases", "unknown field; did you mean 'examplePhrases'?"
                        + " allowed fields: key, title, description, examplePhrases, whyItMatters, commonMiss"));
    }

    @Test
    void checksTypes() {
        assertThat(problemsOf(card -> {
            card.put("version", "one");
            card.put("whatItIsNot", "not a list");
            card.putArray("signals").add("not an object");
            ((ObjectNode) card.get("rubric")).putObject("pacing").put("situationTaskSeconds", 1.5);
        })).contains(
                new CardProblem("$.version", "must be a whole number"),
                new CardProblem("$.whatItIsNot", "must be an array"),
                new CardProblem("$.signals[0]", "must be an object"),
                new CardProblem("$.rubric.pacing.situationTaskSeconds", "must be a whole number"),
                new CardProblem("$.rubric.pacing.actionShare", "is required"));
    }

    @Test
    void enforcesMinimumSizes() {
        assertThat(problemsOf(card -> {
            keepFirst(card, "signals", 4);
            keepFirst(card, "antiPatterns", 2);
            keepFirst(card, "redFlags", 2);
            keepFirst((ObjectNode) card.get("triggers"), "direct", 3);
            keepFirst((ObjectNode) card.get("triggers"), "indirect", 3);
            keepFirst(card, "followUps", 2);
            keepFirst(card, "companyLenses", 0);
            keepFirst(card, "storyArchetypes", 1);
            keepFirst(card, "storiesNotRecommended", 1);
        })).contains(
                new CardProblem("$.signals", "must have at least 5 items (has 4)"),
                new CardProblem("$.antiPatterns", "must have at least 3 items (has 2)"),
                new CardProblem("$.redFlags", "must have at least 3 items (has 2)"),
                new CardProblem("$.triggers.direct", "must have at least 4 items (has 3)"),
                new CardProblem("$.triggers.indirect", "must have at least 4 items (has 3)"),
                new CardProblem("$.followUps", "must have at least 3 items (has 2)"),
                new CardProblem("$.companyLenses", "must have at least 1 item (has 0)"),
                new CardProblem("$.storyArchetypes", "must have at least 2 items (has 1)"),
                new CardProblem("$.storiesNotRecommended", "must have at least 2 items (has 1)"));
    }

    @Test
    void requiresExactlyTheFourLevelsAndThreePreparationModes() {
        assertThat(problemsOf(card -> {
            ((ObjectNode) card.get("levels").get(3)).put("level", "PRINCIPAL");
            ((ObjectNode) card.get("preparationModes").get(2)).put("mode", "STUDY");
        })).contains(
                new CardProblem("$.levels[3].level", "'PRINCIPAL' is not one of SDE1, SDE2, SENIOR, STAFF"),
                new CardProblem("$.levels", "must be exactly SDE1, SDE2, SENIOR, STAFF; missing STAFF"),
                new CardProblem("$.preparationModes[2].mode", "'STUDY' is used twice (also at $.preparationModes[0]); must be unique"),
                new CardProblem("$.preparationModes", "must be exactly STUDY, DRILL, MOCK; missing MOCK"));
    }

    @Test
    void requiresUniqueKeysAcrossSignalsAndFlags() {
        assertThat(problemsOf(card -> {
            signal(card, 1).put("key", "beyond-scope");
            ((ObjectNode) card.get("redFlags").get(0)).put("key", "manager-assigned");
        })).contains(
                new CardProblem("$.signals[1].key", "'beyond-scope' is used twice (also at $.signals[0]); must be unique"),
                new CardProblem("$.redFlags[0].key", "'manager-assigned' is already a key in $.antiPatterns;"
                        + " rubric flags need unique keys across both"));
    }

    @Test
    void checksReferencesToSignalsAndOtherCompetencies() {
        assertThat(problemsOf(card -> {
            ((ObjectNode) card.get("followUps").get(0)).put("targets", "courage");
            ((ObjectNode) card.get("confusedWith").get(1)).put("competencyId", "Deliver Results");
            card.put("id", "Fixture Standards");
        })).contains(
                new CardProblem("$.followUps[0].targets", "'courage' is not a signal key of this card; signal keys: "
                        + "beyond-scope, pushed-back, personal-actions, quantified-impact, trade-offs, despite-resistance"),
                new CardProblem("$.confusedWith[1].competencyId", "'Deliver Results' is not a competency id: use a slug"
                        + " of lowercase letters, digits and single hyphens, e.g. 'deliver-results'"),
                new CardProblem("$.id", "must be a slug of lowercase letters, digits and single hyphens,"
                        + " e.g. 'insist-on-highest-standards'"));
    }

    @Test
    void requiresTheIdTheFileOrUrlNames() {
        InvalidCardException invalid = catchThrowableOfType(InvalidCardException.class,
                () -> reader.read(SOURCE, TestCards.bytes(TestCards.tree(TestCards.STANDARDS)), "ownership"));

        assertThat(invalid.problems()).containsExactly(new CardProblem("$.id", "is 'fixture-standards' but must be"
                + " 'ownership' (a card file is named <id>.json; an import URL names the card it replaces)"));
    }

    @Test
    void requiresARubricThatCoversExactlyTheCardsSignalsAndFlags() {
        assertThat(problemsOf(card -> {
            ObjectNode rubric = (ObjectNode) card.get("rubric");
            ((ObjectNode) rubric.get("signals")).remove("trade-offs");
            ((ObjectNode) rubric.get("signals")).set("courage", rubric.get("signals").get("pushed-back"));
            ((ObjectNode) rubric.get("flags")).remove("passive-voice");
        })).contains(
                new CardProblem("$.rubric.signals['trade-offs']".replace("['trade-offs']", ""),
                        "has no rule for trade-offs; every one of the card's signal keys ($.signals[].key) needs one"),
                new CardProblem("$.rubric.signals.courage", "'courage' is not one of the card's signal keys"
                        + " ($.signals[].key): beyond-scope, pushed-back, personal-actions, quantified-impact,"
                        + " trade-offs, despite-resistance"),
                new CardProblem("$.rubric.flags", "has no rule for passive-voice; every one of the card's anti-pattern"
                        + " and red-flag keys ($.antiPatterns[].key, $.redFlags[].key) needs one"));
    }

    @Test
    void requiresARubric() {
        assertThat(problemsOf(card -> card.remove("rubric"))).containsExactly(new CardProblem("$.rubric", "is required"));
    }

    @Test
    void checksCuesAndRubricNumbers() {
        assertThat(problemsOf(card -> {
            ObjectNode rubric = (ObjectNode) card.get("rubric");
            ObjectNode pushedBack = (ObjectNode) rubric.get("signals").get("pushed-back");
            pushedBack.putArray("cues").add("(pushed back|refused");
            pushedBack.put("weight", 0);
            ((ObjectNode) rubric.get("flags").get("vague-language")).put("penalty", 1.5);
            ((ObjectNode) rubric.get("lensWeights").get("Amazon")).put("trade-offs", -1);
            ((ObjectNode) rubric.get("lensWeights").get("Amazon")).put("speed", 1.1);
            ((ObjectNode) rubric.get("levels")).set("PRINCIPAL", rubric.get("levels").get("STAFF"));
            ((ObjectNode) rubric.get("levels").get("SDE1")).put("scope", "TEAM");
            ((ObjectNode) rubric.get("pacing")).put("wordsPerMinute", 0);
            ((ObjectNode) rubric.get("pacing")).put("actionShare", 1.5);
            ((ArrayNode) rubric.get("topicCues")).add("a||b");
        })).containsExactlyInAnyOrder(
                new CardProblem("$.rubric.signals['pushed-back'].cues[0]", "unclosed '(' at character 1 of cue '(pushed back|refused'"),
                new CardProblem("$.rubric.signals['pushed-back'].weight", "must be greater than 0 (is 0.0)"),
                new CardProblem("$.rubric.flags['vague-language'].penalty", "must be between 0 and 1 (is 1.5)"),
                new CardProblem("$.rubric.lensWeights.Amazon['trade-offs']", "must be greater than 0 (is -1.0)"),
                new CardProblem("$.rubric.lensWeights.Amazon.speed", "'speed' is not a signal key of this card;"
                        + " signal keys: beyond-scope, pushed-back, personal-actions, quantified-impact, trade-offs,"
                        + " despite-resistance"),
                new CardProblem("$.rubric.levels.PRINCIPAL", "'PRINCIPAL' is not one of SDE1, SDE2, SENIOR, STAFF"),
                new CardProblem("$.rubric.levels.SDE1.scope", "'TEAM' is not one of ANY, OWN_TEAM, CROSS_TEAM, ORG"),
                new CardProblem("$.rubric.pacing.wordsPerMinute", "must be greater than 0 (is 0.0)"),
                new CardProblem("$.rubric.pacing.actionShare", "must be a share greater than 0 and at most 1 (is 1.5)"),
                new CardProblem("$.rubric.topicCues[1]", "empty term before '|' at character 3 of cue 'a||b'"));
    }

    @Test
    void blameIsAFlagDetectorAndNotASignalOne() {
        ObjectNode card = TestCards.tree(TestCards.STANDARDS);
        ((ObjectNode) card.get("rubric").get("flags").get("effort-without-impact")).put("detector", "BLAME");
        assertThat(reader.read(SOURCE, TestCards.bytes(card), null).rubric().flags().get("effort-without-impact")
                .detector()).isEqualTo("BLAME");
        assertThat(problemsOf(c -> ((ObjectNode) c.get("rubric").get("signals").get("pushed-back"))
                .put("detector", "BLAME")))
                .extracting(CardProblem::path).containsExactly("$.rubric.signals['pushed-back'].detector");
    }

    @Test
    void fillsOptionalRubricPartsSoConsumersNeverSeeNull() {
        ObjectNode card = TestCards.tree(TestCards.STANDARDS);
        ObjectNode rubric = (ObjectNode) card.get("rubric");
        rubric.remove(List.of("lensWeights", "levels", "topicCues"));
        ((ObjectNode) rubric.get("signals").get("trade-offs")).remove("negativeCues");

        CompetencyCard read = reader.read(SOURCE, TestCards.bytes(card), null);

        assertThat(read.rubric().lensWeights()).isEmpty();
        assertThat(read.rubric().levels()).isEmpty();
        assertThat(read.rubric().topicCues()).isEmpty();
        assertThat(read.rubric().signals().get("trade-offs").negativeCues()).isEmpty();
    }

    @Test
    void refusesMalformedJsonAndRepeatedKeys() {
        assertThatThrownBy(() -> reader.read(SOURCE, "{\"id\": ".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedCardException.class)
                .hasMessageStartingWith(SOURCE + ": $: is not valid JSON at line 1, column 8");
        assertThatThrownBy(() -> reader.read(SOURCE, "{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedCardException.class)
                .hasMessageContaining("Duplicate Object property \"id\"");
        assertThatThrownBy(() -> reader.read(SOURCE, new byte[0], null))
                .isInstanceOf(MalformedCardException.class)
                .hasMessage(SOURCE + ": $: is empty; expected one JSON object");
    }

    private InvalidCardException invalid(Consumer<ObjectNode> change) {
        ObjectNode card = TestCards.tree(TestCards.STANDARDS);
        change.accept(card);
        return catchThrowableOfType(InvalidCardException.class,
                () -> reader.read(SOURCE, TestCards.bytes(card), TestCards.STANDARDS));
    }

    private List<CardProblem> problemsOf(Consumer<ObjectNode> change) {
        InvalidCardException invalid = invalid(change);
        assertThat(invalid).as("the changed card should be invalid").isNotNull();
        return invalid.problems();
    }

    private static ObjectNode signal(ObjectNode card, int index) {
        return (ObjectNode) card.get("signals").get(index);
    }

    private static void keepFirst(ObjectNode parent, String field, int count) {
        ArrayNode array = (ArrayNode) parent.get(field);
        while (array.size() > count) {
            array.remove(array.size() - 1);
        }
    }
}
