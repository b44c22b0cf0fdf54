package io.highbar.content.card;

import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns card JSON into a {@link CompetencyCard}, or explains everything wrong with it. Card files and admin
 * imports go through the same checks.
 */
@Component
public class CardReader {

    /** Strict on input (a repeated key is an error, not "last one wins"); output goes through {@link EventJson}. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * @param source     names the card in problems, e.g. {@code cards/ownership.json}
     * @param expectedId the id the card must have; {@code null} when any id will do
     * @throws MalformedCardException when the bytes are not one JSON object
     * @throws InvalidCardException   with every problem found when the card breaks the schema
     */
    public CompetencyCard read(String source, byte[] json, String expectedId) {
        JsonNode tree = parse(source, json);
        List<CardProblem> problems = new ArrayList<>();
        CardStructure.check(tree, problems);
        CardRules.check(tree, expectedId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCardException(source, problems);
        }
        return EventJson.mapper().treeToValue(tree, CompetencyCard.class);
    }

    private static JsonNode parse(String source, byte[] json) {
        if (json.length == 0) {
            throw new MalformedCardException(source, "is empty; expected one JSON object", null);
        }
        try {
            JsonNode tree = STRICT.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedCardException(source, "is empty; expected one JSON object", null);
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new MalformedCardException(source, "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
