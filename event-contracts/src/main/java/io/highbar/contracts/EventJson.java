package io.highbar.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping every producer and consumer of Highbar events uses, so both sides of a topic
 * agree byte for byte. Unknown fields are ignored: a newer producer may add fields (contracts extend, never rename).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    /** @throws tools.jackson.core.JacksonException when the text is not a valid {@code type} */
    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
