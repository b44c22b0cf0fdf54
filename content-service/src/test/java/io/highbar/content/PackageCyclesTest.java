package io.highbar.content;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Each package of the service (a feature, or a part of one) depends on others without ever depending back. */
class PackageCyclesTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.highbar.content");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.highbar.content.(**)").should().beFreeOfCycles().check(service);
    }
}
