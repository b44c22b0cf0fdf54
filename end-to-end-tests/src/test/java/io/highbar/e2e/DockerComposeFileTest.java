package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here, so this reads docker-compose.yml and checks it against what the services read:
 * every variable it sets is one the service uses, every address points at a service of the file on the
 * port that service listens on, and the scoring workers can be scaled.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("highbar.root", ".."));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
    private static final List<String> APP_SERVICES = List.of("content-service", "scoring-service", "interview-service", "gateway");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void declaresTheInfrastructureAndTheFourServices() {
        assertThat(services).containsKeys("kafka", "mongo", "content-service", "scoring-service", "interview-service", "gateway");
        assertThat(services.get("kafka").get("image").toString()).startsWith("apache/kafka:");
        assertThat(services.get("mongo").get("image").toString()).startsWith("mongo:");
        assertThat(services.get("mongo").get("command").toString()).contains("--replSet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-service", "scoring-service", "interview-service", "gateway"})
    void everyVariableTheFileSetsIsOneTheServiceReads(String name) throws IOException {
        Set<String> read = placeholders(name).keySet();
        assertThat(environment(name).keySet()).as(name + " environment").isSubsetOf(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-service", "scoring-service", "interview-service", "gateway"})
    void everyAddressTheServiceNeedsIsSetAndPointsAtAServiceOfTheFile(String name) throws IOException {
        Map<String, String> env = environment(name);
        for (String variable : placeholders(name).keySet()) {
            if (variable.endsWith("_SERVICE_URL") || variable.equals("KAFKA_BOOTSTRAP_SERVERS") || variable.equals("MONGODB_URI")) {
                assertThat(env).as(name + " must set " + variable + " (its default is localhost)").containsKey(variable);
            }
        }
        env.forEach((variable, value) -> {
            if (variable.endsWith("_SERVICE_URL")) {
                URI uri = URI.create(value);
                assertThat(services).as(variable).containsKey(uri.getHost());
                assertThat(uri.getPort()).as(variable + " port").isEqualTo(listenPort(uri.getHost()));
            }
            if (variable.equals("MONGODB_URI")) {
                assertThat(URI.create(value).getHost()).isEqualTo("mongo");
            }
            if (variable.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains(value);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-service", "scoring-service", "interview-service", "gateway"})
    void everyServiceIsBuiltHealthCheckedLimitedAndWaitsForHealthyDependencies(String name) throws IOException {
        Map<String, Object> service = services.get(name);
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) service.get("build");
        Path dockerfile = ROOT.resolve(build.get("dockerfile").toString());
        assertThat(dockerfile).exists();
        assertThat(Files.readString(dockerfile)).contains(name + "/target/" + name + "-" + System.getProperty("highbar.version") + ".jar");
        assertThat(service.get("healthcheck").toString()).contains("localhost:" + listenPort(name) + "/actuator/health/readiness");
        assertThat(service).containsKey("mem_limit");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
        assertThat(dependsOn).isNotEmpty();
        dependsOn.forEach((dependency, condition) -> {
            assertThat(services).containsKey(dependency);
            assertThat(condition.get("condition")).isEqualTo("service_healthy");
        });
    }

    @Test
    void listenPortsMatchTheServicesDefaultsAndTheGatewayIsPublishedOn8080() throws IOException {
        Map<String, Integer> expected = Map.of("gateway", 8080, "interview-service", 8081, "scoring-service", 8082,
                "content-service", 8083);
        for (String name : APP_SERVICES) {
            String portVariable = placeholders(name).entrySet().stream()
                    .filter(e -> e.getKey().endsWith("_PORT")).map(Map.Entry::getKey).findFirst().orElseThrow();
            assertThat(placeholders(name).get(portVariable)).isEqualTo(expected.get(name).toString());
            assertThat(listenPort(name)).isEqualTo(expected.get(name));
        }
        assertThat(services.get("gateway").get("ports").toString()).contains("8080:8080");
    }

    @Test
    void scoringWorkersCanBeScaled() {
        Map<String, Object> scoring = services.get("scoring-service");
        assertThat(scoring).doesNotContainKeys("container_name", "ports");
    }

    private static int listenPort(String service) {
        Map<String, String> env = environment(service);
        return env.entrySet().stream().filter(e -> e.getKey().endsWith("_PORT") && !e.getKey().startsWith("KAFKA"))
                .map(e -> Integer.parseInt(e.getValue())).findFirst().orElse(-1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, Object> env = (Map<String, Object>) services.get(service).get("environment");
        Map<String, String> result = new java.util.LinkedHashMap<>();
        if (env != null) {
            env.forEach((k, v) -> result.put(k, String.valueOf(v)));
        }
        return result;
    }

    /** The environment variables a service's application.yml reads, with their defaults. */
    private static Map<String, String> placeholders(String service) throws IOException {
        String yaml = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
        Map<String, String> found = new java.util.LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(yaml);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }
}
