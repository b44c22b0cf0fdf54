package io.highbar.scoring.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The engine is plain Java: the Kafka worker and the CLI wrap it, never the other way round. */
class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.highbar.scoring.engine");

    @Test
    void engineHasNoFrameworkDependencies() {
        noClasses().that().resideInAPackage("io.highbar.scoring.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                        "java.net.http..", "reactor..", "io.netty..", "jakarta.servlet..", "io.highbar.scoring.cli..")
                .check(engine);
    }
}
