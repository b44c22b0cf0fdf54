package io.highbar.scoring.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.highbar.contracts.Topics;
import io.highbar.scoring.worker.ScoringInstance;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** The scoring consumer group as the broker sees it: its members (every instance) and its lag. */
@Component
public class ScoringGroup implements DisposableBean {

    static final String GROUP = "scoring-service";
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    public ScoringGroup(KafkaAdmin kafka) {
        this.admin = Admin.create(kafka.getConfigurationProperties());
    }

    /** Instances by id, each with its consumer threads and the partitions they hold. */
    public List<InstanceView> instances() throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(GROUP);
        Map<String, List<MemberDescription>> byInstance = group.members().stream()
                .collect(Collectors.groupingBy(m -> ScoringInstance.instanceOf(m.clientId()), TreeMap::new,
                        Collectors.toList()));
        List<InstanceView> views = new ArrayList<>();
        byInstance.forEach((instance, members) -> views.add(new InstanceView(instance, members.size(),
                members.stream().flatMap(m -> m.assignment().topicPartitions().stream())
                        .map(TopicPartition::partition).sorted().toList(),
                members.get(0).host())));
        return views;
    }

    public Lag lag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = endOffsets(Topics.ANSWER_SUBMITTED);
        List<PartitionLag> partitions = new ArrayList<>();
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done == null ? 0 : done.offset();
            long lag = Math.max(0, end.getValue() - position);
            total += lag;
            partitions.add(new PartitionLag(end.getKey().partition(), position, end.getValue(), lag));
        }
        return new Lag(total, partitions);
    }

    /** The sum of a topic's end offsets: how many records it ever received. */
    public long recordsIn(String topic) throws Exception {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        Collection<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset(),
                        (a, b) -> a, () -> new TreeMap<>(java.util.Comparator.comparingInt(TopicPartition::partition))));
    }

    @Override
    public void destroy() {
        admin.close();
    }

    public record InstanceView(String instanceId, int threads, List<Integer> partitions, String host) {
    }

    public record PartitionLag(int partition, long committed, long end, long lag) {
    }

    public record Lag(long total, List<PartitionLag> partitions) {
    }
}
