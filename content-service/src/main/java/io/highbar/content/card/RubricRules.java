package io.highbar.content.card;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** The rubric's rules: it covers exactly the card's signals and flags, its cues parse and its numbers make sense. */
final class RubricRules {

    private static final String PATH = "$.rubric";
    /** The scoring engine's general detectors (scoring-service/README-engine.md). */
    static final Set<String> SIGNAL_DETECTORS = Set.of("INITIATIVE", "PUSHBACK", "PERSONAL_ACTION",
            "QUANTIFIED_IMPACT", "TRADEOFF", "INFLUENCE", "SCOPE", "MENTORING", "CUSTOMER", "LEARNING", "DIVE_DEEP",
            "CUES");
    static final Set<String> FLAG_DETECTORS = Set.of("ASSIGNMENT", "COLLECTIVE_ONLY", "PASSIVE_VOICE",
            "VAGUE_LANGUAGE", "NO_METRICS", "ESCALATION_ONLY", "OWN_SCOPE_ONLY", "EFFORT_ONLY", "NO_SELF_AWARENESS",
            "BLAME", "CUES");

    private final JsonNode rubric;
    private final Set<String> signalKeys;
    private final Set<String> flagKeys;
    private final List<CardProblem> problems;

    RubricRules(JsonNode rubric, Set<String> signalKeys, Set<String> flagKeys, List<CardProblem> problems) {
        this.rubric = rubric;
        this.signalKeys = signalKeys;
        this.flagKeys = flagKeys;
        this.problems = problems;
    }

    void check() {
        if (!rubric.isObject()) {
            return;
        }
        JsonNode version = rubric.path("version");
        if (version.isIntegralNumber() && version.asInt() < 1) {
            problems.add(new CardProblem(PATH + ".version", "must be at least 1 (is " + version.asInt() + ")"));
        }
        sameKeys("signals", signalKeys, "signal keys ($.signals[].key)");
        sameKeys("flags", flagKeys, "anti-pattern and red-flag keys ($.antiPatterns[].key, $.redFlags[].key)");
        forEachEntry(rubric.path("signals"), PATH + ".signals", this::signalRule);
        forEachEntry(rubric.path("flags"), PATH + ".flags", this::flagRule);
        cues(rubric.path("topicCues"), PATH + ".topicCues");
        forEachEntry(rubric.path("lensWeights"), PATH + ".lensWeights", this::lensWeights);
        forEachEntry(rubric.path("levels"), PATH + ".levels", this::levelRule);
        pacing(rubric.path("pacing"), PATH + ".pacing");
    }

    private void sameKeys(String field, Set<String> expected, String expectedName) {
        JsonNode rules = rubric.path(field);
        if (!rules.isObject()) {
            return;
        }
        Set<String> present = new TreeSet<>(rules.propertyNames());
        for (String key : present) {
            if (!expected.contains(key)) {
                problems.add(new CardProblem(CardPaths.field(PATH + "." + field, key), "'" + key
                        + "' is not one of the card's " + expectedName + ": " + String.join(", ", expected)));
            }
        }
        List<String> missing = expected.stream().filter(key -> !present.contains(key)).toList();
        if (!missing.isEmpty()) {
            problems.add(new CardProblem(PATH + "." + field, "has no rule for " + String.join(", ", missing)
                    + "; every one of the card's " + expectedName + " needs one"));
        }
    }

    private void signalRule(String path, String key, JsonNode rule) {
        JsonNode weight = rule.path("weight");
        if (weight.isNumber() && weight.asDouble() <= 0) {
            problems.add(new CardProblem(path + ".weight", "must be greater than 0 (is " + weight.asDouble() + ")"));
        }
        knownDetector(path, rule, SIGNAL_DETECTORS, "signal");
        detectable(path, rule);
    }

    private void flagRule(String path, String key, JsonNode rule) {
        JsonNode penalty = rule.path("penalty");
        if (penalty.isNumber() && (penalty.asDouble() < 0 || penalty.asDouble() > 1)) {
            problems.add(new CardProblem(path + ".penalty", "must be between 0 and 1 (is " + penalty.asDouble() + ")"));
        }
        knownDetector(path, rule, FLAG_DETECTORS, "flag");
        detectable(path, rule);
    }

