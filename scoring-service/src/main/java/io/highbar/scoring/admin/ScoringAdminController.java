package io.highbar.scoring.admin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.EventJson;
import io.highbar.scoring.admin.ControlCommand.Action;
import io.highbar.scoring.admin.ScoringGroup.InstanceView;
import io.highbar.scoring.admin.ScoringGroup.Lag;
import io.highbar.scoring.worker.ScoringMetrics;
import io.highbar.scoring.worker.ScoringProperties;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code /api/admin/scoring/}: the workers, their lag and speed, and the controls to scale and pause them.
 * Changes are broadcast as {@link ControlCommand}s, so they reach the named instance whichever one answers here.
 */
@RestController
@RequestMapping("/api/admin/scoring")
public class ScoringAdminController {

    private final ScoringGroup group;
    private final LocalWorker local;
    private final ThroughputSampler throughput;
    private final ScoringMetrics metrics;
    private final KafkaTemplate<String, String> kafka;
    private final ScoringProperties properties;
    private final Clock clock;

    public ScoringAdminController(ScoringGroup group, LocalWorker local, ThroughputSampler throughput,
                                  ScoringMetrics metrics, KafkaTemplate<String, String> kafka,
                                  ScoringProperties properties, Clock clock) {
        this.group = group;
        this.local = local;
        this.throughput = throughput;
        this.metrics = metrics;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    public Mono<ScoringStatus> status() {
        return blocking(() -> new ScoringStatus(group.instances(), local.view(), group.lag(), throughput.rates(),
                latency()));
    }

    @GetMapping("/workers")
    public Mono<Workers> workers() {
        return blocking(() -> {
            List<InstanceView> instances = group.instances();
            return new Workers(instances, instances.stream().mapToInt(InstanceView::threads).sum(), local.view());
        });
    }

    @GetMapping("/lag")
    public Mono<Lag> lag() {
        return blocking(group::lag);
    }

    @GetMapping("/throughput")
    public Mono<Throughput> throughput() {
        return Mono.fromSupplier(() -> new Throughput(throughput.rates(), latency()));
    }

    @PutMapping("/instances/{instanceId}/concurrency")
    public Mono<ResponseEntity<ControlCommand>> concurrency(@PathVariable String instanceId,
                                                           @RequestBody ConcurrencyRequest request) {
        if (request == null || request.threads() == null || request.threads() < 1
                || request.threads() > properties.partitions()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "threads must be between 1 and "
                    + properties.partitions() + " (the partitions of the answer topic; more threads would sit idle)");
        }
        return send(new ControlCommand(Action.SET_CONCURRENCY, instanceId, request.threads(), clock.instant()));
    }

    @PostMapping("/pause")
    public Mono<ResponseEntity<ControlCommand>> pause(@RequestParam(defaultValue = ControlCommand.ALL) String instanceId) {
        return send(new ControlCommand(Action.PAUSE, instanceId, null, clock.instant()));
    }

    @PostMapping("/resume")
    public Mono<ResponseEntity<ControlCommand>> resume(@RequestParam(defaultValue = ControlCommand.ALL) String instanceId) {
        return send(new ControlCommand(Action.RESUME, instanceId, null, clock.instant()));
    }

    private Mono<ResponseEntity<ControlCommand>> send(ControlCommand command) {
        return blocking(() -> {
            if (!ControlCommand.ALL.equals(command.instanceId()) && group.instances().stream()
                    .noneMatch(i -> i.instanceId().equals(command.instanceId()))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No scoring instance '" + command.instanceId()
                        + "' in the consumer group; list them with GET /api/admin/scoring/workers, or use 'all'.");
            }
            kafka.send(ControlCommand.TOPIC, command.instanceId(), EventJson.write(command)).get(10, TimeUnit.SECONDS);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(command);
        });
    }

    private Latency latency() {
        double p50 = 0;
        double p99 = 0;
        for (ValueAtPercentile v : metrics.evaluationTimer().takeSnapshot().percentileValues()) {
            if (v.percentile() == 0.5) {
                p50 = v.value(TimeUnit.MILLISECONDS);
            } else if (v.percentile() == 0.99) {
                p99 = v.value(TimeUnit.MILLISECONDS);
            }
        }
        return new Latency(Math.round(p50 * 10) / 10.0, Math.round(p99 * 10) / 10.0, metrics.evaluationTimer().count());
    }

    private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    public record ConcurrencyRequest(Integer threads) {
    }

    /** @param count evaluations this instance made since it started; p50/p99 in milliseconds, this instance */
    public record Latency(double p50Ms, double p99Ms, long count) {
    }

    public record Throughput(ThroughputSampler.Rates rates, Latency evaluationLatency) {
    }

    public record Workers(List<InstanceView> instances, int totalThreads, LocalWorker.WorkerView self) {
    }

    public record ScoringStatus(List<InstanceView> instances, LocalWorker.WorkerView self, Lag lag,
                                ThroughputSampler.Rates throughput, Latency evaluationLatency) {
    }
}
