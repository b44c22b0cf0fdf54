package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.cue.CuePattern;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.text.Analysis;

/**
 * Scores an answer against a competency card's rubric, like a strict bar raiser. Plain Java: no Spring, Kafka,
 * Jackson or HTTP. Construct once (loads the OpenNLP models), then call {@link #evaluate} from any thread.
 * Deterministic: the same card and request always give an equal evaluation.
 */
public final class ScoringEngine {

    public static final String VERSION = "1.0.0";

    private final Nlp nlp;
    private final Map<Detector, List<CuePattern>> builtins;
    private final List<CuePattern> resultCues;
    private final List<CuePattern> taskCues;
    private final Map<String, CompiledRubric> rubrics = new ConcurrentHashMap<>();

    public ScoringEngine() {
        nlp = new Nlp();
        Map<Detector, List<CuePattern>> b = new EnumMap<>(Detector.class);
        for (Map.Entry<Detector, List<String>> e : Builtins.CUES.entrySet()) {
            b.put(e.getKey(), CompiledRubric.compile(e.getValue(), nlp::tokenize));
        }
        builtins = Collections.unmodifiableMap(b);
        resultCues = CompiledRubric.compile(Builtins.RESULT_CUES, nlp::tokenize);
        taskCues = CompiledRubric.compile(Builtins.TASK_CUES, nlp::tokenize);
    }

    public Evaluation evaluate(CompetencyCard card, ScoringRequest request) {
        if (card == null || card.rubric() == null) {
            throw new IllegalArgumentException("card with a rubric required");
        }
        CompiledRubric rubric = rubric(card);
        String answer = request.answer() == null ? "" : request.answer();
        Analysis analysis = new Analysis(nlp.analyze(answer));
        return new Evaluator(card, rubric, request, answer, analysis, builtins, resultCues, taskCues).evaluate();
    }

    /** Compiles (once per competency id and rubric version) and validates a card's rubric. */
    public void validate(CompetencyCard card) {
        rubric(card);
    }

    private CompiledRubric rubric(CompetencyCard card) {
        return rubrics.computeIfAbsent(card.id() + "@" + card.rubric().version(),
                k -> new CompiledRubric(card, nlp::tokenize));
    }

    /** Tokenisation and POS tagging only, for the benchmark's floor. */
    public int tokenizeAndTag(String text) {
        return nlp.tokenizeAndTag(text);
    }

    static List<String> list(List<String> l) {
        return l == null ? new ArrayList<>() : l;
    }
}
