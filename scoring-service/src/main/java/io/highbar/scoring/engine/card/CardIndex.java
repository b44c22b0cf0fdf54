package io.highbar.scoring.engine.card;

import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.Rubric;
import io.highbar.scoring.engine.embed.SentenceEncoder;

/**
 * A card's own words, embedded once per card version: what each signal sounds like when shown (its description,
 * example phrases and the strong answers to its follow-ups) and when missed (its common miss, the weak answers),
 * what each flag sounds like (its quote), each level's bar, and the principle as a whole. The learned models compare
 * an answer's sentences with these, so their weights hold for any card, including one imported at runtime.
 */
public final class CardIndex {

    /** One signal's exemplars; {@code detector} is the rubric's general detector name (its kind of signal). */
    public record SignalBank(CompetencyCard.Signal signal, String detector, double weight, float[][] shown,
                             float[][] missed) {
    }

    /**
     * One flag's exemplars; {@code detector} is the rubric's detector name, or NO_STORY / OFF_PRINCIPLE for the
     * flags every card shares ({@link GeneralFlags}).
     */
    public record FlagBank(String key, String title, String kind, String fix, String detector, float[][] quote,
                           float[][] fixed) {
    }

    public record LevelBank(String level, float[] bar) {
    }

    private final CompetencyCard card;
    private final List<SignalBank> signals;
    private final List<FlagBank> flags;
    private final List<LevelBank> levels;
    private final float[][] topic;
    private final float[] topicCentroid;

    private CardIndex(CompetencyCard card, List<SignalBank> signals, List<FlagBank> flags, List<LevelBank> levels,
                      float[][] topic) {
        this.card = card;
        this.signals = signals;
        this.flags = flags;
        this.levels = levels;
        this.topic = topic;
        this.topicCentroid = Centroid.of(topic);
    }

    public static CardIndex of(CompetencyCard card, SentenceEncoder encoder) {
        Rubric rubric = card.rubric();
        if (rubric == null) {
            throw new IllegalArgumentException("card " + card.id() + " has no rubric");
        }
        Texts texts = new Texts();
        List<int[]> shownRanges = new ArrayList<>();
        List<int[]> missedRanges = new ArrayList<>();
        for (CompetencyCard.Signal s : nonNull(card.signals())) {
            if (rubric.signals() == null || rubric.signals().get(s.key()) == null) {
                throw new IllegalArgumentException("rubric has no rule for signal " + s.key());
            }
            int from = texts.size();
            texts.add(s.title());
            texts.add(s.description());
            nonNull(s.examplePhrases()).forEach(texts::add);
            for (CompetencyCard.FollowUpProbe f : nonNull(card.followUps())) {
                if (s.key().equals(f.targets())) {
                    texts.add(f.strongAnswer());
                    texts.add(f.strongTakeaway());
                }
            }
            shownRanges.add(new int[] {from, texts.size()});
            from = texts.size();
            texts.add(s.commonMiss());
            for (CompetencyCard.FollowUpProbe f : nonNull(card.followUps())) {
                if (s.key().equals(f.targets())) {
                    texts.add(f.weakAnswer());
                }
            }
            missedRanges.add(new int[] {from, texts.size()});
        }
        List<FlagText> flagTexts = new ArrayList<>();
        for (CompetencyCard.AntiPattern a : nonNull(card.antiPatterns())) {
            flagText(texts, rubric, a.key(), a.title(), "ANTI_PATTERN", a.quote(), a.fix()).ifPresent(flagTexts::add);
        }
        for (CompetencyCard.RedFlag f : nonNull(card.redFlags())) {
            flagText(texts, rubric, f.key(), f.title(), "RED_FLAG", f.quote(), f.fix()).ifPresent(flagTexts::add);
        }
        for (GeneralFlags.Definition g : GeneralFlags.of(card)) {
            int from = texts.size();
            g.quotes().forEach(texts::add);
            int mid = texts.size();
            texts.add(g.fix());
            flagTexts.add(new FlagText(g.key(), g.title(), g.kind(), g.fix(), g.detector(), new int[] {from, mid},
                    new int[] {mid, texts.size()}));
        }
        int topicFrom = texts.size();
        texts.add(card.definition());
        texts.add(card.coreSignal());
        texts.add(card.keySignal());
        for (CompetencyCard.StoryArchetype a : nonNull(card.storyArchetypes())) {
            texts.add(a.example());
        }
        int topicTo = texts.size();
        int levelFrom = texts.size();
        List<String> levelNames = new ArrayList<>();
        for (CompetencyCard.LevelBar bar : nonNull(card.levels())) {
            if (bar.bar() != null && !bar.bar().isBlank()) {
                levelNames.add(bar.level());
                texts.add(bar.bar());
            }
        }
        float[][] vectors = encoder.embed(texts.all);
        List<SignalBank> signals = new ArrayList<>();
        List<CompetencyCard.Signal> cardSignals = nonNull(card.signals());
        List<float[]> topic = new ArrayList<>();
        for (int i = 0; i < cardSignals.size(); i++) {
            CompetencyCard.Signal s = cardSignals.get(i);
            Rubric.SignalRule rule = rubric.signals().get(s.key());
            float[][] shown = slice(vectors, shownRanges.get(i));
            topic.addAll(List.of(shown));
            signals.add(new SignalBank(s, kind(rule.detector(), true),
                    rule.weight() <= 0 ? 1.0 : rule.weight(), shown, slice(vectors, missedRanges.get(i))));
        }
        List<FlagBank> flags = new ArrayList<>();
        for (FlagText f : flagTexts) {
            flags.add(new FlagBank(f.key(), f.title(), f.kind(), f.fix(), f.detector(), slice(vectors, f.quote()),
                    slice(vectors, f.fixed())));
        }
        topic.addAll(List.of(slice(vectors, new int[] {topicFrom, topicTo})));
        List<LevelBank> levels = new ArrayList<>();
        for (int i = 0; i < levelNames.size(); i++) {
            levels.add(new LevelBank(levelNames.get(i), vectors[levelFrom + i]));
        }
        return new CardIndex(card, List.copyOf(signals), List.copyOf(flags), List.copyOf(levels),
                topic.toArray(new float[0][]));
    }

