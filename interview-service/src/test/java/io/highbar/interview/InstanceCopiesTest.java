package io.highbar.interview;

import io.highbar.interview.session.store.SessionStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.interview.session.Session;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * Each instance keeps copies of the sessions it used lately, and other instances append to the same logs. Nothing may
 * be lost or refused because of it: a copy catches up with the log before a change, and a change that loses the race
 * for its seq is applied again on what it missed. The other instance here is a second store over the same database,
 * as a second process would have.
 */
class InstanceCopiesTest extends InterviewServiceTestBase {

    @Autowired
    SessionStore store;

    @Autowired
    ReactiveMongoTemplate mongo;

    private SessionStore otherInstance() {
        return instanceCountingOn(new SimpleMeterRegistry());
    }

    private SessionStore instanceCountingOn(SimpleMeterRegistry meters) {
        return new SessionStore(mongo, change -> { }, meters);
    }

    @Test
    void changesRacingFromTwoInstancesAllLandAndTheLostRacesAreCounted() {
        String id = createSession();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SessionStore one = instanceCountingOn(meters);
        SessionStore other = instanceCountingOn(meters);
        long before = one.find(id).block().revision();

        // twenty changes at once: they read the same seq and race to append the next one
        Flux.range(0, 20)
                .flatMap(i -> (i % 2 == 0 ? one : other).update(id, s -> s.shareWith("interviewer-" + i, Instant.now())),
                        20)
                .blockLast(Duration.ofSeconds(60));

        Session after = otherInstance().find(id).block();
        assertThat(after.interviewers()).hasSize(20);
        assertThat(after.revision()).isEqualTo(before + 20);
        assertThat(meters.counter("highbar.session.write.conflicts").count()).isPositive();
    }

    @Test
    void aChangeMadeFromAStaleCopyKeepsWhatAnotherInstanceWroteMeanwhile() {
        String id = createSession();
        long before = store.find(id).block().revision();
        otherInstance().update(id, s -> s.shareWith("interviewer-b", Instant.now())).block();

        Session after = store.update(id, s -> s.shareWith("interviewer-a", Instant.now())).block();

        assertThat(after.revision()).isEqualTo(before + 2);
        assertThat(store.find(id).block().interviewers()).containsExactlyInAnyOrder("interviewer-a", "interviewer-b");
    }

    @Test
    void anAnswerIsTakenRightAfterAnotherInstanceRecordedThePreviousEvaluation() {
        String id = createSession();
        submit(id, "I noticed the nightly export was failing silently, so I added an alert and fixed the job.");
        AnswerSubmitted first = published(id, 1);
        // this instance's last copy still waits for the first evaluation
        otherInstance().update(id, s -> s.recordEvaluation(evaluationOf(first, 60), Instant.now())).block();

        submit(id, "I retried: I noticed the export failing, added an alert within the hour and cut misses to zero.");

        assertThat(store.find(id).block().answers()).hasSize(2);
    }

    @Test
    void anEvaluationOfAnAnswerAnotherInstanceTookIsRecorded() {
        String id = createSession();
        store.find(id).block(); // this instance's copy has no answer yet
        String answerId = UUID.randomUUID().toString();
        otherInstance().update(id, s -> s.submit(answerId, s.currentQuestion().id(),
                "I took over the failing release and shipped the fix myself.", Instant.now(), 60)).block();
        // published by this instance's sweep: the other instance has no relay, its stored entry is pending
        AnswerSubmitted submitted = published(id, 1);
        assertThat(submitted.answerId()).isEqualTo(answerId);

        store.update(id, s -> s.recordEvaluation(evaluationOf(submitted, 70), Instant.now())).block();

        assertThat(store.find(id).block().answer(answerId).orElseThrow().isEvaluated()).isTrue();
    }

    @Test
    void aPublishedAnswerWhoseEvaluationIsLateIsNoLongerPending() {
        String id = createSession();
        submit(id, "I saw the on-call queue grow every week and proposed a rota change that halved pages.");
        published(id, 1);

        // no evaluation comes: the relay marked the answer sent once Kafka had it
        Long pending = Flux.interval(Duration.ofMillis(100)).onBackpressureDrop()
                .concatMap(tick -> store.pendingPublications().filter(p -> p.entryId().startsWith(id + "/")).count())
                .filter(count -> count == 0)
                .blockFirst(Duration.ofSeconds(10));

        assertThat(pending).isZero();
        assertThat(otherInstance().find(id).block().outbox()).isEmpty();
    }
}
