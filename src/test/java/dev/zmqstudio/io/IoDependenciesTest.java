package dev.zmqstudio.io;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** io sits on the model and Jackson only: no engine, no UI, no JeroMQ. */
class IoDependenciesTest {

    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zmqstudio.io");

    @Test
    void ioUsesOnlyTheJdkTheModelAndJackson() {
        classes().that().resideInAPackage("dev.zmqstudio.io..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.zmqstudio.io..", "dev.zmqstudio.model..", "com.fasterxml.jackson.core..")
                .check(IO);
    }
}
