package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench --devices}: what a device costs. Each case runs the same senders and receivers through a device and
 * directly, in the engine: STREAMER (PUSH -> PULL), FORWARDER (PUB -> SUB), both at full speed, and QUEUE (8 REQ
 * clients, 4 REP workers, lockstep). Returns messages (or round trips) per second from the gate opening to the last.
 */
final class DeviceTrial {
    enum Kind {
        STREAMER, FORWARDER, QUEUE;

        String label() {
            return switch (this) {
                case STREAMER -> "STREAMER  PUSH->PULL ";
                case FORWARDER -> "FORWARDER PUB->SUB   ";
                case QUEUE -> "QUEUE     8 REQ/4 REP";
            };
        }
    }

    static final int CLIENTS = 8;
    static final int WORKERS = 4;
    private static final int HWM = 100_000;
    private static final SocketOptions OPTIONS = SocketOptions.DEFAULTS.withHwm(HWM, HWM);
    private static final String PAYLOAD = "x".repeat(ThroughputTrial.PAYLOAD_BYTES);
    private static final long POLL_NANOS = 10_000_000L;
    private static final Duration QUIET = Duration.ofMillis(300);

    private DeviceTrial() {
    }

    /** How many messages (round trips for QUEUE) a round moves on {@code transport}. */
    static int messages(Kind kind, String transport) {
        boolean inproc = transport.equals("inproc");
        return switch (kind) {
            case STREAMER, FORWARDER -> inproc ? 1_000_000 : 300_000;
            case QUEUE -> inproc ? 40_000 : 16_000;
        };
    }

    /** One round: messages per second delivered, through a device ({@code device}) or directly. */
    static double run(Kind kind, String transport, boolean device, int messages) throws InterruptedException {
        Topology t = switch (kind) {
            case STREAMER -> oneWay(SocketType.PUSH, SocketType.PULL, DeviceType.STREAMER, transport, device, messages);
            case FORWARDER -> oneWay(SocketType.PUB, SocketType.SUB, DeviceType.FORWARDER, transport, device, messages);
            case QUEUE -> queue(transport, device, messages);
        };
        long expected = messages;
        try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
            engine.start();
            long received;
            while ((received = received(engine, kind)) < expected
                    && !(engine.generatorsFinished() && engine.isQuiet(QUIET))) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            long end = received >= expected ? System.nanoTime() : engine.lastActivityNanos();
            return received / ((end - engine.gateOpenedNanos()) / 1e9);
        }
    }

    private static long received(Engine engine, Kind kind) {
        String prefix = kind == Kind.QUEUE ? "client-" : "receiver";
        return engine.snapshot().nodes().values().stream().filter(n -> n.id().startsWith(prefix))
                .mapToLong(n -> n.received()).sum();
    }

    private static String endpoint(String transport, String name) {
        return transport.equals("inproc") ? "inproc://bench-" + name : "tcp://127.0.0.1:" + FreePort.find();
    }

    private static SocketNode node(String id, SocketType type, Behaviour behaviour, String... binds) {
        SocketOptions options = type == SocketType.SUB ? OPTIONS.withSubscriptions(List.of("")) : OPTIONS;
        return new SocketNode(id, "", new SocketSpec(type, List.of(binds), options), behaviour, null, null);
    }

    private static DeviceNode device(DeviceType type, String front, String back) {
        return new DeviceNode("device", "", type, new SocketSpec(type.frontend(), List.of(front), OPTIONS),
                new SocketSpec(type.backend(), List.of(back), OPTIONS), Placement.DEFAULT, Position.ORIGIN);
    }

    /** A sender binds, a receiver connects; or the device binds both ends and each connects to it. */
    private static Topology oneWay(SocketType send, SocketType receive, DeviceType deviceType, String transport,
                                   boolean viaDevice, int messages) {
        Behaviour generator = new Behaviour.Generator(PAYLOAD, 0, messages, List.of(), 1, false);
        Behaviour sink = new Behaviour.Sink(false, null, null, null);
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        if (!viaDevice) {
            String e = endpoint(transport, "direct");
            nodes.add(node("sender", send, generator, e));
            nodes.add(node("receiver", receive, sink));
            wires.add(Wire.of("w", "receiver", "sender", e));
        } else {
            String front = endpoint(transport, "front");
            String back = endpoint(transport, "back");
            nodes.add(node("sender", send, generator));
            nodes.add(device(deviceType, front, back));
            nodes.add(node("receiver", receive, sink));
            wires.add(new Wire("w-in", "sender", Side.MAIN, "device", Side.FRONTEND, front));
            wires.add(new Wire("w-out", "receiver", Side.MAIN, "device", Side.BACKEND, back));
        }
        return new Topology("bench-" + deviceType, "", Settings.DEFAULTS, nodes, wires, List.of());
    }

    /** {@value #CLIENTS} REQ clients and {@value #WORKERS} REP workers; directly, each client connects to every worker. */
    private static Topology queue(String transport, boolean viaDevice, int roundTrips) {
        Behaviour request = new Behaviour.Requester(PAYLOAD, 0, roundTrips / CLIENTS, false);
        Behaviour reply = new Behaviour.Replier("{msg}", false);
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        String front = endpoint(transport, "front");
        String back = endpoint(transport, "back");
        List<String> workerEndpoints = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            String e = viaDevice ? null : endpoint(transport, "worker-" + w);
            workerEndpoints.add(e);
            nodes.add(viaDevice ? node("worker-" + w, SocketType.REP, reply) : node("worker-" + w, SocketType.REP, reply, e));
            if (viaDevice) {
                wires.add(new Wire("w-worker-" + w, "worker-" + w, Side.MAIN, "device", Side.BACKEND, back));
            }
        }
        if (viaDevice) {
            nodes.add(device(DeviceType.QUEUE, front, back));
        }
        for (int c = 0; c < CLIENTS; c++) {
            nodes.add(node("client-" + c, SocketType.REQ, request));
            if (viaDevice) {
                wires.add(new Wire("w-client-" + c, "client-" + c, Side.MAIN, "device", Side.FRONTEND, front));
            } else {
                for (int w = 0; w < WORKERS; w++) {
                    wires.add(Wire.of("w-" + c + "-" + w, "client-" + c, "worker-" + w, workerEndpoints.get(w)));
                }
            }
        }
        return new Topology("bench-queue", "", Settings.DEFAULTS, nodes, wires, List.of());
    }
}
