package io.highbar.scoring.admin;

import io.highbar.contracts.EventJson;
import io.highbar.scoring.worker.ScoringInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Applies the control commands meant for this instance. Every instance reads the whole control topic from
 * its end (commands are instructions for now, not state to replay after a restart).
 */
@Component
public class ControlListener {

    private static final Logger log = LoggerFactory.getLogger(ControlListener.class);

    private final LocalWorker worker;
    private final ScoringInstance instance;

    public ControlListener(LocalWorker worker, ScoringInstance instance) {
        this.worker = worker;
        this.instance = instance;
    }

    @KafkaListener(id = "scoring-control", groupId = "#{@scoringInstance.id()}",
            topicPartitions = @TopicPartition(topic = ControlCommand.TOPIC,
                    partitionOffsets = @PartitionOffset(partition = "0", initialOffset = "0", seekPosition = "END")))
    public void onCommand(String json) {
        ControlCommand command;
        try {
            command = EventJson.read(json, ControlCommand.class);
        } catch (JacksonException e) {
            log.warn("Ignored an unreadable control command: {}", e.getOriginalMessage());
            return;
        }
        if (command.action() == null || !command.appliesTo(instance.id())) {
            return;
        }
        switch (command.action()) {
            case SET_CONCURRENCY -> worker.setConcurrency(command.threads());
            case PAUSE -> worker.pause();
            case RESUME -> worker.resume();
        }
    }
}
