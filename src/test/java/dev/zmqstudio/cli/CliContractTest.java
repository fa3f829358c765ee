package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes and messages scripts rely on (DESIGN.md, "Contract for tests"). */
@Timeout(60)
class CliContractTest {

    private static final String PUB_TO_PULL = """
            {
              "format": 1,
              "nodes": [
                { "id": "pub", "type": "PUB", "binds": ["tcp://127.0.0.1:%d"],
                  "behaviour": { "kind": "generator", "template": "x", "count": 1 } },
                { "id": "pull", "type": "PULL", "behaviour": { "kind": "sink" } }
              ],
              "wires": [ { "id": "bad-wire", "from": "pull", "to": "pub", "endpoint": "tcp://127.0.0.1:%d" } ]
            }
            """;

    @Test
    void validateFlagsAnIllegalPubToPullWireWithItsIdAndExits1(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, PUB_TO_PULL.formatted(6001, 6001));
        CliHarness r = CliHarness.run("validate", file.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode());
        assertTrue(r.out().contains(file + ":8:14: error: wire bad-wire: PULL cannot talk to PUB"), r.out());
        assertTrue(r.out().contains("1 error(s)"), r.out());
    }

    @Test
    void runRefusesAnInvalidTopologyWithExit1AndStartsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, PUB_TO_PULL.formatted(6002, 6002));
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "1s");
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode());
        assertTrue(r.err().contains("error: wire bad-wire"), r.err());
        assertFalse(r.out().contains("Summary"), r.out());
    }

    @Test
    void aMalformedFileExits2WithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"nodes\": [\n");
        for (String command : new String[] {"validate", "run"}) {
            CliHarness r = CliHarness.run(command, file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
            assertTrue(r.err().startsWith("error: " + file + ":"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void aMissingFileAndBadUsageExit2WithOneClearLine() {
        CliHarness missing = CliHarness.run("run", "no/such/file.json");
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("no/such/file.json"), missing.err());
        CliHarness badDuration = CliHarness.run("run", "x.json", "--duration", "soon");
        assertEquals(ExitCodes.BAD_INPUT, badDuration.exitCode());
        assertTrue(badDuration.err().contains("'soon' is not a duration"), badDuration.err());
        CliHarness badMode = CliHarness.run("run", CliHarness.example("push-pull.json").toString(), "--mode", "threads");
        assertEquals(ExitCodes.BAD_INPUT, badMode.exitCode());
        assertEquals("error: --mode must be in-process or child-process, not 'threads'", badMode.err().strip());
    }

    @Test
    void aNodeThatFailsWhileRunningExits3AndTheSummarySaysWhy(@TempDir Path dir) throws Exception {
        try (ServerSocket squatter = new ServerSocket(0)) {
            int busy = squatter.getLocalPort();
            Path file = dir.resolve("busy.json");
            Files.writeString(file, """
                    {
                      "format": 1,
                      "nodes": [
                        { "id": "pusher", "type": "PUSH", "binds": ["tcp://127.0.0.1:%d"],
                          "behaviour": { "kind": "generator", "template": "x", "count": 1 } },
                        { "id": "puller", "type": "PULL", "behaviour": { "kind": "sink" } }
                      ],
                      "wires": [ { "id": "w1", "from": "puller", "to": "pusher", "endpoint": "tcp://127.0.0.1:%d" } ]
                    }
                    """.formatted(busy, busy));
            CliHarness r = CliHarness.run("run", file.toString(), "--duration", "1s");
            assertEquals(ExitCodes.NODE_FAILED, r.exitCode());
            assertTrue(r.out().contains("[pusher] error: cannot bind tcp://127.0.0.1:" + busy + ": address already in use"), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.contains("pusher") && l.contains("error") && l.contains("PUSH")), r.out());
        }
    }

    @Test
    void versionAndHelpExit0() {
        CliHarness version = CliHarness.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("ZMQ Studio "), version.out());
        CliHarness help = CliHarness.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("run") && help.out().contains("validate") && help.out().contains("bench"), help.out());
    }

    @Test
    void everyCommandTakesHelpAsItsErrorsSuggest() {
        CliHarness bad = CliHarness.run("run");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("Try 'zmq-studio run --help'."), bad.err());
        for (String command : new String[] {"run", "validate", "bench"}) {
            CliHarness help = CliHarness.run(command, "--help");
            assertEquals(0, help.exitCode(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: zmq-studio " + command), help.out());
        }
        assertTrue(CliHarness.run("run", "--help").out().contains("--duration"));
    }

    /** An inproc generator that never finishes: a run of it lasts its whole --duration. */
    private static final String ENDLESS = """
            {
              "format": 1,
              "nodes": [
                { "id": "gen", "type": "PUSH", "binds": ["inproc://feed"],
                  "behaviour": { "kind": "generator", "template": "m {n}", "rate": 50, "log": false } },
                { "id": "sink", "type": "PULL", "behaviour": { "kind": "sink" } }
              ],
              "wires": [ { "id": "w1", "from": "sink", "to": "gen", "endpoint": "inproc://feed" } ]
            }
            """;

    @Test
    void aReportPathThatCannotBeWrittenIsRefusedBeforeTheRunStarts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("endless.json"), ENDLESS);
        Path missingFolder = dir.resolve("no-such-dir").resolve("r.json");
        long start = System.nanoTime();
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", missingFolder.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: --report " + missingFolder + ": cannot write the report there: the folder "
                + missingFolder.getParent() + " does not exist", r.err().strip());
        assertFalse(r.out().contains("Summary"), "nothing ran: " + r.out());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused at once, not after the run");
        CliHarness folder = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, folder.exitCode());
        assertTrue(folder.err().strip().endsWith("cannot write the report there: it is a folder"), folder.err());
    }

    @Test
    void aDurationOutside1msTo24hIsRefusedWithItsBounds() {
        CliHarness tooLong = CliHarness.run("run", "x.json", "--duration", "3000000h");
        assertEquals(ExitCodes.BAD_INPUT, tooLong.exitCode());
        assertTrue(tooLong.err().contains("'3000000h' is too long; the longest run is 24h"), tooLong.err());
        assertFalse(tooLong.err().contains("overflow"), tooLong.err());
        CliHarness huge = CliHarness.run("run", "x.json", "--duration", "9".repeat(40) + "s");
        assertTrue(huge.err().contains("is too long; the longest run is 24h"), huge.err());
        CliHarness zero = CliHarness.run("run", "x.json", "--duration", "0s");
        assertEquals(ExitCodes.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("'0s' is too short; the shortest run is 1ms"), zero.err());
    }

    @Test
    void theDurationBoundsThemselvesAreAccepted() {
        DurationConverter converter = new DurationConverter();
        assertEquals(java.time.Duration.ofHours(24), converter.convert("24h"));
        assertEquals(java.time.Duration.ofHours(24), converter.convert("1440m"));
        assertEquals(java.time.Duration.ofMillis(1), converter.convert("1ms"));
        assertEquals(java.time.Duration.ofMillis(1500), converter.convert("1.5"));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    @Timeout(180) // a JVM to start and a run to reach its first message, on a loaded machine, then to stop
    void ctrlCStopsTheRunPrintsTheSummaryWritesTheReportAndExits130(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("endless.json"), ENDLESS);
        Path report = dir.resolve("r.json");
        Path out = dir.resolve("out.txt");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.zmqstudio.app.Main",
                "run", file.toString(), "--duration", "120s", "--report", report.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            awaitLine(out, "[sink] Received message: m ", java.time.Duration.ofSeconds(60));
            Process signal = new ProcessBuilder("kill", "-INT", Long.toString(app.pid())).start();
            assertEquals(0, signal.waitFor());
            assertTrue(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "stopped after Ctrl+C; it printed:\n"
                    + Files.readString(out));
            assertEquals(ExitCodes.INTERRUPTED, app.exitValue(), Files.readString(out));
            assertTrue(Files.readString(out).contains("Summary after"), Files.readString(out));
            assertTrue(Files.readString(report).contains("\"sink\""), "the report is written too");
        } finally {
            app.destroyForcibly();
        }
    }

    private static void awaitLine(Path out, String prefix, java.time.Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readAllLines(out).stream().anyMatch(l -> l.startsWith(prefix))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line '" + prefix + "' within " + timeout + ": " + Files.readString(out));
    }
}
