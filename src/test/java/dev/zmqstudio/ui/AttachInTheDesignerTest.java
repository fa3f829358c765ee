package dev.zmqstudio.ui;

import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.runtime.DeployedHostProcesses;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Attach to Deployment shows three deployed hosts live: their counts, the wires' states, the end on Stop. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class AttachInTheDesignerTest extends SimulationFixture {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    @Test
    void attachingShowsTheDeployedHostsCountsLiveAndStopEndsThem(FxRobot robot) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        assertEquals(0, Cli.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "keys", "generate", file.toString()));
        fx(() -> window.open(file));
        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        prompts.attachEndpoint = java.util.Optional.of(telemetry);
        robot.clickOn("#menu-file").clickOn("#menu-attach");
        assertEquals(List.of(List.of("h1", "h2", "h3")), prompts.attachAsked, "asked where the three hosts report");
        assertTrue(status().startsWith("Attaching at " + telemetry + ": waiting for hosts h1, h2, h3"), status());
        List<Process> hosts = DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h1", "h2", "h3");
        try {
            waitUntil(60, () -> received(fx(simulation::lastSnapshot)) == 1000);
            EngineSnapshot s = fx(simulation::lastSnapshot);
            assertEquals(2000, s.nodes().get("producer").sent(), "the hosts' counts, as they report them");
            assertEquals("CONNECTED", s.wires().get("w2").state().name());
            assertEquals("Attached: hosts h1, h2, h3 reporting at " + telemetry + " — press Stop (Shift+F5) to end, which"
                    + " stops them", status());
            fx(() -> simulation.stop());
            waitUntil(20, () -> fx(() -> !simulation.isRunning()));
            for (Process host : hosts) {
                assertTrue(host.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "Stop ends the deployment's hosts");
            }
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void attachingWithoutKeysSaysHowToMakeThemAndAsksNothing(FxRobot robot) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        fx(() -> window.open(file));
        robot.clickOn("#menu-file").clickOn("#menu-attach");
        assertTrue(prompts.attachAsked.isEmpty());
        assertTrue(status().contains("Cannot attach: the telemetry of a deployment is secured with CURVE")
                && status().contains("make them with zmq-studio keys generate FILE"), status());
    }

    private static long received(EngineSnapshot s) {
        return s == null || s.nodes().get("collector") == null ? -1 : s.nodes().get("collector").received();
    }
}
