package io.highbar.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param cardsLocation resource pattern of the card files loaded and validated at startup
 * @param maxCardSize   largest card body an admin may PUT; larger bodies are refused with 413
 */
@ConfigurationProperties("highbar.content")
public record ContentProperties(
        @DefaultValue("classpath:cards/*.json") String cardsLocation,
        @DefaultValue("256KB") DataSize maxCardSize) {
}
