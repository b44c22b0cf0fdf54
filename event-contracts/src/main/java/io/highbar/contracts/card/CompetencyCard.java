package io.highbar.contracts.card;

import java.util.List;

/**
 * A competency card: everything a candidate studies and everything the scorer scores against.
 * JSON keys are a public contract (GET /api/competencies/{id}); extend, never rename.
 */
public record CompetencyCard(
        String id,
        String name,
        String company,
        String tagline,
        String headlineQuestion,
        String definition,
        String coreSignal,
        String companyFraming,
        List<String> whatItIsNot,
        List<Signal> signals,
        String depthTip,
        List<AntiPattern> antiPatterns,
        List<RedFlag> redFlags,
        Triggers triggers,
        List<String> recognitionKeywords,
        List<ConfusedWith> confusedWith,
        List<FollowUpProbe> followUps,
        List<CompanyLens> companyLenses,
        List<LevelBar> levels,
        List<StoryArchetype> storyArchetypes,
        List<StoryNotRecommended> storiesNotRecommended,
        String prepAction,
        String keySignal,
        String topDisqualifier,
        String deliveryRedFlag,
        List<PreparationMode> preparationModes,
        int version,
        Rubric rubric) {

    public record Signal(String key, String title, String description, List<String> examplePhrases,
                         String whyItMatters, String commonMiss) {
    }

    public record AntiPattern(String key, String title, String quote, String why, String detection, String fix) {
    }

    public record RedFlag(String key, String title, String quote, String why, String fix) {
    }

    public record Triggers(List<String> direct, List<String> indirect) {
    }

    public record ConfusedWith(String competencyId, String distinction) {
    }

    /** @param targets the signal key this probe digs into */
    public record FollowUpProbe(String question, String probes, String targets, String weakAnswer, String weakWhy,
                                String strongAnswer, String strongTakeaway) {
    }

    public record CompanyLens(String company, String title, String framing, String signal, String exampleQuestion,
                              String whatElevates) {
    }

    /** @param level SDE1, SDE2, SENIOR or STAFF; {@code title} is the human label ("Senior SDE") */
    public record LevelBar(String level, String title, String bar, String antiPattern) {
    }

    public record StoryArchetype(String title, String why, String example, List<String> alsoCovers) {
    }

    public record StoryNotRecommended(String title, String why) {
    }

    /** @param mode STUDY, DRILL or MOCK */
    public record PreparationMode(String mode, String title, String description) {
    }
}
