package io.highbar.loadtool;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/** The human-readable lines and the machine-readable summary of a run. */
public final class Report {

    private final PrintStream out;
    private final ObjectNode json = Gateway.JSON.createObjectNode();

    public Report(PrintStream out, String mode) {
        this.out = out;
        json.put("mode", mode);
        machine(Machine.current());
    }

    private void machine(Machine machine) {
        ObjectNode node = json.putObject("machine");
        node.put("cpu", machine.cpu());
        node.put("cores", machine.cores());
        node.put("java", machine.java());
        node.put("os", machine.os());
        line("machine", machine.describe());
    }

    public ObjectNode json() {
        return json;
    }

    public void line(String label, String text) {
        out.printf(Locale.ROOT, "%-12s %s%n", label, text);
    }

    public void text(String text) {
        out.println(text);
    }

    public static ObjectNode latency(ObjectNode parent, String field, LatencySummary s) {
        ObjectNode node = parent.putObject(field);
        node.put("count", s.count());
        if (s.count() > 0) {
            node.put("p50Ms", round(s.p50()));
            node.put("p95Ms", round(s.p95()));
            node.put("p99Ms", round(s.p99()));
            node.put("maxMs", round(s.max()));
            node.put("meanMs", round(s.mean()));
        }
        return node;
    }

    public void errors(ErrorCounts errors) {
        Map<String, Long> snapshot = errors.snapshot();
        ObjectNode node = json.putObject("errors");
        snapshot.forEach(node::put);
        StringBuilder sb = new StringBuilder();
        snapshot.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
        line("errors", sb.length() == 0 ? "none" : sb.toString());
    }

    public void verdicts(Map<String, Long> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        ObjectNode node = json.putObject("verdicts");
        verdicts.forEach(node::put);
        StringBuilder sb = new StringBuilder();
        verdicts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
        line("verdicts", sb.toString());
    }

    /** Prints the Kafka round trip and the platform/Kafka ratios. */
    public void kafka(KafkaRoundTrip.Result kafka, LatencySummary platform) {
        if (kafka == null) {
            line("kafka", "skipped (--kafka-samples 0)");
            return;
        }
        ObjectNode node = json.putObject("kafka");
        node.put("recordBytes", kafka.recordBytes());
        if (kafka.error() != null) {
            node.put("error", kafka.error());
            line("kafka", "not measured: " + kafka.error());
            return;
        }
        latency(json, "kafkaRoundTrip", kafka.latency());
        line("kafka", String.format(Locale.ROOT, "raw round trip, %d B records on %s: %s", kafka.recordBytes(),
                KafkaRoundTrip.TOPIC, kafka.latency().format()));
        double p50 = LatencySummary.ratio(platform.p50(), kafka.latency().p50());
        double p99 = LatencySummary.ratio(platform.p99(), kafka.latency().p99());
        if (!Double.isNaN(p50)) {
            node.put("ratioP50", round(p50));
        }
        if (!Double.isNaN(p99)) {
            node.put("ratioP99", round(p99));
        }
        line("ratio", String.format(Locale.ROOT, "platform / kafka: p50 %s  p99 %s", times(p50), times(p99)));
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1fx", ratio);
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
