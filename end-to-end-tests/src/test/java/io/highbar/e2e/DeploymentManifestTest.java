package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes manifests name the consumer group, topic, ports and probes the services really use. */
class DeploymentManifestTest {

    private static final Path K8S = Path.of(System.getProperty("highbar.root", "..")).resolve("deploy/k8s");

    @Test
    @SuppressWarnings("unchecked")
    void kedaScalesScoringServiceOnTheLagOfItsConsumerGroup() throws IOException {
        Map<String, Object> scaled = new Yaml().load(Files.readString(K8S.resolve("scoring-service-keda.yaml")));
        assertThat(scaled.get("kind")).isEqualTo("ScaledObject");
        Map<String, Object> spec = (Map<String, Object>) scaled.get("spec");
        assertThat(((Map<String, Object>) spec.get("scaleTargetRef")).get("name")).isEqualTo("scoring-service");
        Map<String, Object> trigger = ((List<Map<String, Object>>) spec.get("triggers")).get(0);
        Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
        assertThat(trigger.get("type")).isEqualTo("kafka");
        assertThat(metadata.get("consumerGroup")).isEqualTo(consumerGroupOfScoringService());
        assertThat(metadata.get("topic")).isEqualTo(Topics.ANSWER_SUBMITTED);
        assertThat((Integer) spec.get("maxReplicaCount") * 2).as("replicas × threads never exceed the partitions")
                .isLessThanOrEqualTo(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDeploymentProbesReadinessOnItsOwnPort() throws IOException {
        List<Map<String, Object>> deployments = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(Files.readString(K8S.resolve("highbar.yaml")))) {
            Map<String, Object> m = (Map<String, Object>) doc;
            if ("Deployment".equals(m.get("kind"))) {
                deployments.add(m);
            }
        }
        assertThat(deployments).extracting(d -> (Object) ((Map<?, ?>) d.get("metadata")).get("name"))
                .containsExactlyInAnyOrder("scoring-service", "interview-service", "content-service", "gateway");
        for (Map<String, Object> d : deployments) {
            Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                    ((Map<String, Object>) d.get("spec")).get("template")).get("spec")).get("containers")).get(0);
            int port = (Integer) ((List<Map<String, Object>>) container.get("ports")).get(0).get("containerPort");
            Map<String, Object> probe = (Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe")).get("httpGet");
            assertThat(probe.get("path")).isEqualTo("/actuator/health/readiness");
            assertThat(probe.get("port")).isEqualTo(port);
        }
    }

    private static String consumerGroupOfScoringService() throws IOException {
        String yaml = Files.readString(Path.of(System.getProperty("highbar.root", ".."))
                .resolve("scoring-service/src/main/resources/application.yml"));
        int at = yaml.indexOf("group-id:");
        return yaml.substring(at + "group-id:".length(), yaml.indexOf('\n', at)).trim();
    }
}
