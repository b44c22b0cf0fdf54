package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.cue.CuePattern;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Judge;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;

/**
 * Scores an answer against a competency card like a strict bar raiser, with learned models over sentence
 * embeddings and linguistic facts. Plain Java: no Spring, Kafka, Jackson or HTTP. Construct once (loads the NLP,
 * sentence and scoring models), then call {@link #evaluate} from any thread. Deterministic: the same card, request
 * and models always give an equal evaluation.
 *
 * <p>The engine knows every card it has scored or been given ({@link #register}); the competency-fit judgement
 * compares an answer with all of them.
 */
public final class ScoringEngine implements AutoCloseable {

    public static final String VERSION = "2.30.1";

    private final Nlp nlp;
    private final SentenceEncoder encoder;
    private final Judge judge;
    private final Models models;
    private final List<CuePattern> resultCues;
    private final List<CuePattern> taskCues;
    private final Map<String, CardIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, CardIndex> library = new ConcurrentHashMap<>();

    public ScoringEngine() {
        this(Models.load());
    }

    public ScoringEngine(Models models) {
        nlp = new Nlp();
        encoder = new SentenceEncoder();
        judge = new Judge(models);
        this.models = models;
        resultCues = compile(StarSegmenter.RESULT_CUES);
        taskCues = compile(StarSegmenter.TASK_CUES);
    }

    public Evaluation evaluate(CompetencyCard card, ScoringRequest request) {
        CardIndex index = index(card);
        library.putIfAbsent(card.id(), index);
        return evaluate(index, read(request), request);
    }

    /** One answer against several cards, read once (a story mapped to every principle). */
    public List<Evaluation> evaluateAgainst(Collection<CompetencyCard> cards, ScoringRequest request) {
        Reading reading = read(request);
        List<Evaluation> out = new ArrayList<>(cards.size());
        for (CompetencyCard card : cards) {
            CardIndex index = index(card);
            library.putIfAbsent(card.id(), index);
            out.add(evaluate(index, reading, request));
        }
        return out;
    }

    private Evaluation evaluate(CardIndex index, Reading reading, ScoringRequest request) {
        Evaluator evaluator = new Evaluator(index, request, reading);
        if (reading.language().kind() == Language.Kind.OTHER_LANGUAGE) {
            return evaluator.refused(Evaluator.refusal(reading.language()));
        }
        StarSegmenter star = new StarSegmenter(reading.analysis(), index.card().rubric().pacing(), resultCues,
                taskCues);
        return evaluator.evaluate(judge.judge(reading, index, reading.question(), library.values()), models,
                library.values(), star);
    }

    /** Makes a card (this version) known for competency fit. */
    public void register(CompetencyCard card) {
        CardIndex index = index(card);
        library.merge(card.id(), index, (old, neu) ->
                neu.card().rubric().version() >= old.card().rubric().version() ? neu : old);
    }

    /** Checks the engine can score with a card: every signal has a rule, every detector name is known. */
    public void validate(CompetencyCard card) {
        index(card);
    }

    public Reading read(ScoringRequest request) {
        String answer = request.answer() == null ? "" : request.answer();
        return Reading.of(answer, request.question(), nlp, encoder);
    }

    /** The sentence embeddings of an answer alone: the floor the benchmark compares a full evaluation with. */
    public int embedSentences(String answer) {
        return Reading.of(answer, null, nlp, encoder).size();
    }

    private CardIndex index(CompetencyCard card) {
        if (card == null || card.rubric() == null) {
            throw new IllegalArgumentException("card with a rubric required");
        }
        return indexes.computeIfAbsent(card.id() + "@" + card.rubric().version(), k -> CardIndex.of(card, encoder));
    }

    private List<CuePattern> compile(List<String> cues) {
        List<CuePattern> out = new ArrayList<>();
        for (String c : cues) {
            out.add(CuePattern.compile(c, nlp::tokenize));
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        encoder.close();
    }
}
