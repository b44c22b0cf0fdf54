package io.highbar.loadtool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTest {

    @TempDir
    Path dir;

    @Test
    void theCpuIsTheFirstModelNameOfCpuinfo() throws IOException {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), """
                processor\t: 0
                vendor_id\t: GenuineIntel
                model name\t: Intel(R) Xeon(R) Processor
                cpu MHz\t\t: 2599.998

                processor\t: 1
                model name\t: Another Model
                """);

        assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("Intel(R) Xeon(R) Processor");
    }

    @Test
    void aSystemWithoutCpuinfoSaysUnknown() {
        assertThat(Machine.cpuModel(dir.resolve("missing"))).isEqualTo("unknown");
    }

    @Test
    void theDescriptionNamesTheCoresAndTheJava() {
        Machine machine = Machine.current();

        assertThat(machine.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(machine.describe()).contains(machine.cores() + " cores")
                .contains(System.getProperty("java.runtime.version"));
    }
}
