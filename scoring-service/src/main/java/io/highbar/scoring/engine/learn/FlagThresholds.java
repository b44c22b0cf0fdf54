package io.highbar.scoring.engine.learn;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The flag probability at which a flag is raised: one for every flag, and one of its own for a detector whose flags
 * the model scores on another scale, where training found that raises flags with a better F1 on waves it did not
 * choose them on. One flag model judges every detector's flags, and its probabilities need not mean the same for each:
 * the flags a card names by its own cues were raised 2 times of the 587 they were labelled on the spent test waves.
 *
 * @param at         the threshold of every flag whose detector has none of its own
 * @param byDetector the threshold of each detector that has one, by the rubric's detector name
 */
public record FlagThresholds(double at, Map<String, Double> byDetector) {

    /** The property holding {@link #at}; each detector's is under this name, a dot and the detector's. */
    static final String PROPERTY = "flag";

    public FlagThresholds {
        byDetector = Map.copyOf(byDetector);
    }

    /** One threshold for every flag. */
    public static FlagThresholds of(double at) {
        return new FlagThresholds(at, Map.of());
    }

    /** The threshold of a flag found by this detector. */
    public double at(String detector) {
        return byDetector.getOrDefault(detector, at);
    }

    /** Whether a flag found by this detector with probability p is raised on an answer of this shape. */
    public boolean raises(String detector, double p, AnswerShape shape) {
        return p >= at(detector) && !ruledOut(detector, shape);
    }

    /**
     * Whether a flag is ruled out whatever its probability: "no metrics" says the result goes unmeasured, so an
     * answer that measures an outcome where it tells its result cannot raise it. A number in the situation ("200
     * users", "three weeks late") does not rule it out: that is the telling labellers flag most.
     */
    public static boolean ruledOut(String detector, AnswerShape shape) {
        return detector.equals("NO_METRICS") && shape.closingOutcomes() > 0;
    }

    static FlagThresholds read(Properties thresholds) {
        Map<String, Double> byDetector = new TreeMap<>();
        for (String name : thresholds.stringPropertyNames()) {
            if (name.startsWith(PROPERTY + ".")) {
                byDetector.put(name.substring(PROPERTY.length() + 1), Double.parseDouble(thresholds.getProperty(name)));
            }
        }
        return new FlagThresholds(Double.parseDouble(thresholds.getProperty(PROPERTY, "0.5")), byDetector);
    }

    /** The lines of {@code thresholds.properties} that {@link #read} reads back. */
    public String write() {
        StringBuilder out = new StringBuilder(PROPERTY + "=" + at + "\n");
        new TreeMap<>(byDetector).forEach((detector, value) ->
                out.append(PROPERTY).append('.').append(detector).append('=').append(value).append('\n'));
        return out.toString();
    }
}