    private void knownDetector(String path, JsonNode rule, Set<String> known, String kind) {
        JsonNode detector = rule.path("detector");
        if (detector.isString() && !detector.stringValue().isBlank() && !known.contains(detector.stringValue())) {
            problems.add(new CardProblem(path + ".detector", "'" + detector.stringValue() + "' is not a " + kind
                    + " detector; use one of " + String.join(", ", new TreeSet<>(known))));
        }
    }

    private void detectable(String path, JsonNode rule) {
        JsonNode cues = rule.path("cues");
        boolean hasDetector = rule.path("detector").isString() && !rule.path("detector").stringValue().isBlank();
        if (cues.isArray() && cues.isEmpty() && !hasDetector) {
            problems.add(new CardProblem(path + ".cues", "must have at least 1 item when no detector is named"));
        }
        cues(cues, path + ".cues");
        cues(rule.path("negativeCues"), path + ".negativeCues");
    }

    private void cues(JsonNode cues, String path) {
        if (!cues.isArray()) {
            return;
        }
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).isString() && !cues.get(i).stringValue().isBlank()) {
                String elementPath = CardPaths.index(path, i);
                CueSyntax.problem(cues.get(i).stringValue())
                        .ifPresent(problem -> problems.add(new CardProblem(elementPath, problem)));
            }
        }
    }

    private void lensWeights(String path, String company, JsonNode weights) {
        forEachEntry(weights, path, (weightPath, signal, weight) -> {
            if (!signalKeys.contains(signal)) {
                problems.add(new CardProblem(weightPath, "'" + signal
                        + "' is not a signal key of this card; signal keys: " + String.join(", ", signalKeys)));
            }
            if (weight.isNumber() && weight.asDouble() <= 0) {
                problems.add(new CardProblem(weightPath, "must be greater than 0 (is " + weight.asDouble() + ")"));
            }
        });
    }

    private void levelRule(String path, String level, JsonNode rule) {
        if (!CardRules.LEVELS.contains(level)) {
            problems.add(new CardProblem(path, "'" + level + "' is not one of " + String.join(", ", CardRules.LEVELS)));
        }
        JsonNode scope = rule.path("scope");
        if (scope.isString() && !CardRules.SCOPES.contains(scope.stringValue())) {
            problems.add(new CardProblem(path + ".scope", "'" + scope.stringValue() + "' is not one of "
                    + String.join(", ", CardRules.SCOPES)));
        }
        // a level may also require a general detector the card has no signal for (e.g. MENTORING at Staff)
        forEachEntry(rule.path("minScores"), path + ".minScores", (scorePath, signal, score) -> {
            if (!signalKeys.contains(signal) && !SIGNAL_DETECTORS.contains(signal)) {
                problems.add(new CardProblem(scorePath, "'" + signal + "' is neither a signal key of this card ("
                        + String.join(", ", signalKeys) + ") nor a signal detector"));
            }
            if (score.isIntegralNumber() && (score.asInt() < 0 || score.asInt() > 2)) {
                problems.add(new CardProblem(scorePath, "must be between 0 and 2 (is " + score.asInt() + ")"));
            }
        });
    }

    private void pacing(JsonNode pacing, String path) {
        positive(pacing.path("situationTaskSeconds"), path + ".situationTaskSeconds");
        positive(pacing.path("wordsPerMinute"), path + ".wordsPerMinute");
        JsonNode actionShare = pacing.path("actionShare");
        if (actionShare.isNumber() && (actionShare.asDouble() <= 0 || actionShare.asDouble() > 1)) {
            problems.add(new CardProblem(path + ".actionShare", "must be a share greater than 0 and at most 1 (is "
                    + actionShare.asDouble() + ")"));
        }
    }

    private void positive(JsonNode value, String path) {
        if (value.isNumber() && value.asDouble() <= 0) {
            problems.add(new CardProblem(path, "must be greater than 0 (is " + value.asDouble() + ")"));
        }
    }

    private static void forEachEntry(JsonNode map, String path, EntryVisitor visitor) {
        if (!map.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            if (entry.getValue().isObject() || entry.getValue().isNumber()) {
                visitor.visit(CardPaths.field(path, entry.getKey()), entry.getKey(), entry.getValue());
            }
        }
    }

    @FunctionalInterface
    private interface EntryVisitor {
        void visit(String path, String key, JsonNode value);
    }
}
