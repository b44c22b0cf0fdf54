package io.highbar.interview.story;

import java.time.Duration;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.story.StoryMapped;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps each mapping the scorer publishes with its story version. Redeliveries rewrite the same document. */
@Component
class StoryMappedListener {

    private final StoryService stories;

    StoryMappedListener(StoryService stories) {
        this.stories = stories;
    }

    @KafkaListener(id = "story-mapped", idIsGroup = false, topics = Topics.STORY_MAPPED)
    void onMapped(String json) {
        stories.recordMapping(EventJson.read(json, StoryMapped.class)).block(Duration.ofSeconds(30));
    }
}
