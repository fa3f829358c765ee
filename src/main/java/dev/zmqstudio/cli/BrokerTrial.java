package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench --broker}: the durable broker over tcp against plain JeroMQ doing the same exchange with no store. Publish:
 * a producer's messages each stored (synced per batch) and acknowledged, against a DEALER whose ROUTER acknowledges at
 * once, both with {@value #WINDOW} in flight. Fetch: a consumer reading a filled topic, against the same messages
 * pushed PUSH -> PULL. Messages per second from the gate opening (or the first send) to the last.
 */
final class BrokerTrial {
    static final int WINDOW = 100;
    static final int MAX_FETCH = 1000;
    private static final byte[] PAYLOAD = "x".repeat(ThroughputTrial.PAYLOAD_BYTES).getBytes(StandardCharsets.UTF_8);
    private static final long POLL_NANOS = 5_000_000L;

    private BrokerTrial() {
    }

    private static Topology topology(String endpoint, Node client) {
        return new Topology("bench-broker", "", Settings.DEFAULTS,
                List.of(SocketNode.of("broker", SocketType.ROUTER, new Behaviour.Broker("bench.db", 0, 0, false), endpoint), client),
                List.of(Wire.of("w", client.id(), "broker", endpoint)), List.of());
    }

    /** Publishes {@code messages} into a new store in {@code folder}; messages acknowledged per second. */
    static double publish(Path folder, int messages) {
        String endpoint = "tcp://127.0.0.1:" + FreePort.find();
        Node producer = SocketNode.of("producer", SocketType.DEALER, new Behaviour.Producer("bench",
                new String(PAYLOAD, StandardCharsets.UTF_8), 0, messages, 1, false));
        try (Engine engine = new Engine(topology(endpoint, producer), EngineOptions.logTo(null).withOutputDir(folder))) {
            engine.start();
            while (!engine.generatorsFinished()) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            return messages / ((System.nanoTime() - engine.gateOpenedNanos()) / 1e9);
        }
    }

    /** Reads the {@code messages} {@link #publish} stored in {@code folder} with a new consumer; messages per second. */
    static double fetch(Path folder, int messages, String consumerId) {
        String endpoint = "tcp://127.0.0.1:" + FreePort.find();
        Node consumer = SocketNode.of(consumerId, SocketType.DEALER,
                new Behaviour.Consumer("bench", null, MAX_FETCH, null, false, null, null, null));
        try (Engine engine = new Engine(topology(endpoint, consumer), EngineOptions.logTo(null).withOutputDir(folder))) {
            engine.start();
            while (consumed(engine.snapshot(), consumerId) < messages) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            return messages / ((System.nanoTime() - engine.gateOpenedNanos()) / 1e9);
        }
    }

    private static long consumed(EngineSnapshot s, String id) {
        EngineSnapshot.NodeStats n = s.node(id);
        return n == null || n.queue() == null ? 0 : n.queue().consumed();
    }

    /** The control of {@link #publish}: the same frames and window, acknowledged at once by a ROUTER that keeps nothing. */
    static double rawAcks(int messages) throws InterruptedException {
        try (ZContext zmq = new ZContext(1)) {
            ZMQ.Socket router = zmq.createSocket(org.zeromq.SocketType.ROUTER);
            int port = router.bindToRandomPort("tcp://127.0.0.1");
            Thread acker = Thread.ofPlatform().start(() -> {
                long offset = 0;
                for (int i = 0; i < messages; i++) {
                    byte[] id = router.recv();
                    router.recv(); // PUB
                    byte[] topic = router.recv();
                    router.recv(); // payload
                    byte[] key = router.recv();
                    router.sendMore(id);
                    router.sendMore("ACK");
                    router.sendMore(topic);
                    router.sendMore(Long.toString(offset++));
                    router.send(key);
                }
            });
            ZMQ.Socket dealer = zmq.createSocket(org.zeromq.SocketType.DEALER);
            dealer.connect("tcp://127.0.0.1:" + port);
            long start = System.nanoTime();
            int sent = 0;
            int acked = 0;
            while (acked < messages) {
                while (sent < messages && sent - acked < WINDOW) {
                    dealer.sendMore("PUB");
                    dealer.sendMore("bench");
                    dealer.sendMore(PAYLOAD);
                    dealer.send("raw:" + sent++);
                }
                dealer.recv();
                while (dealer.hasReceiveMore()) {
                    dealer.recv();
                }
                acked++;
            }
            double rate = messages / ((System.nanoTime() - start) / 1e9);
            acker.join();
            return rate;
        }
    }

    /** The control of {@link #fetch}: the same messages pushed PUSH -> PULL over tcp. */
    static double rawStream(int messages) throws InterruptedException {
        try (ZContext zmq = new ZContext(1)) {
            ZMQ.Socket pull = zmq.createSocket(org.zeromq.SocketType.PULL);
            int port = pull.bindToRandomPort("tcp://127.0.0.1");
            ZMQ.Socket push = zmq.createSocket(org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < messages; i++) {
                    push.send(PAYLOAD);
                }
            });
            pull.recv();
            long start = System.nanoTime();
            for (int i = 1; i < messages; i++) {
                pull.recv();
            }
            double rate = (messages - 1) / ((System.nanoTime() - start) / 1e9);
            sender.join();
            return rate;
        }
    }
}
