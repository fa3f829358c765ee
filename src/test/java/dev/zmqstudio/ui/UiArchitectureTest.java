package dev.zmqstudio.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@Timeout(60)
class UiArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zmqstudio");

    @Test
    void theDesignerDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.zmqstudio.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zmqstudio.app..", "dev.zmqstudio.cli..")
                .check(classes);
    }

    @Test
    void theEditStateNeedsNoSceneGraph() {
        // Document, selection, commands and wiring rules are plain view-model code: properties yes, nodes no.
        noClasses().that().resideInAPackage("dev.zmqstudio.ui.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
