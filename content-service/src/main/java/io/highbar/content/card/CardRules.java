package io.highbar.content.card;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The content half of the card schema: minimum sizes, unique keys, cross references between the card and its
 * rubric, cue syntax and value ranges. Works on the JSON tree and tolerates wrong shapes (those are reported by
 * {@link CardStructure}) so one pass reports every problem.
 */
final class CardRules {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final List<String> LEVELS = List.of("SDE1", "SDE2", "SENIOR", "STAFF");
    static final List<String> PREPARATION_MODES = List.of("STUDY", "DRILL", "MOCK");
    static final List<String> SCOPES = List.of("ANY", "OWN_TEAM", "CROSS_TEAM", "ORG");

    private static final Map<String, Integer> MINIMUM_ITEMS = minimumItems();

    private final JsonNode card;
    private final List<CardProblem> problems;

    private CardRules(JsonNode card, List<CardProblem> problems) {
        this.card = card;
        this.problems = problems;
    }

    /** @param expectedId the id the card must carry (its file name, or the id in the request URL) */
    static void check(JsonNode card, String expectedId, List<CardProblem> problems) {
        if (card.isObject()) {
            new CardRules(card, problems).checkAll(expectedId);
        }
    }

    private void checkAll(String expectedId) {
        checkId(expectedId);
        atLeast(card.path("version"), "$.version", 1);
        MINIMUM_ITEMS.forEach(this::minimumItems);
        examplePhrases();
        Set<String> signalKeys = uniqueKeys("$.signals", "key");
        Set<String> flagKeys = uniqueKeys("$.antiPatterns", "key");
        flagKeys.addAll(uniqueKeys("$.redFlags", "key", flagKeys, "$.antiPatterns"));
        uniqueKeys("$.companyLenses", "company");
        uniqueKeys("$.confusedWith", "competencyId");
        uniqueKeys("$.levels", "level");
        uniqueKeys("$.preparationModes", "mode");
        exactSet("$.levels", "level", LEVELS);
        exactSet("$.preparationModes", "mode", PREPARATION_MODES);
        followUpTargets(signalKeys);
        confusedWith();
        new RubricRules(card.path("rubric"), signalKeys, flagKeys, problems).check();
    }

    private void checkId(String expectedId) {
        JsonNode id = card.path("id");
        if (!id.isString() || id.stringValue().isBlank()) {
            return;
        }
        if (!SLUG.matcher(id.stringValue()).matches()) {
            problems.add(new CardProblem("$.id", "must be a slug of lowercase letters, digits and single hyphens,"
                    + " e.g. 'insist-on-highest-standards'"));
        } else if (expectedId != null && !expectedId.equals(id.stringValue())) {
            problems.add(new CardProblem("$.id", "is '" + id.stringValue() + "' but must be '" + expectedId
                    + "' (a card file is named <id>.json; an import URL names the card it replaces)"));
        }
    }

    private void minimumItems(String path, int minimum) {
        JsonNode array = at(path);
        if (array.isArray() && array.size() < minimum) {
            problems.add(new CardProblem(path, "must have at least " + minimum + (minimum == 1 ? " item" : " items")
                    + " (has " + array.size() + ")"));
        }
    }

    private void examplePhrases() {
        forEachElement("$.signals", (elementPath, element) -> {
            JsonNode phrases = element.path("examplePhrases");
            if (phrases.isArray() && phrases.isEmpty()) {
                problems.add(new CardProblem(elementPath + ".examplePhrases", "must have at least 1 item"));
            }
        });
    }

    private Set<String> uniqueKeys(String path, String field) {
        return uniqueKeys(path, field, Set.of(), null);
    }

