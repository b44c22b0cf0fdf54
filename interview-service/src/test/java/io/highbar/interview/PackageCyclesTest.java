package io.highbar.interview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Each package of the service (a feature, or a part of one) depends on others without ever depending back. */
class PackageCyclesTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.highbar.interview");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.highbar.interview.(**)").should().beFreeOfCycles().check(service);
    }

    /** Exceptions become problems in one place, which knows the features; no feature knows the web layer. */
    @Test
    void onlyTheWebLayerMapsExceptionsToProblems() {
        noClasses().that().resideOutsideOfPackage("io.highbar.interview.web..")
                .should().dependOnClassesThat().resideInAPackage("io.highbar.interview.web..")
                .check(service);
    }

    /** The aggregate and its rules know nothing of how they are stored, served or shown. */
    @Test
    void theAggregateDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("io.highbar.interview.session")
                .should().dependOnClassesThat().resideInAnyPackage("io.highbar.interview.session.store..",
                        "io.highbar.interview.session.api..", "io.highbar.interview.session.app..",
                        "io.highbar.interview.stream..", "io.highbar.interview.web..",
                        "org.springframework..", "com.mongodb..", "org.apache.kafka..")
                .check(service);
    }
}
