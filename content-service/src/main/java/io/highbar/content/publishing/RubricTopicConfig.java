package io.highbar.content.publishing;

import io.highbar.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class RubricTopicConfig {

    /** One partition keeps all rubric versions in order; compaction keeps the newest version of every card. */
    @Bean
    NewTopic rubricPublishedTopic() {
        return TopicBuilder.name(Topics.RUBRIC_PUBLISHED)
                .partitions(1)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }
}
