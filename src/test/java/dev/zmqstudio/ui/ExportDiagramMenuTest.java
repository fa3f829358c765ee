package dev.zmqstudio.ui;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #19 in the designer: File > Export Mermaid / Export Graphviz DOT write the diagram where the user says. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ExportDiagramMenuTest extends DesignerFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theDiagramIsWrittenAsMermaidAndAsDot(FxRobot robot, @TempDir Path dir) throws Exception {
        Topology pipeline = FreePortExamples.load("pipeline.json");
        load(pipeline);
        Path mmd = dir.resolve("pipeline.mmd");
        dialogs.answers.add(mmd);
        clickExport(robot, "#menu-export-mermaid");
        waitUntil(5, () -> Files.exists(mmd));
        List<String> lines = Files.readAllLines(mmd);
        assertEquals("flowchart LR", lines.get(1));
        for (Wire w : pipeline.wires()) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("|\"" + w.id() + " · " + w.endpoint())), w.id());
        }
        Path dot = dir.resolve("pipeline.dot");
        dialogs.answers.add(dot);
        clickExport(robot, "#menu-export-dot");
        waitUntil(5, () -> Files.exists(dot));
        assertTrue(Files.readString(dot).contains("digraph \"pipeline\" {"));
        waitUntil(5, () -> status().startsWith("Exported " + dot));
    }

    @Test
    void pyzmqProgramsGoToANewFolderAndWhatIsNotExportedIsSaid(FxRobot robot, @TempDir Path dir) throws Exception {
        load(FreePortExamples.load("failover-drill.json"));
        Path folder = dir.resolve("drill-pyzmq");
        dialogs.answers.add(folder);
        clickExport(robot, "#menu-export-pyzmq");
        waitUntil(5, () -> Files.exists(folder.resolve("run_all.sh")));
        assertTrue(Files.exists(folder.resolve("ventilator.py")) && Files.exists(folder.resolve("zsrt.py")));
        List<String> console = fx(() -> window.editor().console().stream().map(dev.zmqstudio.ui.edit.ConsoleLine::text).toList());
        assertTrue(console.stream().anyMatch(l -> l.startsWith("not exported: the scenario")), console.toString());
        assertTrue(status().startsWith("Exported pyzmq programs to " + folder), status());

        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("mine.txt"), "x");
        dialogs.answers.add(busy);
        clickExport(robot, "#menu-export-pyzmq");
        waitUntil(5, () -> !prompts.errors.isEmpty());
        assertTrue(prompts.errors.getFirst().contains("is not empty"), prompts.errors.toString());
        try (var files = Files.list(busy)) {
            assertEquals(List.of(busy.resolve("mine.txt")), files.toList(), "nothing written into a folder in use");
        }
    }

    @Test
    void jeromqProgramsGoToTheFolderTheUserPicks(FxRobot robot, @TempDir Path dir) throws Exception {
        load(FreePortExamples.load("pipeline.json"));
        Path folder = dir.resolve("pipeline-java");
        dialogs.answers.add(folder);
        clickExport(robot, "#menu-export-java");
        waitUntil(5, () -> Files.exists(folder.resolve("run_all.sh")));
        assertTrue(Files.readString(folder.resolve("producer.java")).contains("public final class producer {"));
        assertTrue(Files.exists(folder.resolve("Zsrt.java")));
        assertTrue(status().startsWith("Exported JeroMQ programs to " + folder), status());
    }

    @Test
    void aDiagramWithErrorsIsNotExported(FxRobot robot, @TempDir Path dir) throws Exception {
        Topology broken = FreePortExamples.load("push-pull.json").withoutWire("w1").withWire(Wire.of("w1", "puller", "nobody", "tcp://127.0.0.1:1"));
        load(broken);
        waitUntil(5, () -> fx(() -> window.editor().problems().stream().anyMatch(dev.zmqstudio.model.Problem::isError)));
        Path mmd = dir.resolve("x.mmd");
        dialogs.answers.add(mmd);
        clickExport(robot, "#menu-export-mermaid");
        waitUntil(5, () -> !prompts.errors.isEmpty());
        assertTrue(prompts.errors.getFirst().contains("fix them first"), prompts.errors.toString());
        assertFalse(Files.exists(mmd));
    }

    @Test
    void aDeploymentGoesToANewFolderOffTheFxThreadAndAnUndeployableDiagramIsRefusedWithTheFix(FxRobot robot,
                                                                                            @TempDir Path dir) throws Exception {
        Path file = Files.copy(Path.of("topologies/three-hosts.json"), dir.resolve("three-hosts.json"));
        fx(() -> window.open(file));
        Path compose = dir.resolve("three-hosts-compose");
        dialogs.answers.add(compose);
        clickExport(robot, "#menu-export-compose");
        waitUntil(20, () -> status().startsWith("Exported Docker Compose to " + compose));
        String yml = Files.readString(compose.resolve("docker-compose.yml"));
        assertTrue(yml.contains("h1:") && yml.contains("h2:") && yml.contains("h3:"), "a service per host: " + yml);
        assertTrue(yml.contains("- \"--host\"") || yml.contains("- --host"), yml);
        assertTrue(Files.exists(compose.resolve("three-hosts.json")), "the topology goes with it");

        Path k8s = dir.resolve("three-hosts-kubernetes");
        dialogs.answers.add(k8s);
        clickExport(robot, "#menu-export-kubernetes");
        waitUntil(20, () -> status().startsWith("Exported Kubernetes to " + k8s));
        assertTrue(Files.readString(k8s.resolve("kubernetes.yaml")).contains("kind: \"Deployment\"")
                || Files.readString(k8s.resolve("kubernetes.yaml")).contains("kind: Deployment"));

        String address = "tcp://10.1.2.3:5602"; // an address of one machine: no other host can bind it
        load(topology().mapNodes(n -> n.id().equals("worker-out") ? n.withSocket(dev.zmqstudio.model.Side.MAIN,
                n.socket(dev.zmqstudio.model.Side.MAIN).withBinds(List.of(address))) : n)
                .replaceWire(topology().wire("w-results").orElseThrow().withEndpoint(address)));
        Path refused = dir.resolve("refused");
        dialogs.answers.add(refused);
        clickExport(robot, "#menu-export-compose");
        waitUntil(20, () -> !prompts.errors.isEmpty());
        assertTrue(prompts.errors.getFirst().startsWith("The diagram cannot be deployed as it is: "), prompts.errors.toString());
        assertFalse(Files.exists(refused.resolve("docker-compose.yml")), "nothing written");
    }
}
