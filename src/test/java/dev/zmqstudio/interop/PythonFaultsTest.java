package dev.zmqstudio.interop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wire faults against a real libzmq 4.3 peer (Debian's python3-zmq): our PUSH connects to a Python PULL through a
 * wire with 20 ms of latency that a scenario cuts for a second and heals. The Python side measures what it got.
 */
@Timeout(90)
class PythonFaultsTest {
    private static final String PYTHON = PythonRuns.PYTHON;
    private static final Pattern RESULT = Pattern.compile(
            "received (\\d+); latency min ([\\d.]+) ms, median ([\\d.]+) ms; longest gap (\\d+) ms");

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    @Test
    void aLibzmqPeerSeesTheLatencyAndTheCutAndReceivesAgainAfterTheHeal(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "tcp://127.0.0.1:" + port;
        Topology t = new Topology("faults-python", "", null, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n} {time_us}", 50, 150)),
                new SocketNode("py-pull", "Python PULL", SocketSpec.of(SocketType.PULL, endpoint), Behaviour.Passive.INSTANCE,
                        Placement.EXTERNAL, null, Command.of(PYTHON, "fault_pull.py", Integer.toString(port), "140"))),
                List.of(new Wire("w1", "pusher", Side.MAIN, "py-pull", Side.MAIN, endpoint, WireFaults.NONE.withLatency(20, 0))),
                List.of(), List.of(ScenarioEvent.of(1_000, ScenarioAction.CUT, "w1"),
                ScenarioEvent.of(2_000, ScenarioAction.HEAL, "w1")));
        PythonRuns.Outcome r = PythonRuns.run(dir, t, "40s", List.of("peer.py", "fault_pull.py"));
        String out = r.out();
        Matcher m = out.toString().lines().map(RESULT::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no result from the Python peer:\n" + out));
        int received = Integer.parseInt(m.group(1));
        assertTrue(received >= 140 && received <= 150, "received " + received);
        assertTrue(Double.parseDouble(m.group(2)) >= 20.0, "min one-way latency " + m.group(2) + " ms");
        assertTrue(Long.parseLong(m.group(4)) >= 800, "longest gap " + m.group(4) + " ms (the wire was cut for 1 s)");
        JsonNode scenario = r.report().path("scenario");
        assertEquals(2, scenario.size(), scenario.toString());
        assertEquals("cut", scenario.get(0).path("action").asText());
        assertTrue(scenario.get(0).path("applied").asBoolean());
        assertEquals("heal", scenario.get(1).path("action").asText());
    }
}
