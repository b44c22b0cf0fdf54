package io.highbar.scoring.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Adjacency;
import io.highbar.scoring.engine.learn.AnswerShape;
import io.highbar.scoring.engine.learn.CardReading;
import io.highbar.scoring.engine.learn.Conduct;
import io.highbar.scoring.engine.learn.EvidenceModel;
import io.highbar.scoring.engine.learn.DimensionCuts;
import io.highbar.scoring.engine.learn.Exemplars;
import io.highbar.scoring.engine.learn.FeatureRow;
import io.highbar.scoring.engine.learn.Features;
import io.highbar.scoring.engine.learn.Fit;
import io.highbar.scoring.engine.learn.FlagThresholds;
import io.highbar.scoring.engine.learn.Judge;
import io.highbar.scoring.engine.learn.KindModel;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.learn.Order;
import io.highbar.scoring.engine.learn.PairPreference;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.training.Learners.Example;

/**
 * Trains the scoring models from corpus files, reproducibly (fixed seed, fixed order, one thread per model).
 * Stacked by wave: each stage's inputs for the next stage are predictions made without that answer's wave, so the
 * later models learn from the same kind of numbers they will see at scoring time, on answers by people they never read.
 */
public final class Trainer {

    static final int FOLDS = 5;
    /** Machine against people on overridden dimensions, before and after this training. */
    public static final String CALIBRATION = "calibration.json";

    private final Map<String, CompetencyCard> cards;
    private final PrintStreamLog log;
    private final Folds folds;
    private final Path heldOut;

    Trainer(Map<String, CompetencyCard> cards, PrintStreamLog log, Folds folds) {
        this(cards, log, folds, null);
    }

    /** @param heldOut where to write each answer's grade and flags predicted without its wave; null: nowhere */
    Trainer(Map<String, CompetencyCard> cards, PrintStreamLog log, Folds folds, Path heldOut) {
        this.cards = cards;
        this.log = log;
        this.folds = folds;
        this.heldOut = heldOut;
    }

    interface PrintStreamLog {
        void line(String text);
    }

    /**
     * One answer, read, against its card; {@code jumbled} is its order read by the jumbled-story model without its
     * wave.
     */
    record Item(CorpusAnswer answer, CardReading reading, AnswerShape shape, Fit fit, int fold, double jumbled) {
    }