    private record FlagText(String key, String title, String kind, String fix, String detector, int[] quote,
                            int[] fixed) {
    }

    /** A flag the rubric has a rule for: its quote (and title) as what it sounds like, its fix as what it is not. */
    private static java.util.Optional<FlagText> flagText(Texts texts, Rubric rubric, String key, String title,
                                                         String kind, String quote, String fix) {
        Rubric.FlagRule rule = rubric.flags() == null ? null : rubric.flags().get(key);
        if (rule == null) {
            return java.util.Optional.empty();
        }
        int from = texts.size();
        texts.add(quote);
        texts.add(title);
        int mid = texts.size();
        texts.add(fix);
        return java.util.Optional.of(new FlagText(key, title, kind, fix, kind(rule.detector(), false),
                new int[] {from, mid}, new int[] {mid, texts.size()}));
    }

    public CompetencyCard card() {
        return card;
    }

    public List<SignalBank> signals() {
        return signals;
    }

    public List<FlagBank> flags() {
        return flags;
    }

    public List<LevelBank> levels() {
        return levels;
    }

    /** Everything that says what the principle is: signals shown, definition, core signal, story archetypes. */
    public float[][] topic() {
        return topic;
    }

    /** The unit mean of {@link #topic()}: where the principle as a whole sits among sentences. */
    public float[] topicCentroid() {
        return topicCentroid;
    }

    /** The rubric's detector name as the models know it; an unknown name is refused, as on import. */
    private static String kind(String detector, boolean signal) {
        return detector == null || detector.isBlank() ? "CUES" : Detector.parse(detector, signal).name();
    }

    private static float[][] slice(float[][] vectors, int[] range) {
        float[][] out = new float[range[1] - range[0]][];
        System.arraycopy(vectors, range[0], out, 0, out.length);
        return out;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static final class Texts {
        private final List<String> all = new ArrayList<>();

        void add(String text) {
            if (text != null && !text.isBlank()) {
                all.add(text.strip());
            }
        }

        int size() {
            return all.size();
        }
    }
}
