package io.highbar.scoring.admin;

import java.util.Comparator;
import java.util.List;

import io.highbar.scoring.worker.AnswerScoringListener;
import io.highbar.scoring.worker.ScoringInstance;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;

/** This instance's scoring consumers: how many threads, which partitions, paused or not; and changing them. */
@Component
public class LocalWorker {

    private static final Logger log = LoggerFactory.getLogger(LocalWorker.class);

    private final KafkaListenerEndpointRegistry registry;
    private final ScoringInstance instance;

    public LocalWorker(KafkaListenerEndpointRegistry registry, ScoringInstance instance) {
        this.registry = registry;
        this.instance = instance;
    }

    public WorkerView view() {
        ConcurrentMessageListenerContainer<?, ?> c = container();
        List<Integer> partitions = c.getAssignedPartitions() == null ? List.of() : c.getAssignedPartitions().stream()
                .map(TopicPartition::partition).sorted().toList();
        return new WorkerView(instance.id(), c.getConcurrency(), partitions, c.isRunning(),
                c.isPauseRequested() || c.isContainerPaused());
    }

    /**
     * Restarts the consumers with {@code threads} threads. Stopping commits what was processed; the group
     * rebalances; anything not committed is delivered again and scored again (consumers downstream are
     * idempotent), so nothing is lost and clients see no duplicate.
     */
    public synchronized void setConcurrency(int threads) {
        ConcurrentMessageListenerContainer<?, ?> c = container();
        if (c.getConcurrency() == threads) {
            return;
        }
        boolean paused = c.isPauseRequested();
        log.info("Scoring concurrency of {}: {} -> {}", instance.id(), c.getConcurrency(), threads);
        c.stop();
        c.setConcurrency(threads);
        c.start();
        if (paused) {
            c.pause();
        }
    }

    public void pause() {
        log.info("Pausing scoring on {}", instance.id());
        container().pause();
    }

    public void resume() {
        log.info("Resuming scoring on {}", instance.id());
        container().resume();
    }

    private ConcurrentMessageListenerContainer<?, ?> container() {
        return (ConcurrentMessageListenerContainer<?, ?>) registry.getListenerContainer(AnswerScoringListener.CONTAINER_ID);
    }

    public record WorkerView(String instanceId, int threads, List<Integer> partitions, boolean running, boolean paused) {
        public WorkerView {
            partitions = List.copyOf(partitions);
        }

        static Comparator<WorkerView> byId() {
            return Comparator.comparing(WorkerView::instanceId);
        }
    }
}
