package io.highbar.scoring.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.Rubric;
import io.highbar.contracts.card.RubricPublished;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.story.StoryMapped;
import io.highbar.contracts.story.StorySaved;
import io.highbar.infra.SharedTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import io.highbar.scoring.ScoringServiceTestBase;
import io.highbar.infra.TestIssuer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.kafka.support.KafkaHeaders;

/** scoring-service against a real Kafka broker: answers in, evaluations out, failures to the dead-letter topic. */
class ScoringWorkerTest extends ScoringServiceTestBase {

    static final String COMPETENCY = "insist-on-highest-standards";
    static final String ANSWER = "Last year I noticed our payment webhook retries were silently dropping about 0.3% "
            + "of events. It was not on my sprint and nobody had flagged it. I pulled a week of logs, found the root "
            + "cause in the retry backoff and pushed back on shipping the next release until it was fixed. I wrote "
            + "the patch myself and added automated tests for this class of bug. Dropped events fell from 0.3% to "
            + "0.01%, which saved about $8K a week in refunds.";

    @LocalServerPort
    int port;

    @Test
    void adminApisNeedAnAdminTokenAndHealthIsOpen() {
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        web.get().uri("/api/admin/scoring/workers").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/admin/scoring/workers")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.shared().token("candidate", "CANDIDATE"))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/admin/scoring/workers")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.shared().token("admin", "ADMIN"))
                .exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void aSubmittedAnswerIsScoredAndItsEvaluationPublishedUnderTheSessionKey() {
        AnswerSubmitted answer = answer(COMPETENCY, ANSWER);
        send(Topics.ANSWER_SUBMITTED, answer.sessionId(), EventJson.write(answer));

        ConsumerRecord<String, String> record = await(Topics.ANSWER_EVALUATED, answer.sessionId());
        AnswerEvaluated evaluated = EventJson.read(record.value(), AnswerEvaluated.class);
        assertThat(evaluated.answerId()).isEqualTo(answer.answerId());
        assertThat(evaluated.evaluation().competencyId()).isEqualTo(COMPETENCY);
        assertThat(evaluated.evaluation().dimensions()).extracting(d -> d.key())
                .contains("initiative", "pushback", "personal_actions", "quantified_impact");
        assertThat(evaluated.evaluation().rubricVersion()).isPositive();
        assertThat(utf8(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER))).isEqualTo(AnswerEvaluated.TYPE);
    }

    @Test
    void aSavedStoryIsMappedAgainstEveryCardInUseUnderTheStoryKey() {
        String storyId = UUID.randomUUID().toString();
        StorySaved saved = new StorySaved(storyId, "candidate", 3, "Webhook retries", ANSWER, Instant.now());
        send(Topics.STORY_SAVED, storyId, EventJson.write(saved));

        ConsumerRecord<String, String> record = await(Topics.STORY_MAPPED, storyId);
        StoryMapped mapped = EventJson.read(record.value(), StoryMapped.class);
        assertThat(mapped.version()).isEqualTo(3);
        assertThat(mapped.ownerId()).isEqualTo("candidate");
        assertThat(mapped.evaluations()).extracting(e -> e.competencyId()).hasSize(16).doesNotHaveDuplicates()
                .contains(COMPETENCY, "ownership", "frugality");
        assertThat(mapped.evaluations()).allSatisfy(e -> {
            assertThat(e.overall()).isBetween(1.0, 4.0);
            assertThat(e.fit()).isNotNull();
            e.dimensions().forEach(d -> d.evidence().forEach(ev ->
                    assertThat(ANSWER.substring(ev.start(), ev.end())).isEqualTo(ev.quote())));
        });
        assertThat(utf8(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER))).isEqualTo(StoryMapped.TYPE);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextAnswerIsStillScored() {
        String key = UUID.randomUUID().toString();
        send(Topics.ANSWER_SUBMITTED, key, "{this is not an answer");
        AnswerSubmitted next = answer(COMPETENCY, ANSWER, key);
        send(Topics.ANSWER_SUBMITTED, key, EventJson.write(next));

        ConsumerRecord<String, String> dead = await(Topics.ANSWER_SUBMITTED_DEAD_LETTER, key);
        assertThat(dead.value()).isEqualTo("{this is not an answer");
        assertThat(utf8(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))).startsWith("tools.jackson");
        assertThat(EventJson.read(await(Topics.ANSWER_EVALUATED, key).value(), AnswerEvaluated.class).answerId())
                .isEqualTo(next.answerId());
    }

    @Test
    void anAnswerThatCannotBeScoredIsDeadLetteredAfterBoundedRetries() {
        AnswerSubmitted answer = answer("no-such-competency", ANSWER);
        send(Topics.ANSWER_SUBMITTED, answer.sessionId(), EventJson.write(answer));

        ConsumerRecord<String, String> dead = await(Topics.ANSWER_SUBMITTED_DEAD_LETTER, answer.sessionId());
        assertThat(EventJson.read(dead.value(), AnswerSubmitted.class).answerId()).isEqualTo(answer.answerId());
        assertThat(utf8(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE))).contains("no rubric");
    }

    @Test
    void aRubricPublishedWhileRunningIsUsedForTheNextAnswerAndABadOneIsRefused() throws Exception {
        CompetencyCard bundled = bundledCard();
        CompetencyCard newer = withRubricVersion(bundled, 50);
        send(Topics.RUBRIC_PUBLISHED, COMPETENCY, EventJson.write(new RubricPublished(COMPETENCY, 50, newer, Instant.now())));
        // the rubric topic is read by its own consumer: the first answer scored after it was read uses it
        assertThat(scoreUntilRubricVersion(50)).isEqualTo(50);

        CompetencyCard broken = new CompetencyCard(bundled.id(), bundled.name(), bundled.company(), bundled.tagline(),
                bundled.headlineQuestion(), bundled.definition(), bundled.coreSignal(), bundled.companyFraming(),
                bundled.whatItIsNot(), null, bundled.depthTip(), bundled.antiPatterns(), bundled.redFlags(),
                bundled.triggers(), bundled.recognitionKeywords(), bundled.confusedWith(), bundled.followUps(),
                bundled.companyLenses(), bundled.levels(), bundled.storyArchetypes(), bundled.storiesNotRecommended(),
                bundled.prepAction(), bundled.keySignal(), bundled.topDisqualifier(), bundled.deliveryRedFlag(),
                bundled.preparationModes(), 51, withVersion(bundled.rubric(), 51));
        send(Topics.RUBRIC_PUBLISHED, COMPETENCY, EventJson.write(new RubricPublished(COMPETENCY, 51, broken, Instant.now())));
        send(Topics.RUBRIC_PUBLISHED, COMPETENCY, "{garbage");
        Thread.sleep(1500);
        assertThat(scoreOnce().evaluation().rubricVersion()).isEqualTo(50);
    }

    private int scoreUntilRubricVersion(int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int version;
        do {
            version = scoreOnce().evaluation().rubricVersion();
        } while (version != expected && System.nanoTime() < deadline);
        return version;
    }

    private AnswerEvaluated scoreOnce() {
        AnswerSubmitted answer = answer(COMPETENCY, ANSWER);
        send(Topics.ANSWER_SUBMITTED, answer.sessionId(), EventJson.write(answer));
        return EventJson.read(await(Topics.ANSWER_EVALUATED, answer.sessionId()).value(), AnswerEvaluated.class);
    }

    private static CompetencyCard bundledCard() throws Exception {
        try (InputStream in = ScoringWorkerTest.class.getResourceAsStream("/cards/" + COMPETENCY + ".json")) {
            return EventJson.mapper().readValue(in, CompetencyCard.class);
        }
    }

    private static CompetencyCard withRubricVersion(CompetencyCard c, int version) {
        return new CompetencyCard(c.id(), c.name(), c.company(), c.tagline(), c.headlineQuestion(), c.definition(),
                c.coreSignal(), c.companyFraming(), c.whatItIsNot(), c.signals(), c.depthTip(), c.antiPatterns(),
                c.redFlags(), c.triggers(), c.recognitionKeywords(), c.confusedWith(), c.followUps(),
                c.companyLenses(), c.levels(), c.storyArchetypes(), c.storiesNotRecommended(), c.prepAction(),
                c.keySignal(), c.topDisqualifier(), c.deliveryRedFlag(), c.preparationModes(), version,
                withVersion(c.rubric(), version));
    }

    private static Rubric withVersion(Rubric r, int version) {
        return new Rubric(version, r.signals(), r.flags(), r.lensWeights(), r.levels(), r.pacing(), r.topicCues());
    }

    private static AnswerSubmitted answer(String competencyId, String text) {
        return answer(competencyId, text, UUID.randomUUID().toString());
    }

    private static AnswerSubmitted answer(String competencyId, String text, String sessionId) {
        return new AnswerSubmitted(UUID.randomUUID().toString(), sessionId,
                competencyId + ".direct.1", "Describe a situation where you pushed back on low-quality work.",
                competencyId, text, null, null, Instant.now());
    }

    private static void send(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, String> await(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                Optional<ConsumerRecord<String, String>> found = java.util.stream.StreamSupport
                        .stream(consumer.poll(Duration.ofMillis(200)).spliterator(), false)
                        .filter(r -> key.equals(r.key())).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic);
    }

    private static String utf8(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
