package io.highbar.scoring.worker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.story.StoryMapped;
import io.highbar.contracts.story.StorySaved;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.rubric.RubricRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Maps each saved story version against every card in use: the story is read once (its sentences embedded once) and
 * judged against each principle. The offset is committed only after the mapping is acknowledged by the broker, so a
 * crash maps the version again (deterministically) rather than loses it.
 */
@Component
public class StoryMappingListener {

    public static final String CONTAINER_ID = "story-mapping";
    public static final String GROUP = "scoring-service-story-mapping";

    private final ScoringEngine engine;
    private final RubricRegistry rubrics;
    private final org.springframework.kafka.core.KafkaTemplate<String, String> kafka;
    private final Clock clock;

    public StoryMappingListener(ScoringEngine engine, RubricRegistry rubrics,
                                org.springframework.kafka.core.KafkaTemplate<String, String> kafka, Clock clock) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.kafka = kafka;
        this.clock = clock;
    }

    /**
     * A consumer group of its own: the scoring group's members are the workers admins see and scale, and a story
     * being mapped never makes answers wait for a rebalance.
     */
    @KafkaListener(id = CONTAINER_ID, groupId = GROUP, topics = Topics.STORY_SAVED)
    public void onSaved(String json) throws Exception {
        StorySaved saved = EventJson.read(json, StorySaved.class);
        List<Evaluation> evaluations = engine.evaluateAgainst(rubrics.all(),
                new ScoringRequest(null, saved.text(), null, null));
        StoryMapped mapped = new StoryMapped(saved.storyId(), saved.ownerId(), saved.version(), evaluations,
                clock.instant());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.STORY_MAPPED, saved.storyId(),
                EventJson.write(mapped));
        record.headers().add(Topics.EVENT_TYPE_HEADER, StoryMapped.TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(30, TimeUnit.SECONDS);
    }
}
