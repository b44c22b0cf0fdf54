package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.Conduct;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.training.Learners.Example;

/**
 * The examples of the conduct model ({@link Conduct}): each English sentence of a labelled answer against each kind of
 * conduct its card can flag, "1" where the labeller quoted it for a flag of that kind. A card without a flag of the
 * kind gives no example of it, since its labeller could not have raised one. Blame and work handed over are also
 * learned from same-story pairs ({@link #pairConduct}), and blame, which few cards flag, from the quotes in answers
 * written to blame others ({@link #blameQuoted}) too. Models are fitted with or without one
 * fold of waves, so the later stages read every answer with a model that never saw its wave.
 */
final class ConductTraining {

    /** The corpus's adversarial answers written to put a failure on others. */
    static final String BLAME_OTHERS = "blame_others";

    /**
     * The conduct kind whose telling a pair respect's worse telling adds: blame where the better one owns the mistake,
     * the work handed over where the better one took it up unasked.
     */
    static final Map<String, String> TOLD_BY_PAIRS = Map.of("owned_vs_blame", Conduct.BLAME, "self_vs_assigned",
            Conduct.ASSIGNMENT);

    private final List<CorpusAnswer> answers;
    private final List<List<Example<String>>> byAnswer;

    private ConductTraining(List<CorpusAnswer> answers, List<List<Example<String>>> byAnswer) {
        this.answers = answers;
        this.byAnswer = byAnswer;
    }

    static ConductTraining of(List<CorpusAnswer> answers, List<Reading> readings, Map<String, CardIndex> indexes) {
        Map<String, Integer> variants = new java.util.HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String key = variantKey(answers.get(i), false);
            if (key != null && variants.put(key, i) != null) {
                throw new IllegalArgumentException("two answers are the " + key + " telling of one story");
            }
        }
        List<List<Example<String>>> byAnswer = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            List<Example<String>> examples = examples(a, readings.get(i), indexes.get(a.competencyId()));
            String twinKey = variantKey(a, true);
            Integer twin = twinKey == null ? null : variants.get(twinKey);
            if (twin != null) {
                examples.addAll(pairConduct(a, readings.get(i), readings.get(twin)));
            }
            examples.addAll(blameQuoted(a, readings.get(i), indexes.get(a.competencyId())));
            byAnswer.add(examples);
        }
        return new ConductTraining(answers, byAnswer);
    }

    /** "story/variant" of a pair's better or worse telling, or of its twin's; null for any other answer. */
    private static String variantKey(CorpusAnswer a, boolean twin) {
        if (a.pair() == null || a.storyId() == null) {
            return null;
        }
        String variant = a.pair().variant();
        if (!"better".equals(variant) && !"worse".equals(variant)) {
            return null;
        }
        return a.storyId() + "/" + (twin == "better".equals(variant) ? "worse" : "better");
    }

    /**
     * Conduct learned from same-story pairs rather than from quotes alone: the worse telling of an owned-mistake story
     * puts the failure on others, that of a self-initiated one has the work handed over, and the sentences it does not
     * share with the better telling are where it does so. Each sentence of a labelled English pair answer whose twin
     * is read is an example of the kind its respect is about ({@link #TOLD_BY_PAIRS}): "1" for those sentences, "0"
     * for the rest, so the model learns the conduct against the same story told without it. A pair about something
     * else teaches neither kind: its story may well be one a manager handed over, told the same way in both tellings.
     */
    static List<Example<String>> pairConduct(CorpusAnswer a, Reading r, Reading twin) {
        List<Example<String>> out = new ArrayList<>();
        String kind = TOLD_BY_PAIRS.get(a.pair().respect());
        if (kind == null || a.label().overall() == null || r.language().kind() != Language.Kind.ENGLISH
                || twin.language().kind() != Language.Kind.ENGLISH || twin.size() == 0) {
            return out;
        }
        Set<String> shared = new HashSet<>();
        for (int k = 0; k < twin.size(); k++) {
            shared.add(twin.sentence(k).strip());
        }
        int q = Conduct.KINDS.indexOf(kind);
        boolean telling = "worse".equals(a.pair().variant());
        for (int k = 0; k < r.size(); k++) {
            boolean differs = telling && !shared.contains(r.sentence(k).strip());
            out.add(new Example<>(Conduct.sentence(r.embedding(k), q).compact(), differs ? "1" : "0"));
        }
        return out;
    }

    /**
     * Blame as labellers quoted it in answers written to put a failure on others: where the card has no flag for
     * blame, its labeller could not name it, so the sentences quoted for any flag of such an answer are where it blames
     * (or waits for others, or sees nothing to change in itself, the conduct that comes with it). The rest of the
     * answer gives no example either way: a blaming story blames in more sentences than a labeller quotes.
     */
    static List<Example<String>> blameQuoted(CorpusAnswer a, Reading r, CardIndex card) {
        List<Example<String>> out = new ArrayList<>();
        if (!BLAME_OTHERS.equals(a.adversarialType()) || a.label().overall() == null || a.label().flags() == null
                || r.language().kind() != Language.Kind.ENGLISH
                || card.flags().stream().anyMatch(f -> f.detector().equals(Conduct.BLAME))) {
            return out;
        }
        List<CorpusAnswer.Span> spans = new ArrayList<>();
        a.label().flags().stream().filter(f -> f.evidence() != null).forEach(f -> spans.addAll(f.evidence()));
        int q = Conduct.KINDS.indexOf(Conduct.BLAME);
        for (int k = 0; k < r.size(); k++) {
            if (Trainer.overlaps(r.span(k), spans)) {
                out.add(new Example<>(Conduct.sentence(r.embedding(k), q).compact(), "1"));
            }
        }
        return out;
    }

    private static List<Example<String>> examples(CorpusAnswer a, Reading r, CardIndex card) {
        List<Example<String>> out = new ArrayList<>();
        if (a.label().overall() == null || r.language().kind() != Language.Kind.ENGLISH) {
            return out;
        }
        for (int q = 0; q < Conduct.KINDS.size(); q++) {
            String kind = Conduct.KINDS.get(q);
            Set<String> keys = new HashSet<>();
            card.flags().stream().filter(f -> f.detector().equals(kind)).forEach(f -> keys.add(f.key()));
            if (keys.isEmpty()) {
                continue;
            }
            List<CorpusAnswer.Span> spans = new ArrayList<>();
            if (a.label().flags() != null) {
                a.label().flags().stream()
                        .filter(f -> keys.contains(Trainer.canonicalFlag(f.key())) && f.evidence() != null)
                        .forEach(f -> spans.addAll(f.evidence()));
            }
            for (int k = 0; k < r.size(); k++) {
                out.add(new Example<>(Conduct.sentence(r.embedding(k), q).compact(),
                        Trainer.overlaps(r.span(k), spans) ? "1" : "0"));
            }
        }
        return out;
    }

    /** The model fitted on every wave but those of one fold; all of them when {@code without} is negative. */
    Model<Label> model(String source, int without) {
        return Learners.classifier("conduct", source, examples(without), 10);
    }

    String summary() {
        List<Example<String>> all = examples(-1);
        return all.size() + " sentence x kind examples, " + all.stream().filter(e -> e.output().equals("1")).count()
                + " quoted for a flag or told in a pair";
    }

    private List<Example<String>> examples(int without) {
        List<Example<String>> out = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (Trainer.fold(answers.get(i)) != without) {
                out.addAll(byAnswer.get(i));
            }
        }
        return out;
    }
}
