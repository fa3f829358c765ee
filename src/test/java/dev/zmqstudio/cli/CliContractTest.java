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
}
