package dev.zmqstudio.ui;

import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.record.RunRecorder;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.external.CommandApproval;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #18: a recorded run of every shipped example, opened in the designer and seeked to its end by dragging the
 * timeline, shows the counts the run ended with, on every wire and every node's badge; and nothing runs meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ReplayInTheDesignerTest extends SimulationFixture {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(FreePortExamples.folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    /** Runs {@code t} headless to its end, recording it into {@code file}; returns its last numbers (the report's). */
    static EngineSnapshot record(Topology t, Path file, Path outputDir) throws Exception {
        EngineOptions options = EngineOptions.logTo(null).withOutputDir(outputDir).withCommands(CommandApproval.ALLOW)
                .withChildren(ChildLaunch.ofThisProcess(TopologyFiles::toJson));
        try (Engine engine = new Engine(t, options)) {
            RunRecorder recorder = RunRecorder.attach(engine, file, TopologyFiles.toJson(t), AppVersion.current(), Set.of(), 1);
            engine.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!engine.isQuiet(Duration.ofSeconds(1)) && System.nanoTime() < deadline) {
                recorder.observe(engine.snapshot());
                Thread.sleep(20);
            }
            engine.stop();
            EngineSnapshot last = engine.snapshot();
            recorder.finish(last);
            return last;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void seekingToTheEndShowsTheCountsTheRunEndedWith(String example, FxRobot robot) throws Exception {
        Path recording = dir.resolve(example.replace(".json", ".zsrec"));
        EngineSnapshot report = record(FreePortExamples.load(example), recording, dir);

        assertTrue(fx(() -> window.openRecording(recording, false)).get(), "opened " + recording);
        Slider slider = find(robot, "#replay-slider", Slider.class);
        fx(() -> slider.setValue(slider.getMax())); // as a drag to the right end does
        waitUntil(10, () -> fx(() -> simulation.replayAtNanos()) > 0);

        EngineSnapshot shown = fx(() -> simulation.replayNumbers());
        assertNotNull(shown);
        for (EngineSnapshot.WireStats w : report.wires().values()) {
            assertEquals(w.messages(), shown.wire(w.id()).messages(), example + ": wire " + w.id());
        }
        for (EngineSnapshot.NodeStats n : report.nodes().values()) {
            EngineSnapshot.NodeStats replayed = shown.node(n.id());
            if (replayed == null || report.node(n.id()).type().equals("EXTERNAL")) {
                continue;
            }
            assertEquals(n.sent(), replayed.sent(), example + ": " + n.id() + " sent");
            assertEquals(n.received(), replayed.received(), example + ": " + n.id() + " received");
            String badge = fx(() -> robot.lookup("#node-" + n.id() + " .node-count").queryAs(Label.class).getText());
            long count = n.received() > 0 || n.sent() == 0 ? n.received() : n.sent();
            if (count < 10_000) {
                assertEquals(Long.toString(count), badge, example + ": the badge of " + n.id());
            }
        }
        assertTrue(!fx(() -> simulation.isRunning()), "a replay runs nothing");
        assertTrue(fx(() -> robot.lookup("#replay-time").queryAs(Label.class).getText()).contains("of"), "the timeline says where it is");
    }
}
