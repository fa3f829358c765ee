package dev.zmqstudio.ui;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped example opens in the designer, runs with Run, moves messages with no node in error, and stops. */
@ExtendWith(ApplicationExtension.class)
@Timeout(240)
class ExamplesInTheDesignerTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    @Test
    void everyExampleRunsInTheDesigner(FxRobot robot) throws Exception {
        Path folder = FreePortExamples.folder();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 11, "the classic examples ship: " + files);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            load(FreePortExamples.load(file));
            robot.clickOn("#run");
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                    EngineSnapshot s = fx(() -> simulation.lastSnapshot());
                    return s != null && s.wires().values().stream().anyMatch(w -> w.messages() > 0);
                });
            } catch (java.util.concurrent.TimeoutException e) {
                failures.add(file.getFileName() + ": no message moved within 20 s");
            }
            EngineSnapshot s = fx(() -> simulation.lastSnapshot());
            if (s != null) {
                s.nodes().values().stream().filter(n -> n.state() == NodeState.ERROR)
                        .forEach(n -> failures.add(file.getFileName() + ": " + n.id() + ": " + n.error()));
            }
            robot.clickOn("#stop");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !simulation.isRunning()));
        }
        assertEquals(List.of(), failures);
    }
}
