package dev.zmqstudio.interop;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Node;
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

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any ZeroMQ program can use the broker: a pyzmq (libzmq 4.3) producer and consumer speak docs/broker-protocol.md. */
@Timeout(90)
class PythonBrokerClientTest {

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    @Test
    void aPythonProducerAndConsumerTalkToTheBrokerAndToTheAppsOwnNodes(@TempDir Path dir) throws Exception {
        int port = FreePorts.find();
        String broker = "tcp://127.0.0.1:" + port;
        List<Node> nodes = List.of(
                SocketNode.of("broker", SocketType.ROUTER, Behaviour.Broker.of(), broker),
                new SocketNode("python", "Python client", new SocketSpec(SocketType.DEALER, List.of(), SocketOptions.DEFAULTS),
                        Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null,
                        Command.of(PythonRuns.PYTHON, "broker_client.py", Integer.toString(port), "20")),
                SocketNode.of("app-producer", SocketType.DEALER, Behaviour.Producer.of("from-app", "app {n}", 0, 5)),
                SocketNode.of("app-reader", SocketType.DEALER, Behaviour.Consumer.of("py-topic")));
        List<Wire> wires = List.of(Wire.of("w-py", "python", "broker", broker), Wire.of("w-prod", "app-producer", "broker", broker),
                Wire.of("w-read", "app-reader", "broker", broker));
        Topology topology = new Topology("broker-interop", "pyzmq against the broker", null, nodes, wires, List.of());

        PythonRuns.Outcome run = PythonRuns.run(dir, topology, "60s",
                List.of("peer.py", "frames_peer.py", "broker_client.py"), "--output-dir", dir.resolve("out").toString());

        assertTrue(run.linesOf("python").stream().anyMatch(l -> l.startsWith("OK 21 published, fetched back byte-exact")),
                run.out());
        assertEquals(21, run.at("/nodes/app-reader/queue/consumed"), "our consumer read what Python published");
        assertEquals(21, run.at("/nodes/broker/queue/topics/py-topic/next"));
        assertEquals(21, run.at("/nodes/broker/queue/topics/py-topic/consumers/py-reader/committed"));
        assertEquals(5, run.at("/nodes/app-producer/queue/published"));
    }
}
