package dev.zmqstudio.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers of DESIGN.md: app -> ui, cli; ui -> runtime, io, model; cli -> runtime, io, model; runtime, io -> model;
 * and experiment (sweeps: runs, results, plots) between: ui, cli -> experiment -> runtime, io, model; and record
 * (recordings: the SQLite file, inspect, replay's reading) likewise: ui, cli -> record -> runtime, io, model; and
 * export (a topology as diagrams and, later, programs): ui, cli, app -> export -> io, model.
 */
class LayersTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.zmqstudio");

    @Test
    void dependenciesPointDownOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("dev.zmqstudio.app..")
                .layer("ui").definedBy("dev.zmqstudio.ui..")
                .layer("cli").definedBy("dev.zmqstudio.cli..")
                .layer("experiment").definedBy("dev.zmqstudio.experiment..")
                .layer("record").definedBy("dev.zmqstudio.record..")
                .layer("export").definedBy("dev.zmqstudio.export..")
                .layer("runtime").definedBy("dev.zmqstudio.runtime..")
                .layer("io").definedBy("dev.zmqstudio.io..")
                .layer("model").definedBy("dev.zmqstudio.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("record").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("runtime").mayOnlyBeAccessedByLayers("ui", "cli", "experiment", "record")
                .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli", "experiment", "record", "export")
                .whereLayer("model").mayOnlyBeAccessedByLayers("io", "runtime", "ui", "cli", "experiment", "record", "export")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("dev.zmqstudio.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineTalksToJeroMq() {
        noClasses().that().resideOutsideOfPackages("dev.zmqstudio.runtime..", "dev.zmqstudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zeromq..", "zmq..")
                .check(CLASSES);
    }
}
