package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.contracts.evaluation.Evaluation.Evidence;
import io.highbar.contracts.evaluation.Evaluation.Flag;

/**
 * Scores an answer against a competency card. Plain Java: no Spring, Kafka or HTTP. Thread-safe.
 * First cut for the event spine: credits a signal when a first-person sentence shares words with the
 * signal's example phrases; the rubric engine replaces this with the full detector set.
 */
public final class ScoringEngine {

    public static final String VERSION = "0.1.0";

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|my|me)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    public Evaluation evaluate(CompetencyCard card, ScoringRequest request) {
        String answer = request.answer();
        List<DimensionScore> dimensions = new ArrayList<>();
        for (CompetencyCard.Signal signal : card.signals()) {
            List<Evidence> evidence = new ArrayList<>();
            Matcher m = SENTENCE.matcher(answer);
            while (m.find()) {
                String sentence = m.group();
                if (FIRST_PERSON.matcher(sentence).find() && sharesWords(sentence, signal.examplePhrases())) {
                    evidence.add(new Evidence(m.start(), m.end(), sentence));
                }
            }
            int score = Math.min(2, evidence.size());
            dimensions.add(new DimensionScore(signal.key(), signal.title(), score, evidence,
                    score == 0 ? signal.commonMiss() : signal.whyItMatters()));
        }
        List<Flag> flags = new ArrayList<>();
        if (!NUMBER.matcher(answer).find()) {
            card.redFlags().stream().filter(f -> f.key().equals("no_metrics")).findFirst().ifPresent(f ->
                    flags.add(new Flag(f.key(), f.title(), "RED_FLAG",
                            List.of(new Evidence(0, answer.length(), answer)), f.fix())));
        }
        double mean = dimensions.stream().mapToInt(DimensionScore::score).average().orElse(0);
        int score = (int) Math.round(mean / 2 * 100);
        double overall = Math.round((1 + mean * 1.5) * 10) / 10.0;
        String verdict = Evaluation.Verdict.values()[Math.min(3, (int) Math.floor(overall) - 1)].name();
        return new Evaluation(card.id(), overall, verdict, score, "NONE", dimensions, flags,
                new Evaluation.Star(words(answer), words(answer) * 60 / 150, List.of(), ""),
                null, "", request.company(), request.targetLevel(),
                card.rubric() == null ? card.version() : card.rubric().version(), VERSION);
    }

    private static boolean sharesWords(String sentence, List<String> phrases) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            long shared = List.of(phrase.toLowerCase(Locale.ROOT).split("\\W+")).stream()
                    .filter(w -> w.length() > 4 && lower.contains(w)).count();
            if (shared >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
