package dev.zmqstudio.interop;

import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CURVE-secured wire with real libzmq clients (pyzmq): the one whose key is in keys/ gets through, others do not. */
@Timeout(90)
class PythonCurveTest {

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    @Test
    void onlyAClientWithAKnownKeyPairIsAnswered(@TempDir Path dir) throws Exception {
        int port = FreePorts.find();
        String endpoint = "tcp://127.0.0.1:" + port;
        SocketNode server = SocketNode.of("server", SocketType.REP, new Behaviour.Replier("ok {msg}", true), endpoint);
        SocketNode python = new SocketNode("py-client", "pyzmq clients", new SocketSpec(SocketType.REQ, List.of(),
                SocketOptions.DEFAULTS), Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null,
                Command.of(PythonRuns.PYTHON, "curve_clients.py", Integer.toString(port), dir.resolve("keys").toString()));
        Topology topology = new Topology("curve-interop", "CURVE against pyzmq", null, List.of(server, python),
                List.of(Wire.of("w", "py-client", "server", endpoint).withCurve(true)), List.of());
        Path file = dir.resolve("curve-interop.json");
        TopologyFiles.save(topology, file);
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new PrintWriter(out, true), new PrintWriter(out, true), "keys", "generate", file.toString()), out.toString());

        PythonRuns.Outcome run = PythonRuns.run(dir, topology, "60s", List.of("curve_clients.py"));

        assertTrue(run.linesOf("py-client").contains("OK only the known client got through"), run.out());
        assertEquals(1, run.at("/nodes/server/received"), "only the known client's request reached the server: " + run.out());
    }
}
