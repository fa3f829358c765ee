package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message of a stream carries the same bytes (a heartbeat, a fixed command), yet the one-way latency of a hop
 * is the latency of each message, not of some earlier one with the same bytes: it stays below a round trip
 * measured beside it on the same transport (give or take half the interval between messages), over enough samples
 * for the medians to mean something.
 * The engine thins its sampling when samples come fast and thickens it again when they slow down; both ends of a
 * wire then sample slightly different messages, which matching by bytes alone paired with the wrong sends.
 */
@Timeout(90)
class RepeatedPayloadLatencyTest {
    private static final int MIN_MATCHED = 300;

    /**
     * 2,000 heartbeats a second for 3 s, while a burst of 300k messages on a wire beside it (inproc, full speed)
     * thins sampling and lets it thicken again. (Faster heartbeats over tcp queue behind each other on a loaded
     * machine: a real latency, above a round trip paced at one a millisecond.)
     */
    @Test
    void oneWayLatencyOfAConstantPayloadOverTcpIsBelowARoundTrip() throws Exception {
        int port = FreePorts.find();
        int echoPort = FreePorts.find();
        check("tcp://127.0.0.1:" + port, 2_000, true, "tcp://127.0.0.1:" + echoPort);
    }

    /** 20,000 heartbeats a second for 3 s: at this rate the stream itself makes the engine thin its sampling. */
    @Test
    void oneWayLatencyOfAConstantPayloadOverInprocIsBelowARoundTrip() throws Exception {
        check("inproc://same-bytes", 20_000, false, "inproc://echo");
    }

    private static void check(String endpoint, int rate, boolean burstBeside, String echoEndpoint) throws Exception {
        int count = rate * 3;
        List<dev.zmqstudio.model.Node> nodes = new ArrayList<>(List.of(
                SocketNode.of("pusher", SocketType.PUSH,
                        new Behaviour.Generator("heartbeat", rate, count, List.of(), 1, false), endpoint),
                SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null))));
        List<Wire> wires = new ArrayList<>(List.of(Wire.of("w1", "puller", "pusher", endpoint)));
        if (burstBeside) {
            nodes.add(SocketNode.of("burst", SocketType.PUSH,
                    new Behaviour.Generator("burst", 0, 300_000, List.of(), 1, false), "inproc://burst"));
            nodes.add(SocketNode.of("burst-sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
            wires.add(Wire.of("w-burst", "burst-sink", "burst", "inproc://burst"));
        }
        Topology t = new Topology("same-bytes", "", Settings.DEFAULTS, nodes, wires, List.of());
        List<Long> roundTrips;
        EngineSnapshot s;
        try (ZContext zmq = new ZContext(); EngineHarness h = new EngineHarness(t)) {
            roundTrips = roundTripsWhile(zmq, echoEndpoint, () -> h.engine.received("puller") < count);
            h.awaitQuiet(Duration.ofSeconds(60), Duration.ofMillis(500));
            h.engine.stop();
            s = h.engine.snapshot();
        }
        EngineSnapshot.WireStats w = s.wire("w1");
        assertNotNull(w.latencyP50Micros(), "latency measured: " + w);
        assertTrue(w.latencySamples() >= MIN_MATCHED, "enough matched samples: " + w);
        long roundTrip = median(roundTrips);
        // Pairing a receive with the wrong send is off by whole intervals between messages; half an interval of slack
        // lets a loaded machine's scheduling (two threads each way here, one there) pass and still catches that.
        long slack = 1_000_000L / rate / 2;
        assertTrue(w.latencyP50Micros() <= roundTrip + slack, "one-way p50 " + w.latencyP50Micros() + " us is at most the"
                + " round trip's p50 " + roundTrip + " us + " + slack + " us (" + roundTrips.size() + " round trips); " + w);
    }

    /** REQ/REP round trips (one a millisecond) on {@code endpoint} while {@code going} holds; in microseconds. */
    private static List<Long> roundTripsWhile(ZContext zmq, String endpoint, java.util.function.BooleanSupplier going) {
        ZMQ.Socket rep = ProgramSockets.create(zmq, org.zeromq.SocketType.REP);
        rep.bind(endpoint);
        ZMQ.Socket req = ProgramSockets.create(zmq, org.zeromq.SocketType.REQ);
        req.setReceiveTimeOut(10_000);
        req.connect(endpoint);
        // Stopped by a flag, not an interrupt: JeroMQ ends an interrupted recv with an exception.
        java.util.concurrent.atomic.AtomicBoolean echoing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread echo = Thread.ofPlatform().daemon().start(() -> {
            rep.setReceiveTimeOut(200);
            while (echoing.get()) {
                byte[] request = rep.recv();
                if (request != null) {
                    rep.send(request);
                }
            }
        });
        List<Long> micros = new ArrayList<>();
        byte[] ping = "heartbeat".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((going.getAsBoolean() || micros.size() < MIN_MATCHED) && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            req.send(ping);
            if (req.recv() == null) {
                throw new AssertionError("no echo within 10 s");
            }
            micros.add((System.nanoTime() - start) / 1000);
            LockSupport.parkNanos(1_000_000L);
        }
        echoing.set(false);
        try {
            echo.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return micros;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