    /** Reads and trains; writes the model files ({@link Models#NAMES}), their thresholds and PROVENANCE.md. */
    Models train(List<Path> files, Path out) throws IOException {
        List<CorpusAnswer> answers = new ArrayList<>();
        StringBuilder sources = new StringBuilder();
        for (Path f : files) {
            List<CorpusAnswer> read = Corpus.read(f);
            answers.addAll(read);
            sources.append(f.getFileName()).append(" sha256=").append(Corpus.sha256(f)).append(' ');
        }
        String source = sources.toString().trim();
        answers.removeIf(a -> a.label() == null || a.label().isRefused() || !cards.containsKey(a.competencyId()));
        log.line("training on " + answers.size() + " labelled answers from " + source);
        Nlp nlp = new Nlp();
        try (SentenceEncoder encoder = new SentenceEncoder()) {
            Map<String, CardIndex> indexes = new LinkedHashMap<>();
            for (CompetencyCard c : cards.values()) {
                indexes.put(c.id(), CardIndex.of(c, encoder));
            }
            List<Reading> readings = readAll(answers, nlp, encoder);
            // order is read on every answer with a position model that never saw its wave, as it is when scoring
            List<Model<Regressor>> positions = folds.withoutEachAndAll(f -> position(answers, readings, source, f));
            Model<Regressor> position = positions.get(FOLDS);
            List<Model<Regressor>> heldOut = positions.subList(0, FOLDS);
            // which sentence follows which is learned, like position, without the wave it is read on
            List<Adjacency> adjacencies = folds.withoutEachAndAll(
                    f -> adjacency(answers, readings, heldOut, source, f));
            Adjacency adjacency = adjacencies.get(FOLDS);
            List<Adjacency> adjacencyWithout = adjacencies.subList(0, FOLDS);
            // the fit reads stories told for each principle; each answer is read with those of other stories, and a
            // fifth of the answers with none, as a card imported at runtime is
            Exemplars exemplars = exemplars(answers, readings, -1);
            List<Exemplars> exemplarsWithout = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                exemplarsWithout.add(exemplars(answers, readings, f));
            }
            // conduct is read on every answer with a model that never saw its wave, as it is when scoring
            List<KindModel> conducts = conductModels(answers, readings, indexes, source);
            KindModel conduct = conducts.get(FOLDS);
            List<KindModel> conductWithout = conducts.subList(0, FOLDS);
            // its examples, the shuffled stories, go once it is trained
            JumbledTraining.Result jumbledModel = JumbledTraining.train(answers, readings, nlp, encoder, heldOut,
                    adjacencyWithout, folds, source);
            log.line("jumbled: " + jumbledModel.summary());
            Model<Label> jumbled = jumbledModel.model();
            double jumbledAt = jumbledModel.at();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Reading r = readings.get(i);
                if (r.language().kind() != Language.Kind.ENGLISH || r.size() == 0) {
                    continue;
                }
                CorpusAnswer a = answers.get(i);
                CardIndex card = indexes.get(a.competencyId());
                Order order = Order.of(r, heldOut.get(fold(a)), adjacencyWithout.get(fold(a)));
                items.add(new Item(a, new CardReading(r, card, r.question()),
                        AnswerShape.of(r, order, Conduct.of(r, conductWithout.get(fold(a)))),
                        Judge.fit(r, card, indexes.values(), withoutExemplars(a) ? Exemplars.none()
                                : exemplarsWithout.get(fold(a))), fold(a), jumbledModel.heldOut(fold(a), r, order)));
            }
            log.line(items.size() + " answers read in English");
            Models models = stages(items, position, jumbled, conduct, jumbledAt, exemplars, source, adjacency);
            write(models, out, source);
            Calibration calibration;
            try (io.highbar.scoring.engine.ScoringEngine engine = new io.highbar.scoring.engine.ScoringEngine(models)) {
                cards.values().forEach(engine::register);
                calibration = Calibration.of(answers, engine, cards);
            }
            Files.writeString(out.resolve(CALIBRATION), io.highbar.contracts.EventJson.write(calibration) + "\n",
                    StandardCharsets.UTF_8);
            log.line("interviewer overrides compared: " + calibration.overrides());
            return models;
        }
    }

    private List<Reading> readAll(List<CorpusAnswer> answers, Nlp nlp, SentenceEncoder encoder) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reading>> futures = new ArrayList<>();
            for (CorpusAnswer a : answers) {
                futures.add(pool.submit(() -> Reading.of(a.answer(), a.question(), nlp, encoder)));
            }
            List<Reading> out = new ArrayList<>();
            for (Future<Reading> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the corpus", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where sentences sit in answers a bar raiser rated as real stories (lean hire or better). */
    private Model<Regressor> position(List<CorpusAnswer> answers, List<Reading> readings, String source,
                                      int without) {
        List<Example<Double>> examples = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            Reading r = readings.get(i);
            if (!story(a, r) || fold(a) == without) {
                continue;
            }
            for (int k = 0; k < r.size(); k++) {
                examples.add(new Example<>(Features.position(r.embedding(k)), k / (double) (r.size() - 1)));
            }
        }
        if (without < 0) {
            log.line("position: " + examples.size() + " sentences");
        }
        return Learners.regressor("position", source, examples, 10, 0.05);
    }

    /**
     * Each sentence of a real story and the next ("1") against the same sentence and another of the story, drawn with
     * a seed per answer ("0"); the positions are read with the position model that did not see the story.
     */
    private Adjacency adjacency(List<CorpusAnswer> answers, List<Reading> readings, List<Model<Regressor>> heldOut,
                                String source, int without) {
        List<Example<String>> examples = new ArrayList<>();
        for (int q = 0; q < answers.size(); q++) {
            CorpusAnswer a = answers.get(q);
            Reading r = readings.get(q);
            if (!story(a, r) || fold(a) == without) {
                continue;
            }
            Model<Regressor> position = heldOut.get(fold(a));
            double[] placed = new double[r.size()];
            for (int k = 0; k < r.size(); k++) {
                placed[k] = Models.value(position, Features.position(r.embedding(k)));
            }
            List<Set<String>> words = Adjacency.contentWords(r);
            Random random = new Random(a.id().hashCode());
            for (int i = 0; i + 1 < r.size(); i++) {
                examples.add(new Example<>(Adjacency.pair(r, words, placed, i, i + 1).compact(), "1"));
                int j;
                do {
                    j = random.nextInt(r.size());
                } while (j == i || j == i + 1);
                examples.add(new Example<>(Adjacency.pair(r, words, placed, i, j).compact(), "0"));
            }
        }
        if (without < 0) {
            log.line("adjacency: " + examples.size() / 2 + " neighbouring sentences and as many other pairs");
        }
        return Adjacency.of(Learners.classifier(Adjacency.NAME, source, examples, 50));
    }

    /**
     * The conduct models without each fold and on all. Their examples, a row per sentence and kind, are let go once
     * the models are trained: held through the later stages they leave the evidence stage too little of the heap.
     */
    private List<KindModel> conductModels(List<CorpusAnswer> answers, List<Reading> readings,
                                          Map<String, CardIndex> indexes, String source) {
        ConductTraining training = ConductTraining.of(answers, readings, indexes);
        List<KindModel> models = folds.withoutEachAndAll(f -> Conduct.model(training.model(source, f)));
        log.line("conduct: " + training.summary());
        return models;
    }

    /**
     * The exemplar margin 99% of the real stories stay above, each read with exemplars fitted without its wave: few
     * stories told for the principle asked are taken for another's.
     */
    static double offPrincipleAt(List<Item> items) {
        double[] margins = items.stream()
                .filter(it -> story(it.answer(), it.reading().reading()) && !"adversarial".equals(it.answer().kind())
                        && it.fit().exemplarsKnown())
                .mapToDouble(it -> it.fit().exemplarMargin()).toArray();
        return margins.length == 0 ? Double.NEGATIVE_INFINITY : Percentile.of(margins, 0.01);
    }

    /** The stories told for each card (real stories, none written to game the grader), without one fold's. */
    private Exemplars exemplars(List<CorpusAnswer> answers, List<Reading> readings, int without) {
        Map<String, List<float[]>> byCard = new java.util.TreeMap<>();
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            if (story(a, readings.get(i)) && !"adversarial".equals(a.kind()) && fold(a) != without) {
                byCard.computeIfAbsent(a.competencyId(), k -> new ArrayList<>()).add(readings.get(i).centroid());
            }
        }
        if (without < 0) {
            log.line("exemplars: " + byCard.values().stream().mapToInt(List::size).sum() + " stories for "
                    + byCard.size() + " cards");
        }
        return Exemplars.of(byCard);
    }

    /** The answers read without exemplars in training: a fifth, chosen by story apart from the folds. */
    static boolean withoutExemplars(CorpusAnswer a) {
        String story = a.storyId() == null ? a.id() : a.storyId();
        return Math.floorMod((story + "#exemplars").hashCode(), FOLDS) == 0;
    }

    /**
     * A real story: graded lean hire or better, in English, three sentences or more, and not a shuffled copy (a
     * labeller may grade one highly, but its sentences are not in a story's order).
     */
    static boolean story(CorpusAnswer a, Reading r) {
        return a.label().overall() != null && a.label().overall() >= 3 && r.size() >= 3
                && r.language().kind() == Language.Kind.ENGLISH
                && !JumbledTraining.SHUFFLED.equals(a.adversarialType());
    }

    /**
     * The fold an answer is held out in: its wave's. Each wave is written by writers no other wave had, so every
     * prediction made without a fold, and every threshold chosen from those predictions, comes from people the
     * models never read, as a candidate's answer does. Held out by story, the models would have read other stories by
     * the same writers, and a threshold meant to spare 99% of real stories would spare fewer of a new writer's.
     */
    static int fold(CorpusAnswer a) {
        return Math.floorMod(wave(a).hashCode(), FOLDS);
    }

    /**
     * The wave an answer was written in, named in its id after the card ("ownership-t12-04" is wave {@code t12});
     * an answer named otherwise (an interviewer's override) stands with its story, the session it was given in.
     */
    static String wave(CorpusAnswer a) {
        String card = a.competencyId() + "-";
        if (a.id() != null && a.id().startsWith(card)) {
            String rest = a.id().substring(card.length());
            int dash = rest.indexOf('-');
            if (dash > 0) {
                return rest.substring(0, dash);
            }
        }
        return a.storyId() == null ? a.id() : a.storyId();
    }

    private Models stages(List<Item> items, Model<Regressor> position, Model<Label> jumbled, KindModel conduct,
                          double jumbledAt, Exemplars exemplars, String source, Adjacency adjacency)
            throws IOException {
        // A: which sentences show which signal
        List<List<Example<String>>> evidenceByItem = new ArrayList<>();
        for (Item it : items) {
            evidenceByItem.add(evidenceExamples(it));
        }
        // a fold's evidence examples (a row per sentence and signal, over half a million) are the largest set any
        // stage trains on, and each model holds two copies of them (Tribuo's examples and its vectors): two such
        // models side by side do not fit a 20 GB heap, so they are trained one at a time
        List<EvidenceModel> evidenceModels = folds.oneAtATime().withoutEachAndAll(f -> EvidenceModel.of(
                Learners.classifier("evidence", source, pick(evidenceByItem, items, f), 10)));
        double[][][] evidence = new double[items.size()][][];
        for (int i = 0; i < items.size(); i++) {
            evidence[i] = predictEvidence(evidenceModels.get(items.get(i).fold()), items.get(i));
        }
        log.line("evidence: " + pick(evidenceByItem, items, -1).size() + " sentence x signal examples");
        EvidenceModel evidenceModel = evidenceModels.get(FOLDS);

        // B: each signal's score and each flag, from evidence predicted without the answer's wave
        List<List<Example<String>>> dimsByItem = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            dimsByItem.add(dimensionExamples(items.get(i), evidence[i]));
        }
        List<Model<Label>> dimensionModels = folds.withoutEachAndAll(f -> Learners.classifier("dimension", source,
                pick(dimsByItem, items, f), 30));
        double[][] dims = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            dims[i] = predictDims(dimensionModels.get(items.get(i).fold()), items.get(i), evidence[i]);
        }
        FlagTraining.Choice flagChoice = FlagTraining.train(items, folds, source);
        log.line("flags: " + flagChoice.summary());
        double[][] flags = flagChoice.heldOut();
        FlagThreshold.PerDetector perDetector = FlagThreshold.perDetector(FlagThreshold.entries(items, flags), FOLDS);
        log.line("flag thresholds: " + perDetector.summary());
        FlagThresholds flagAt = perDetector.thresholds();
        DimensionCuts cuts = DimensionCutChoice.best(items, dims);
        log.line("dimension scores cut at " + cuts.low() + " and " + cuts.high());
        Model<Label> dimensionModel = dimensionModels.get(FOLDS);
        Model<Label> flagModel = flagChoice.model();

        // C: the overall grade, from dimensions and flags predicted without the answer's wave
        List<List<Example<Double>>> overallByItem = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            List<Example<Double>> one = new ArrayList<>();
            if (it.answer().label().overall() != null) {
                one.add(new Example<>(Features.overall(it.reading(), dims[i], flags[i], it.shape(), it.fit()),
                        (double) it.answer().label().overall()));
            }
            overallByItem.add(one);
        }
        double[] forest = new double[items.size()];
        double[] linear = new double[items.size()];
        FeatureRow[] overallRows = new FeatureRow[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            overallRows[i] = Features.overall(it.reading(), dims[i], flags[i], it.shape(), it.fit()).compact();
        }
        List<Model<Regressor>> forests = folds.withoutEachAndAll(f -> overallModel(source,
                pick(overallByItem, items, f)));
        List<Model<Regressor>> linears = folds.withoutEachAndAll(f -> overallLinear(source,
                pick(overallByItem, items, f)));
        for (int i = 0; i < items.size(); i++) {
            forest[i] = Models.value(forests.get(items.get(i).fold()), overallRows[i]);
            linear[i] = Models.value(linears.get(items.get(i).fold()), overallRows[i]);
        }
        double blend = OverallBlend.best(items, forest, linear);
        log.line("overall: the linear grade's share " + blend);
        // the same-story pairs say which telling is better where labellers gave both the same grade
        PairPreferenceTraining.Result preference = PairPreferenceTraining.train(items, overallRows,
                OverallBlend.raw(forest, linear, blend), source);
        log.line("pair preference: " + preference.summary());
        // a clamp ties every telling graded past 4; a soft edge keeps their order where it orders more
        GradeEdge.Result edge = GradeEdge.choose(items, preference.grades());
        log.line("grade scale: " + edge.summary());
        double[] overall = edge.grades();
        HeldOutGrades.summary(items, overall).forEach(line -> log.line("held out, " + line));
        HeldOutGrades.pairs(items, overall).forEach(line -> log.line("held out, " + line));
        double offPrincipleAt = offPrincipleAt(items);
        log.line("off principle under an exemplar margin of " + offPrincipleAt);
        // what a candidate is shown: the same grades once the order, fit, plausibility and no-story checks hold them
        HeldOutGrades.Shown shown = HeldOutGrades.shown(items, evidence, dims, flags, overall, flagAt, jumbledAt,
                offPrincipleAt);
        HeldOutGrades.summary(items, shown.grades()).forEach(line -> log.line("held out after the checks, " + line));
        HeldOutGrades.pairs(items, shown.grades()).forEach(line -> log.line("held out after the checks, " + line));
        if (heldOut != null) {
            HeldOutGrades.write(heldOut, items, overall, shown);
        }
        Model<Regressor> overallModel = forests.get(FOLDS);
        Model<Regressor> overallLinear = linears.get(FOLDS);

        // D: the level, from the grade predicted without the answer's wave
        List<Example<Double>> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int level = levelIndex(it.answer().label().level());
            if (it.answer().label().overall() != null && level >= 0) {
                levels.add(new Example<>(Features.level(it.reading(), overall[i], dims[i], it.shape()),
                        (double) level));
            }
        }
        Model<Regressor> levelModel = Learners.regressor("level", source, levels, 60, 0.05);
        return new Models(evidenceModel, dimensionModel, flagModel, overallModel, overallLinear,
                levelModel, position, jumbled, conduct, flagAt, blend, jumbledAt, exemplars, offPrincipleAt, cuts,
                preference.preference(), adjacency, edge.scale());
    }


    /** The grade is not a sum: a strong dimension counts for little in an answer with no story. */
    private static Model<Regressor> overallModel(String source, List<Example<Double>> examples) {
        return Learners.forest("overall", source, examples, 150, 8);
    }

    static <T> List<Example<T>> pick(List<List<Example<T>>> byItem, List<Item> items, int exceptFold) {
        List<Example<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (exceptFold < 0 || items.get(i).fold() != exceptFold) {
                out.addAll(byItem.get(i));
            }
        }
        return out;
    }

    private List<Example<String>> evidenceExamples(Item it) {
        List<Example<String>> out = new ArrayList<>();
        CorpusAnswer.Label label = it.answer().label();
        if (label.overall() == null || label.dimensions() == null) {
            return out;
        }
        CardReading c = it.reading();
        Reading r = c.reading();
        for (int d = 0; d < c.card().signals().size(); d++) {
            CorpusAnswer.DimensionLabel dim = label.dimensions().get(c.card().signals().get(d).signal().key());
            if (dim == null) {
                continue;
            }
            for (int k = 0; k < r.size(); k++) {
                boolean shows = dim.score() > 0 && overlaps(r.span(k), dim.evidence());
                out.add(new Example<>(EvidenceModel.trainingRow(c, d, k).compact(), shows ? "1" : "0"));
            }
        }
        return out;
    }

    static boolean overlaps(int[] sentence, List<CorpusAnswer.Span> spans) {
        if (spans == null) {
            return false;
        }
        for (CorpusAnswer.Span s : spans) {
            int from = Math.max(sentence[0], s.start());
            int to = Math.min(sentence[1], s.end());
            if (to - from >= Math.min(10, Math.max(1, (sentence[1] - sentence[0]) / 2))) {
                return true;
            }
        }
        return false;
    }

    private static double[][] predictEvidence(EvidenceModel m, Item it) {
        CardReading c = it.reading();
        int n = c.reading().size();
        double[][] p = new double[c.card().signals().size()][n];
        for (int d = 0; d < p.length; d++) {
            for (int k = 0; k < n; k++) {
                p[d][k] = m.probability(c, d, k);
            }
        }
        return p;
    }

    private List<Example<String>> dimensionExamples(Item it, double[][] evidence) {
        List<Example<String>> out = new ArrayList<>();
        CorpusAnswer.Label label = it.answer().label();
        if (label.dimensions() == null) {
            return out;
        }
        for (int d = 0; d < evidence.length; d++) {
            CorpusAnswer.DimensionLabel dim = label.dimensions().get(it.reading().card().signals().get(d).signal().key());
            if (dim != null) {
                out.add(new Example<>(Features.dimension(it.reading(), d, evidence[d], it.shape(), it.fit()),
                        String.valueOf(Math.max(0, Math.min(2, dim.score())))));
            }
        }
        return out;
    }

    private static double[] predictDims(Model<Label> m, Item it, double[][] evidence) {
        double[] out = new double[evidence.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = Models.expected(m, Features.dimension(it.reading(), d, evidence[d], it.shape(), it.fit()));
        }
        return out;
    }

    /** The label's flags, with "we without I" and "no individual contribution" as one flag. */
    static Set<String> flagKeys(CorpusAnswer.Label label) {
        Set<String> out = new HashSet<>();
        if (label.flags() != null) {
            for (CorpusAnswer.FlagLabel f : label.flags()) {
                out.add(canonicalFlag(f.key()));
            }
        }
        return out;
    }

    static String canonicalFlag(String key) {
        return key.equals("we_without_i") ? "no_individual_contribution" : key;
    }

    /** The same grade by least squares, which moves with every input where the forest is flat. */
    private static Model<Regressor> overallLinear(String source, List<Example<Double>> examples) {
        return Learners.regressor("overall-linear", source, examples, 60, 0.05);
    }

    static int levelIndex(String level) {
        return level == null ? -1 : List.of("NONE", "SDE1", "SDE2", "SENIOR", "STAFF").indexOf(level);
    }

    private static void write(Models models, Path out, String source) throws IOException {
        Files.createDirectories(out);
        StringBuilder provenance = new StringBuilder("# Scoring models\n\nTrained by `train` from ").append(source)
                .append(".\n\n");
        Map<String, Model<?>> all = new LinkedHashMap<>();
        all.put("evidence", models.evidence().model());
        all.put("dimension", models.dimension());
        all.put("flag", models.flag());
        all.put("overall", models.overall());
        all.put("overall-linear", models.overallLinear());
        all.put("level", models.level());
        all.put("position", models.position());
        all.put("jumbled", models.jumbled());
        all.put("conduct", models.conduct().model());
        if (models.preference().model() != null) {
            all.put(PairPreference.NAME, models.preference().model());
        }
        if (models.adjacency().model() != null) {
            all.put(Adjacency.NAME, models.adjacency().model());
        }
        for (Map.Entry<String, Model<?>> e : all.entrySet()) {
            e.getValue().serializeToFile(out.resolve(e.getKey() + ".tribuo"));
            provenance.append("## ").append(e.getKey()).append("\n\n```\n")
                    .append(trainerOf(e.getValue())).append("\n```\n\n");
        }
        Files.writeString(out.resolve("PROVENANCE.md"), provenance.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(Exemplars.FILE), models.exemplars().write(), StandardCharsets.UTF_8);
        String thresholds = """
                # chosen by train: the best flag F1 on predictions made without the answer's wave; a detector's own \
                where that raised flags better on waves it was not chosen on
                %s\
                # chosen by train: 99%% of real stories stay under it
                jumbled=%s
                # chosen by train: the linear grade's share with the best order of grades and pairs on predictions \
                made without the answer's wave
                overallBlend=%s
                # chosen by train: 99%% of real stories score above it against the principle asked
                offPrinciple=%s
                # chosen by train: the best mean kappa of the signals' scores on predictions made without the \
                answer's wave
                dimensionLow=%s
                dimensionHigh=%s
                # chosen by train: the pair preference's share with the best order of grades and pairs on predictions \
                made without the answer's wave (0: none), and its typical story's score
                pairShare=%s
                pairCentre=%s
                pairScale=%s
                # trained: which sentence comes directly after which
                %s=%s
                # chosen by train: the soft edge of the grade scale with the best order of grades and pairs on \
                predictions made without the answer's wave (0: the clamp)
                gradeEdge=%s
                """.formatted(models.flagAt().write(), models.jumbledAt(), models.overallBlend(), models.offPrincipleAt(),
                models.dimensionCuts().low(), models.dimensionCuts().high(), models.preference().share(),
                models.preference().centre(), models.preference().scale(), Adjacency.NAME, models.adjacency().known(),
                models.scale().edge());
        Files.writeString(out.resolve(Models.THRESHOLDS), thresholds, StandardCharsets.UTF_8);
    }

    private static String trainerOf(Model<?> model) {
        String p = model.getProvenance().getTrainerProvenance().toString();
        return p.length() > 4000 ? p.substring(0, 4000) : p;
    }
}
