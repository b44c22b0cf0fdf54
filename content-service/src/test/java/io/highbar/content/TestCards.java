package io.highbar.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.highbar.contracts.EventJson;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.node.ObjectNode;

/** The fixture cards under {@code src/test/resources/test-cards}, as mutable JSON trees. */
public final class TestCards {

    public static final String STANDARDS = "fixture-standards";
    public static final String FRUGALITY = "fixture-frugality";
    public static final String LOCATION = "classpath:test-cards/*.json";

    private TestCards() {
    }

    public static ObjectNode tree(String id) {
        try (InputStream in = new ClassPathResource("test-cards/" + id + ".json").getInputStream()) {
            return (ObjectNode) EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete valid card with another id, e.g. for imports that must not disturb the fixtures. */
    public static ObjectNode withId(String id, int version) {
        ObjectNode card = tree(STANDARDS);
        card.put("id", id);
        card.put("version", version);
        return card;
    }

    public static byte[] bytes(ObjectNode card) {
        return EventJson.mapper().writeValueAsBytes(card);
    }
}
