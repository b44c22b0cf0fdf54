package io.highbar.loadtool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run measured. Results are only comparable on the same kind of machine, so every report names it:
 * the same build gave several times the latency on one 2-core machine as on another (BENCHMARKS.md).
 */
public record Machine(String cpu, int cores, String java, String os) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    public static Machine current() {
        return new Machine(cpuModel(CPUINFO), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** The first {@code model name} of a Linux cpuinfo file, or "unknown" where there is none (other systems). */
    static String cpuModel(Path cpuinfo) {
        List<String> lines;
        try {
            lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return lines.stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .filter(model -> !model.isEmpty())
                .findFirst()
                .orElse("unknown");
    }

    public String describe() {
        return cpu + ", " + cores + " cores, " + os + "; load tool on " + java;
    }
}
