package dev.zmqstudio.model;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The model is shared by UI, engine and CLI, so it may use the JDK and nothing else. */
class ModelDependenciesTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zmqstudio.model");

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("dev.zmqstudio.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.zmqstudio.model..")
                .check(MODEL);
    }
}
