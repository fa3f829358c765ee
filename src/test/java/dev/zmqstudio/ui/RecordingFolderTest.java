package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run from the designer records into ~/zmq-studio/<file name>/ (here the test output folder), never elsewhere. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class RecordingFolderTest extends SimulationFixture {

    @TempDir
    Path dir;
    private final String name = "recording-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private final Path expected = Path.of(System.getProperty("zmqstudio.output",
            System.getProperty("user.home") + "/zmq-studio")).resolve(name);

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    @AfterEach
    void removeRecording() throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> all = Files.walk(expected)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void aSinksRecordLandsInTheFoldersNamedAfterTheFile(FxRobot robot) throws Exception {
        Topology t = Topology.empty("rec")
                .withNode(SocketNode.of("pusher", SocketType.PUSH,
                        new Behaviour.Generator("m{n}", 0, 4, List.of(), 1, false), "inproc://designer-rec"))
                .withNode(SocketNode.of("recorder", SocketType.PULL, new Behaviour.Sink(false, null, null, "runs/rows.csv")))
                .withWire(Wire.of("w", "recorder", "pusher", "inproc://designer-rec"));
        Path file = dir.resolve(name + ".json");
        TopologyFiles.save(t, file);
        dialogs.answers.add(file);
        robot.clickOn("#open");
        robot.clickOn("#run");
        Path csv = expected.resolve("runs").resolve("rows.csv");
        waitUntil(30, () -> "4".equals(fx(() -> robot.lookup("#node-recorder .node-count")
                .queryAs(javafx.scene.control.Label.class).getText())));
        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        assertEquals(5, lines(csv), "a header and one row per message");
        assertTrue(fx(() -> window.editor().console().stream()
                .anyMatch(l -> l.text().equals("Run: recordings go to " + expected))), "the console says where");
        assertEquals(List.of(file.getFileName().toString()), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "nothing is written beside the file");
    }

    private static long lines(Path csv) {
        try {
            return Files.readAllLines(csv).size();
        } catch (IOException e) {
            return -1;
        }
    }
}
