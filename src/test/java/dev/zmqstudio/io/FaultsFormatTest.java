package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wire's faults and the scenario survive save and open as written; wrong ones get one located error. */
class FaultsFormatTest {

    private static final String TWO_NODES = """
            {"format": 1, "nodes": [
              {"id": "p", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"]},
              {"id": "q", "type": "PULL"}],
             "wires": [{"id": "w1", "from": "q", "to": "p", "endpoint": "tcp://127.0.0.1:7001"%s}]%s}""";

    private static Topology faulted() {
        return new Topology("f", "", Settings.DEFAULTS, List.of(
                SocketNode.of("p", SocketType.PUSH, Behaviour.Passive.INSTANCE, "tcp://127.0.0.1:7001"),
                SocketNode.of("q", SocketType.PULL, Behaviour.Sink.logging()),
                SocketNode.of("r", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(new Wire("w1", "q", Side.MAIN, "p", Side.MAIN, "tcp://127.0.0.1:7001",
                                new WireFaults(20, 5, 250_000, true, FaultDirection.TOWARDS_CONNECTOR)),
                        new Wire("w2", "r", Side.MAIN, "p", Side.MAIN, "tcp://127.0.0.1:7001", WireFaults.NONE)),
                List.of(), List.of(
                ScenarioEvent.of(5_000, ScenarioAction.HEAL, "w1"),
                ScenarioEvent.of(1_500, ScenarioAction.CUT, "w2"),
                new ScenarioEvent(250, ScenarioAction.LATENCY, "w2", 40, 10, 0),
                new ScenarioEvent(60_000, ScenarioAction.BANDWIDTH, "w2", 0, 0, 1_000_000)));
    }

    @Test
    void faultsAndTheScenarioSurviveSaveAndOpen() throws Exception {
        Topology t = faulted();
        String json = TopologyFiles.toJson(t);
        for (String field : List.of("\"latencyMs\": 20", "\"jitterMs\": 5", "\"bytesPerSecond\": 250000", "\"cut\": true",
                "\"direction\": \"towards-connector\"", "\"latency\": \"w2\"", "\"ms\": 40", "\"bytesPerSecond\": 1000000")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        assertTrue(json.contains("\"faults\": {}"), "a wire ready for faults keeps an empty object: " + json);
        assertTrue(json.contains("\"at\": \"1.5s\""), json);
        assertTrue(json.contains("\"at\": \"60s\""), json);
        assertEquals(t, TopologyFiles.parse(json, "f.json"));
    }

    @Test
    void aPlainWireAndNoScenarioWriteNothingNew() {
        Topology t = faulted();
        Topology plain = t.replaceWire(t.wire("w1").orElseThrow().withFaults(null))
                .withoutWire("w2").withScenario(List.of());
        String json = TopologyFiles.toJson(plain);
        assertFalse(json.contains("faults"), json);
        assertFalse(json.contains("scenario"), json);
    }

    @Test
    void aSavedFaultedFileValidatesAndOpensAgainFromDisk() throws Exception {
        Path file = Files.createTempDirectory("faults").resolve("f.json");
        TopologyFiles.save(faulted(), file);
        Topology back = TopologyFiles.load(file);
        assertEquals(faulted(), back);
        assertTrue(Validator.validate(back).stream().noneMatch(Problem::isError), Validator.validate(back).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jitter above latency | , \"faults\": {\"latencyMs\": 5, \"jitterMs\": 9} | | f.json:4:124: \"jitterMs\" (9 ms) cannot be more than the latency (5 ms): a message is never delayed less than not at all; lower it or raise the latency",
            "latency too large | , \"faults\": {\"latencyMs\": 70000} | | f.json:4:109: \"latencyMs\" is too large: 70000 (at most 60000)",
            "tiny cap | , \"faults\": {\"bytesPerSecond\": 10} | | f.json:4:114: \"bytesPerSecond\" must be at least 1000 (or 0 for no cap), not 10",
            "unknown fault | , \"faults\": {\"loss\": 0.1} | | f.json:4:96: unknown field \"loss\" in the faults of wire \"w1\"; allowed: latencyMs, jitterMs, bytesPerSecond, cut, direction, latency, jitter, bandwidth",
            "bad rate | , \"faults\": {\"bandwidth\": \"fast\"} | | f.json:4:109: \"bandwidth\" takes bytes a second (a number) or a rate such as \"100kB/s\", \"1.5MB/s\" or \"10Mbit/s\"",
            "said twice | , \"faults\": {\"latencyMs\": 5, \"latency\": \"5ms\"} | | f.json:4:112: \"latency\" says again what \"latencyMs\" says; keep one of them",
            "bad direction | , \"faults\": {\"direction\": \"up\"} | | f.json:4:109: \"up\" is not a valid \"direction\"; allowed: both, towards-binder, towards-connector",
            "bad time | | , \"scenario\": [{\"at\": \"soon\", \"cut\": \"w1\"}] | f.json:4:107: \"soon\" is not a time; write a number with ms, s or m, e.g. \"500ms\", \"5s\", \"1.5s\", \"2m\"",
            "two actions | | , \"scenario\": [{\"at\": \"1s\", \"cut\": \"w1\", \"heal\": \"w1\"}] | f.json:4:126: \"heal\" is a second action in one event (\"cut\" came first); put each action in an event of its own",
            "no action | | , \"scenario\": [{\"at\": \"1s\"}] | f.json:4:100: missing required field naming what to do (one of \"cut\", \"heal\", \"reset\", \"latency\", \"bandwidth\", \"clear\", \"kill\", \"restart\", \"pause\", \"resume\") in scenario event 1",
            "latency without ms | | , \"scenario\": [{\"at\": \"1s\", \"latency\": \"w1\"}] | f.json:4:100: missing required field \"ms\" in scenario event 1",
            "ms on a cut | | , \"scenario\": [{\"at\": \"1s\", \"cut\": \"w1\", \"ms\": 5}] | f.json:4:126: \"ms\" does not belong to a \"cut\" event",
    })
    void aWrongFaultOrEventIsOneLocatedError(String name, String wireFields, String topFields, String expected) {
        String json = TWO_NODES.formatted(wireFields == null ? "" : wireFields, topFields == null ? "" : topFields);
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.parse(json, "f.json"));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void scenarioProblemsPointAtTheirEventInTheFile() throws Exception {
        Path file = Files.createTempDirectory("faults").resolve("s.json");
        Files.writeString(file, TWO_NODES.replace("{\"id\": \"p\", \"type\": \"PUSH\",", "{\"id\": \"p\", \"type\": \"PUSH\", \"placement\": \"external\",")
                .formatted("", """
                ,
                 "scenario": [
                   {"at": "1s", "cut": "w1"},
                   {"at": "2s", "kill": "p"},
                   {"at": "3s", "heal": "nowhere"}]"""));
        LocatedTopology located = TopologyFiles.loadLocated(file);
        List<Problem> problems = Validator.validate(located.topology()).stream().filter(Problem::isError).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("scenario-placement", problems.get(0).code());
        assertEquals(file + ":7:4", located.where(problems.get(0)));
        assertTrue(problems.get(0).toString().contains("scenario event 2 (at 2s, kill) acts on node \"p\", which is a program"
                + " the app does not run"), problems.get(0).toString());
        assertEquals("scenario-target", problems.get(1).code());
        assertEquals(file + ":8:4", located.where(problems.get(1)));
        assertNull(problems.get(1).subjectId());
    }

    @Test
    void theShortFormsReadAsTheirFullOnesAndSaveAsThem() throws Exception {
        Topology t = TopologyFiles.parse(TWO_NODES.formatted(
                ", \"faults\": {\"latency\": \"1.5s\", \"jitter\": 20, \"bandwidth\": \"8Mbit/s\", \"cut\": true}", ""), "f.json");
        assertEquals(new WireFaults(1500, 20, 1_000_000, true, FaultDirection.BOTH), t.wire("w1").orElseThrow().faults());
        assertTrue(TopologyFiles.toJson(t).contains("\"latencyMs\": 1500"));
        assertEquals(250_000, TopologyFiles.parse(TWO_NODES.formatted(", \"faults\": {\"bandwidth\": \"250kB/s\"}", ""), "f.json")
                .wire("w1").orElseThrow().faults().bytesPerSecond());
    }
}
