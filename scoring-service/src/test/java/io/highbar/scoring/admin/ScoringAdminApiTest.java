package io.highbar.scoring.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.highbar.infra.TestIssuer;
import io.highbar.scoring.ScoringServiceTestBase;
import io.highbar.scoring.worker.ScoringInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ScoringAdminApiTest extends ScoringServiceTestBase {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    WebTestClient http;

    @Autowired
    void adminClient(WebTestClient client) {
        this.http = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestIssuer.shared().token("admin", "ADMIN")).build();
    }

    @Autowired
    ScoringInstance instance;

    @Autowired
    LocalWorker worker;

    @AfterEach
    void restore() {
        worker.resume();
        worker.setConcurrency(2);
    }

    @Test
    void workersListThisInstanceWithItsThreadsAndEveryPartitionOfTheAnswerTopic() {
        Map<String, Object> workers = await("/api/admin/scoring/workers",
                w -> partitionsOf(w).size() == 12);
        assertThat(instances(workers)).anySatisfy(i -> {
            assertThat(i.get("instanceId")).isEqualTo(instance.id());
            assertThat(i.get("threads")).isEqualTo(2);
        });
        assertThat(workers.get("totalThreads")).isEqualTo(2);
    }

    @Test
    void concurrencyChangesAtRuntimeThroughTheControlTopic() {
        http.put().uri("/api/admin/scoring/instances/{id}/concurrency", instance.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"threads\":3}")
                .exchange().expectStatus().isAccepted();

        Map<String, Object> workers = await("/api/admin/scoring/workers",
                w -> Integer.valueOf(3).equals(w.get("totalThreads")) && partitionsOf(w).size() == 12);
        assertThat(((Map<?, ?>) workers.get("self")).get("threads")).isEqualTo(3);
    }

    @Test
    void pauseAndResumeReachEveryInstance() {
        http.post().uri("/api/admin/scoring/pause").exchange().expectStatus().isAccepted();
        await("/api/admin/scoring/workers", w -> Boolean.TRUE.equals(((Map<?, ?>) w.get("self")).get("paused")));
        http.post().uri("/api/admin/scoring/resume").exchange().expectStatus().isAccepted();
        await("/api/admin/scoring/workers", w -> Boolean.FALSE.equals(((Map<?, ?>) w.get("self")).get("paused")));
    }

    @Test
    void badControlRequestsAreRefusedWithProblems() {
        http.put().uri("/api/admin/scoring/instances/{id}/concurrency", instance.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"threads\":0}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/api/admin/scoring/instances/{id}/concurrency", "scoring-nobody")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"threads\":2}")
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lagAndThroughputAreReported() {
        Map<String, Object> lag = get("/api/admin/scoring/lag");
        assertThat((List<?>) lag.get("partitions")).hasSize(12);
        assertThat(((Number) lag.get("total")).longValue()).isGreaterThanOrEqualTo(0);
        Map<String, Object> throughput = get("/api/admin/scoring/throughput");
        assertThat((Map<String, Object>) throughput.get("rates")).containsKeys("answersPerSecondIn", "evaluationsPerSecondOut");
        assertThat((Map<String, Object>) throughput.get("evaluationLatency")).containsKeys("p50Ms", "p99Ms", "count");
        assertThat(get("/api/admin/scoring")).containsKeys("instances", "self", "lag", "throughput", "evaluationLatency");
    }

    private Map<String, Object> await(String uri, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Object> last = null;
        while (System.nanoTime() < deadline) {
            last = get(uri);
            if (condition.test(last)) {
                return last;
            }
            sleep();
        }
        throw new AssertionError("condition not reached; last: " + last);
    }

    private Map<String, Object> get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> instances(Map<String, Object> workers) {
        return (List<Map<String, Object>>) workers.get("instances");
    }

    private static List<Object> partitionsOf(Map<String, Object> workers) {
        return instances(workers).stream().flatMap(i -> ((List<?>) i.get("partitions")).stream()).map(p -> (Object) p).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
