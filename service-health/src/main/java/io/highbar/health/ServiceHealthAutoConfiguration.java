package io.highbar.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Registers the {@code kafka} and {@code mongo} health indicators of every Highbar service (the mongo one
 * under the bean name of Boot's, replacing it). Services put them in their readiness group, so readiness goes
 * DOWN while a store is unreachable and UP again after.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration")
public class ServiceHealthAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaAdmin.class)
    static class KafkaHealth {

        @Bean
        @ConditionalOnBean(KafkaAdmin.class)
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
            return new KafkaHealthIndicator(kafkaAdmin);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveMongoTemplate.class)
    static class MongoHealth {

        @Bean(name = "mongoHealthContributor")
        @ConditionalOnBean(ReactiveMongoTemplate.class)
        MongoPingHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
            return new MongoPingHealthIndicator(mongo);
        }
    }
}
