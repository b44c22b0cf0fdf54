package io.highbar.content.card;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.highbar.contracts.card.CompetencyCard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape half of the card schema, derived from the contract records themselves so the schema can never
 * drift from {@link CompetencyCard}: every field has the declared JSON type, required fields are present and
 * strings are not blank, and unknown fields are rejected (a typo such as {@code "exampelPhrases"} would
 * otherwise silently drop content).
 */
final class CardStructure {

    /** Rubric parts a card may leave out; they are filled with an empty list or map so consumers never see null. */
    private static final Set<String> OPTIONAL = Set.of(
            "SignalRule.detector", "SignalRule.negativeCues",
            "FlagRule.detector", "FlagRule.negativeCues",
            "Rubric.lensWeights", "Rubric.levels", "Rubric.topicCues");

    private CardStructure() {
    }

    static void check(JsonNode card, List<CardProblem> problems) {
        checkValue(card, CompetencyCard.class, CardPaths.ROOT, problems);
    }

    private static void checkValue(JsonNode node, Type type, String path, List<CardProblem> problems) {
        if (type == String.class) {
            if (!node.isString()) {
                problems.add(new CardProblem(path, "must be a string"));
            } else if (node.stringValue().isBlank()) {
                problems.add(new CardProblem(path, "must not be blank"));
            }
        } else if (type == int.class || type == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problems.add(new CardProblem(path, "must be a whole number"));
            }
        } else if (type == double.class || type == Double.class) {
            if (!node.isNumber()) {
                problems.add(new CardProblem(path, "must be a number"));
            }
        } else if (type instanceof Class<?> recordType && recordType.isRecord()) {
            checkRecord(node, recordType, path, problems);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            checkList(node, generic.getActualTypeArguments()[0], path, problems);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            checkMap(node, generic.getActualTypeArguments()[1], path, problems);
        } else {
            throw new IllegalStateException("card schema has no rule for " + type + " at " + path);
        }
    }

    private static void checkRecord(JsonNode node, Class<?> recordType, String path, List<CardProblem> problems) {
        if (!node.isObject()) {
            problems.add(new CardProblem(path, "must be an object"));
            return;
        }
        RecordComponent[] components = recordType.getRecordComponents();
        Set<String> allowed = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(new CardProblem(CardPaths.field(path, name), unknownFieldMessage(name, allowed)));
            }
        }
        for (RecordComponent component : components) {
            String childPath = CardPaths.field(path, component.getName());
            JsonNode child = node.get(component.getName());
            if (child == null || child.isNull()) {
                if (isOptional(recordType, component)) {
                    fillEmpty((ObjectNode) node, component);
                } else {
                    problems.add(new CardProblem(childPath, "is required"));
                }
            } else {
                checkValue(child, component.getGenericType(), childPath, problems);
            }
        }
    }

    private static void checkList(JsonNode node, Type elementType, String path, List<CardProblem> problems) {
        if (!node.isArray()) {
            problems.add(new CardProblem(path, "must be an array"));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String elementPath = CardPaths.index(path, i);
            if (element.isNull()) {
                problems.add(new CardProblem(elementPath, "must not be null"));
            } else {
                checkValue(element, elementType, elementPath, problems);
            }
        }
    }

    private static void checkMap(JsonNode node, Type valueType, String path, List<CardProblem> problems) {
        if (!node.isObject()) {
            problems.add(new CardProblem(path, "must be an object"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String entryPath = CardPaths.field(path, entry.getKey());
            if (entry.getKey().isBlank()) {
                problems.add(new CardProblem(entryPath, "key must not be blank"));
            } else if (entry.getValue().isNull()) {
                problems.add(new CardProblem(entryPath, "must not be null"));
            } else {
                checkValue(entry.getValue(), valueType, entryPath, problems);
            }
        }
    }

    private static boolean isOptional(Class<?> recordType, RecordComponent component) {
        return OPTIONAL.contains(recordType.getSimpleName() + "." + component.getName());
    }

    private static void fillEmpty(ObjectNode node, RecordComponent component) {
        Class<?> type = component.getType();
        if (type == List.class) {
            node.putArray(component.getName());
        } else if (type == Map.class) {
            node.putObject(component.getName());
        }
    }

    private static String unknownFieldMessage(String name, Set<String> allowed) {
        String suggestion = allowed.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(name.toLowerCase(), candidate.toLowerCase())))
                .filter(candidate -> editDistance(name.toLowerCase(), candidate.toLowerCase()) <= 3)
                .map(candidate -> "did you mean '" + candidate + "'? ")
                .orElse("");
        return "unknown field; " + suggestion + "allowed fields: " + String.join(", ", allowed);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
