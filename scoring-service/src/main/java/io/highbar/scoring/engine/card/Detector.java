package io.highbar.scoring.engine.card;

/**
 * The detector vocabulary rubric blocks use ({@code SignalRule.detector}, {@code FlagRule.detector}).
 * See {@code scoring-service/README-engine.md}.
 */
public enum Detector {
    // signal detectors
    INITIATIVE(true, false),
    PUSHBACK(true, false),
    PERSONAL_ACTION(true, false),
    QUANTIFIED_IMPACT(true, false),
    TRADEOFF(true, false),
    INFLUENCE(true, false),
    SCOPE(true, false),
    MENTORING(true, false),
    CUSTOMER(true, false),
    LEARNING(true, false),
    DIVE_DEEP(true, false),
    /** Card cues only, no general detector (signal or flag). */
    CUES(true, true),
    // flag detectors
    ASSIGNMENT(false, true),
    COLLECTIVE_ONLY(false, true),
    PASSIVE_VOICE(false, true),
    VAGUE_LANGUAGE(false, true),
    NO_METRICS(false, true),
    ESCALATION_ONLY(false, true),
    OWN_SCOPE_ONLY(false, true),
    EFFORT_ONLY(false, true),
    NO_SELF_AWARENESS(false, true),
    /** A failure put on others or on circumstances. */
    BLAME(false, true);

    private final boolean signal;
    private final boolean flag;

    Detector(boolean signal, boolean flag) {
        this.signal = signal;
        this.flag = flag;
    }

    public boolean isSignal() {
        return signal;
    }

    public boolean isFlag() {
        return flag;
    }

    /** Signals credited only when the candidate ("I") acts; the others accept results told as "we" or "it". */
    public boolean needsPersonalActor() {
        return switch (this) {
            case QUANTIFIED_IMPACT, SCOPE, CUSTOMER, LEARNING, CUES -> false;
            default -> true;
        };
    }

    public static Detector parse(String name, boolean forSignal) {
        Detector d;
        try {
            d = valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown detector: " + name);
        }
        if (forSignal ? !d.isSignal() : !d.isFlag()) {
            throw new IllegalArgumentException("detector " + name + " cannot be used for a "
                    + (forSignal ? "signal" : "flag"));
        }
        return d;
    }
}
