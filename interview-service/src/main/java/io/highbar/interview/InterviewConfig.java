package io.highbar.interview;

import io.highbar.interview.session.store.SessionStore;
import io.highbar.interview.session.store.StoreMigration;
import io.highbar.interview.story.StoryService;
import java.time.Clock;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InterviewConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ApplicationRunner storeSetUp(SessionStore store, StoreMigration migration, StoryService stories) {
        return args -> store.createIndexes().then(migration.migrate()).then(stories.createIndexes()).block();
    }
}
