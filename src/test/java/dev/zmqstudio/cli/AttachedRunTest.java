package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.deploy.ReportParts;
import dev.zmqstudio.runtime.DeployedHostProcesses;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.io.TopologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A three-host pipeline deployed as three {@code node FILE --host NAME} processes on this machine (their host names
 * resolved to loopback through a hosts file of their own) and shown by {@code run FILE --attach}: the attached run's
 * report says what the same file's in-process run says. A host whose key the designer does not know is not let in.
 */
@Timeout(180)
class AttachedRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAttachedRunOfThreeDeployedHostsReportsWhatTheInProcessRunReports(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        CliHarness local = CliHarness.run("run", file.toString(), "--report", dir.resolve("local.json").toString());
        assertEquals(0, local.exitCode(), local.out() + local.err());

        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h1", "h2", "h3");
        try {
            CliHarness attached = CliHarness.run("run", file.toString(), "--attach", telemetry, "--report",
                    dir.resolve("attached.json").toString(), "--duration", "60s");
            assertEquals(0, attached.exitCode(), attached.out() + attached.err());
            for (Process host : hosts) {
                assertTrue(host.waitFor(30, TimeUnit.SECONDS), "each host stops when the designer's run ends");
                assertEquals(0, host.exitValue());
            }
            assertTrue(Files.exists(dir.resolve("h2.ready")), "each host says when its sockets are set up");
            JsonNode a = JSON.readTree(dir.resolve("attached.json").toFile());
            JsonNode l = JSON.readTree(dir.resolve("local.json").toFile());
            assertEquals(1000, a.at("/nodes/collector/received").asLong(), a.toPrettyString());
            assertEquals(ReportParts.of(l), ReportParts.of(a), "the attached report equals the in-process one");
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void aHostWithAKeyTheDesignerDoesNotKnowIsNotLetIn(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        Path stranger = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(stranger.resolve("three.json"), Files.readString(file));
        assertEquals(0, CliHarness.run("keys", "generate", stranger.resolve("three.json").toString()).exitCode());
        Files.copy(dir.resolve("keys/attach/designer.key"), stranger.resolve("keys/attach/designer.key"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING); // it knows the designer, the designer does not know it

        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = new ArrayList<>(DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h2", "h3"));
        hosts.addAll(DeployedHostProcesses.start(dir, file, telemetry, stranger.resolve("keys"), "h1"));
        try {
            CliHarness attached = CliHarness.run("run", file.toString(), "--attach", telemetry, "--attach-wait", "8s",
                    "--duration", "5s");
            assertTrue(attached.out().contains("warning: hosts h1 did not report after 8 s"), attached.out());
            assertTrue(attached.out().contains("producer    PUSH       starting"), attached.out());
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void hostsStopOnTheirOwnWhenTheirDesignerIsGone(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h1", "h2", "h3");
        ChildLaunch launch = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        Path designerLog = dir.resolve("designer.log");
        Process designer = new ProcessBuilder(launch.command(List.of("run", file.toString(), "--attach", telemetry,
                "--duration", "5m"))).redirectErrorStream(true).redirectOutput(designerLog.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(designerLog).contains("[collector] got") && System.nanoTime() < deadline) {
                Thread.sleep(20); // a condition on the designer's output, checked every 20 ms
            }
            assertTrue(Files.readString(designerLog).contains("[collector] got"), Files.readString(designerLog));
            designer.destroyForcibly(); // SIGKILL: it says nothing to the hosts
            for (Process host : hosts) {
                assertTrue(host.waitFor(60, TimeUnit.SECONDS), "a host stops once its designer is silent for 15 s");
            }
            assertTrue(Files.readString(dir.resolve("h1.log")).contains("host h1: the designer at " + telemetry
                    + " has not been heard for 15 s: stopping"), Files.readString(dir.resolve("h1.log")));
        } finally {
            designer.destroyForcibly();
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void attachingWithoutTheKeysSaysHowToMakeThem(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        CliHarness attached = CliHarness.run("run", file.toString(), "--attach", "tcp://127.0.0.1:" + FreePorts.find());
        assertEquals(ExitCodes.BAD_INPUT, attached.exitCode());
        assertTrue(attached.err().contains("has no key pair for designer, h1, h2, h3; make them with zmq-studio keys"
                + " generate FILE"), attached.err());
        CliHarness host = CliHarness.run("node", file.toString(), "--host", "h1", "--telemetry", "tcp://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, host.exitCode());
        assertTrue(host.err().contains("host h1 has no key pair in"), host.err());
        CliHarness unknown = CliHarness.run("node", file.toString(), "--host", "h9");
        assertTrue(unknown.err().contains("no node of " + file + " runs on host \"h9\"; its hosts are h1, h2, h3"), unknown.err());
    }
}
