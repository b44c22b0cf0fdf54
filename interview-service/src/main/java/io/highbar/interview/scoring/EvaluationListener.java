package io.highbar.interview.scoring;

import io.highbar.interview.session.app.SessionService;
import java.time.Duration;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores each evaluation with its answer. Redeliveries change nothing (the session ignores settled answers).
 * Several threads ({@code highbar.topics.evaluation-consumers}): each record waits for its session write, and one
 * thread doing that for every partition held the evaluations of all sessions behind the slowest write (under load,
 * answers queued there for seconds while CPU was left).
 */
@Component
public class EvaluationListener {

    private final SessionService sessions;

    public EvaluationListener(SessionService sessions) {
        this.sessions = sessions;
    }

    @KafkaListener(id = "answer-evaluated", idIsGroup = false, topics = Topics.ANSWER_EVALUATED,
            concurrency = "${highbar.topics.evaluation-consumers:3}")
    public void onEvaluated(String json) {
        AnswerEvaluated evaluated = EventJson.read(json, AnswerEvaluated.class);
        sessions.recordEvaluation(evaluated).block(Duration.ofSeconds(30));
    }
}
