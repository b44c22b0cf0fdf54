package io.highbar.scoring.admin;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScoringAdminConfig {

    @Bean
    NewTopic scoringControlTopic() {
        return TopicBuilder.name(ControlCommand.TOPIC).partitions(1).config("retention.ms", "86400000").build();
    }
}
