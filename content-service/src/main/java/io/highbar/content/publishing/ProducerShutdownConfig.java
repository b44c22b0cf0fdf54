package io.highbar.content.publishing;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProducerShutdownConfig {

    /** Closing the producer on SIGTERM waits at most 5 s for unsent records (default 30 s), broker or not. */
    static final int CLOSE_TIMEOUT_SECONDS = 5;

    @Bean
    DefaultKafkaProducerFactoryCustomizer boundedProducerClose() {
        return factory -> factory.setPhysicalCloseTimeout(CLOSE_TIMEOUT_SECONDS);
    }
}
