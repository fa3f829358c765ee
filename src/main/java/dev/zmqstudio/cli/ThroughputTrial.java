package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** One timed PUSH->PULL transfer of N messages, raw JeroMQ or through the engine; returns messages per second. */
final class ThroughputTrial {
    static final int PAYLOAD_BYTES = 100;
    private static final String PAYLOAD = "x".repeat(PAYLOAD_BYTES);
    private static final int HWM = 100_000;
    private static final int WARM_UP_MESSAGES = 2_000_000;
    /** How often the engine run is checked for completion: rare enough not to steal one of two cores. */
    private static final long POLL_NANOS = 10_000_000L;

    private ThroughputTrial() {
    }

    /**
     * Runs both long enough to fill the queues (more than both high-water marks), so the JIT has seen every path
     * before the timed rounds: a first full queue otherwise recompiles the send loop in the middle of a round.
     */
    static void warmUp(String transport) throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            raw(transport, WARM_UP_MESSAGES);
            engine(transport, WARM_UP_MESSAGES);
        }
    }

    private static String endpoint(String transport) {
        return transport.equals("inproc") ? "inproc://bench" : "tcp://127.0.0.1:" + FreePort.find();
    }

    static double raw(String transport, int messages) throws InterruptedException {
        String endpoint = endpoint(transport);
        byte[] payload = PAYLOAD.getBytes();
        try (ZContext ctx = new ZContext(1)) {
            ZMQ.Socket pull = ctx.createSocket(org.zeromq.SocketType.PULL);
            pull.setRcvHWM(HWM);
            pull.bind(endpoint);
            ZMQ.Socket push = ctx.createSocket(org.zeromq.SocketType.PUSH);
            push.setSndHWM(HWM);
            push.connect(endpoint);
            long[] end = new long[1];
            Thread receiver = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < messages; i++) {
                    pull.recv(0);
                }
                end[0] = System.nanoTime();
            });
            long start = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < messages; i++) {
                    push.send(payload, 0);
                }
            });
            sender.join();
            receiver.join();
            return messages / ((end[0] - start) / 1e9);
        }
    }

    static double engine(String transport, int messages) throws InterruptedException {
        String endpoint = endpoint(transport);
        SocketOptions options = SocketOptions.DEFAULTS.withHwm(HWM, HWM);
        SocketNode pusher = new SocketNode("pusher", "", new SocketSpec(SocketType.PUSH, List.of(endpoint), options),
                new Behaviour.Generator(PAYLOAD, 0, messages, List.of(), 1, false), null, null);
        SocketNode puller = new SocketNode("puller", "", new SocketSpec(SocketType.PULL, List.of(), options),
                new Behaviour.Sink(false, null, null, null), null, null);
        Topology t = new Topology("bench", "", Settings.DEFAULTS, List.of(pusher, puller),
                List.of(Wire.of("w1", "puller", "pusher", endpoint)), List.of());
        try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
            engine.start();
            while (engine.received("puller") < messages) {
                LockSupport.parkNanos(POLL_NANOS); // rarely: few extra context switches
            }
            long end = System.nanoTime();
            // Timed like the raw run: from the moment the sender may send to the last message received.
            return messages / ((end - engine.gateOpenedNanos()) / 1e9);
        }
    }
}
