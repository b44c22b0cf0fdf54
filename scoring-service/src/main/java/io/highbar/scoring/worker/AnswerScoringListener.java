package io.highbar.scoring.worker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.faults.FaultInjectionProperties;
import io.highbar.scoring.faults.InjectedScoringFault;
import io.highbar.scoring.rubric.RubricRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Scores each submitted answer and publishes its evaluation. The offset is committed only after the
 * evaluation is acknowledged by the broker, so a crash re-scores (deterministically) rather than loses.
 */
@Component
public class AnswerScoringListener {

    private final ScoringEngine engine;
    private final RubricRegistry rubrics;
    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;
    private final ScoringMetrics metrics;
    private final FaultInjectionProperties faults;

    public AnswerScoringListener(ScoringEngine engine, RubricRegistry rubrics, KafkaTemplate<String, String> kafka,
                                 Clock clock, ScoringMetrics metrics, FaultInjectionProperties faults) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.kafka = kafka;
        this.clock = clock;
        this.metrics = metrics;
        this.faults = faults;
    }

    public static final String CONTAINER_ID = "answer-scoring";

    @KafkaListener(id = CONTAINER_ID, idIsGroup = false, topics = Topics.ANSWER_SUBMITTED,
            concurrency = "${highbar.scoring.concurrency}", clientIdPrefix = "#{@scoringInstance.clientIdPrefix()}")
    public void onSubmitted(String json) throws Exception {
        long started = System.nanoTime();
        AnswerSubmitted answer = EventJson.read(json, AnswerSubmitted.class);
        if (faults.failsOn(answer.text())) {
            throw new InjectedScoringFault(answer.answerId());
        }
        CompetencyCard card = rubrics.card(answer.competencyId())
                .orElseThrow(() -> new UnknownRubric(answer.competencyId()));
        Evaluation evaluation = engine.evaluate(card, new ScoringRequest(answer.questionText(), answer.text(),
                answer.company(), answer.targetLevel()));
        AnswerEvaluated evaluated = new AnswerEvaluated(answer.answerId(), answer.sessionId(), evaluation,
                clock.instant());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ANSWER_EVALUATED, answer.sessionId(),
                EventJson.write(evaluated));
        record.headers().add(Topics.EVENT_TYPE_HEADER, AnswerEvaluated.TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(30, TimeUnit.SECONDS);
        metrics.recorded(System.nanoTime() - started);
    }

    static final class UnknownRubric extends RuntimeException {
        UnknownRubric(String competencyId) {
            super("no rubric for competency '" + competencyId + "'");
        }
    }
}