    /** @param taken keys already used by {@code takenBy}; a repeat of those is a problem too */
    private Set<String> uniqueKeys(String path, String field, Set<String> taken, String takenBy) {
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> seen = new HashMap<>();
        forEachElement(path, (elementPath, element) -> {
            JsonNode key = element.path(field);
            if (!key.isString() || key.stringValue().isBlank()) {
                return;
            }
            String normalized = key.stringValue().toLowerCase(Locale.ROOT);
            if (seen.containsKey(normalized)) {
                problems.add(new CardProblem(elementPath + "." + field, "'" + key.stringValue()
                        + "' is used twice (also at " + seen.get(normalized) + "); must be unique"));
            } else if (taken.contains(key.stringValue())) {
                problems.add(new CardProblem(elementPath + "." + field, "'" + key.stringValue()
                        + "' is already a key in " + takenBy + "; rubric flags need unique keys across both"));
            } else {
                seen.put(normalized, elementPath);
                keys.add(key.stringValue());
            }
        });
        return keys;
    }

    private void exactSet(String path, String field, List<String> expected) {
        JsonNode array = at(path);
        if (!array.isArray()) {
            return;
        }
        Set<String> present = new LinkedHashSet<>();
        forEachElement(path, (elementPath, element) -> {
            JsonNode value = element.path(field);
            if (value.isString() && !expected.contains(value.stringValue())) {
                problems.add(new CardProblem(elementPath + "." + field, "'" + value.stringValue()
                        + "' is not one of " + String.join(", ", expected)));
            } else if (value.isString()) {
                present.add(value.stringValue());
            }
        });
        List<String> missing = expected.stream().filter(value -> !present.contains(value)).toList();
        if (!missing.isEmpty()) {
            problems.add(new CardProblem(path, "must be exactly " + String.join(", ", expected)
                    + "; missing " + String.join(", ", missing)));
        }
    }

    private void followUpTargets(Set<String> signalKeys) {
        forEachElement("$.followUps", (elementPath, element) -> {
            JsonNode target = element.path("targets");
            if (target.isString() && !target.stringValue().isBlank() && !signalKeys.contains(target.stringValue())) {
                problems.add(new CardProblem(elementPath + ".targets", "'" + target.stringValue()
                        + "' is not a signal key of this card; signal keys: " + String.join(", ", signalKeys)));
            }
        });
    }

    private void confusedWith() {
        String ownId = card.path("id").asString("");
        forEachElement("$.confusedWith", (elementPath, element) -> {
            JsonNode id = element.path("competencyId");
            if (!id.isString() || id.stringValue().isBlank()) {
                return;
            }
            if (!SLUG.matcher(id.stringValue()).matches()) {
                problems.add(new CardProblem(elementPath + ".competencyId", "'" + id.stringValue()
                        + "' is not a competency id: use a slug of lowercase letters, digits and single hyphens,"
                        + " e.g. 'deliver-results'"));
            } else if (id.stringValue().equals(ownId)) {
                problems.add(new CardProblem(elementPath + ".competencyId", "a card cannot be confused with itself"));
            }
        });
    }

    private void atLeast(JsonNode value, String path, int minimum) {
        if (value.isIntegralNumber() && value.asInt() < minimum) {
            problems.add(new CardProblem(path, "must be at least " + minimum + " (is " + value.asInt() + ")"));
        }
    }

    private void forEachElement(String path, ElementVisitor visitor) {
        JsonNode array = at(path);
        if (!array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                visitor.visit(CardPaths.index(path, i), array.get(i));
            }
        }
    }

    private JsonNode at(String path) {
        JsonNode node = card;
        for (String name : path.substring(2).split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    private static Map<String, Integer> minimumItems() {
        Map<String, Integer> minimums = new LinkedHashMap<>();
        minimums.put("$.whatItIsNot", 1);
        minimums.put("$.signals", 5);
        minimums.put("$.antiPatterns", 3);
        minimums.put("$.redFlags", 3);
        minimums.put("$.triggers.direct", 4);
        minimums.put("$.triggers.indirect", 4);
        minimums.put("$.recognitionKeywords", 1);
        minimums.put("$.confusedWith", 1);
        minimums.put("$.followUps", 3);
        minimums.put("$.companyLenses", 1);
        minimums.put("$.storyArchetypes", 2);
        minimums.put("$.storiesNotRecommended", 2);
        return minimums;
    }

    @FunctionalInterface
    interface ElementVisitor {
        void visit(String path, JsonNode element);
    }
}
