package dev.zmqstudio.cli;

import dev.zmqstudio.runtime.DeployedHostProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hosts of a deployment with no designer attached (a Compose service without ZMQ_STUDIO_TELEMETRY): each starts as
 * soon as it is up, says it is ready, logs to its standard output, and stops in order on SIGTERM with its totals.
 */
@Timeout(120)
class StandaloneHostsTest {

    @Test
    void threeHostsOnTheirOwnDeliverEveryMessageAndStopOnSigterm(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        List<Process> hosts = DeployedHostProcesses.start(dir, file, "", dir.resolve("keys"), "h3", "h2", "h1");
        try {
            Path sinkLog = dir.resolve("h3.log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (received(sinkLog) < 1000 && System.nanoTime() < deadline) {
                Thread.sleep(20); // a condition on a log another process writes, checked every 20 ms
            }
            assertEquals(1000, received(sinkLog), Files.readString(sinkLog));
            for (String host : List.of("h1", "h2", "h3")) {
                assertTrue(Files.exists(dir.resolve(host + ".ready")), host + " said it was ready");
            }
            hosts.forEach(Process::destroy); // SIGTERM, as docker stop sends
            for (Process host : hosts) {
                assertTrue(host.waitFor(20, TimeUnit.SECONDS), "stops on SIGTERM");
                assertEquals(0, host.exitValue());
            }
            String log = Files.readString(sinkLog);
            assertTrue(log.contains("host h3: 1 node(s), on its own until stopped"), log);
            assertTrue(log.contains("collector: sent 0, received 1000"), "its totals at the end: " + log);
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    private static long received(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.startsWith("collector: got ")).count() : 0;
    }

    @Test
    void aHostWaitsForThePeersItConnectsToUntilTheirNamesResolve(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        Files.writeString(dir.resolve("hosts"), "127.0.0.1 h2 h3\n"); // h1's container has not started yet
        List<Process> hosts = new java.util.ArrayList<>(DeployedHostProcesses.start(dir, file, "", dir.resolve("keys"), "h2"));
        try {
            Path log = dir.resolve("h2.log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("host h2: waiting for h1 to resolve") && System.nanoTime() < deadline) {
                Thread.sleep(20); // a condition on a log another process writes, checked every 20 ms
            }
            assertTrue(Files.readString(log).contains("host h2: waiting for h1 to resolve (0 s of 60 s)"), Files.readString(log));
            Files.writeString(dir.resolve("hosts"), "127.0.0.1 h1 h2 h3\n"); // now it has
            hosts.addAll(DeployedHostProcesses.start(dir, file, "", dir.resolve("keys"), "h1", "h3"));
            Path sinkLog = dir.resolve("h3.log");
            while (received(sinkLog) < 1000 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1000, received(sinkLog), "every message, through the host that waited: " + Files.readString(log));
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }
}
