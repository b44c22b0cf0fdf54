package io.highbar.scoring.faults;

/** Thrown on purpose for an answer carrying the configured marker (see {@link FaultInjectionProperties}). */
public class InjectedScoringFault extends RuntimeException {

    public InjectedScoringFault(String answerId) {
        super("injected scoring fault for answer " + answerId + " (highbar.faults.fail-answers-containing is set)");
    }
}
