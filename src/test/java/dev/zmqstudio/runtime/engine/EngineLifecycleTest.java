package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.FreePorts;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class EngineLifecycleTest {

    private static Topology pushPull(int port, long count) {
        return new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, new Behaviour.Generator("task {n}", 0, count, List.of(), 1, false), "tcp://127.0.0.1:" + port),
                SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:" + port)), List.of());
    }

    @Test
    void stopThenStartOnTheSameTcpPorts50TimesLeaksNoThreadsOrDescriptors() throws Exception {
        int port = FreePorts.find();
        Topology t = pushPull(port, 100);
        runOnce(t); // warm up class loading and JeroMQ's static state
        int threadsBefore = Thread.activeCount();
        long fdsBefore = openFileDescriptors();
        for (int i = 0; i < 50; i++) {
            runOnce(t);
        }
        // Threads and descriptors end shortly after stop returns: wait for them (generously: the machine may be loaded).
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((Thread.activeCount() > threadsBefore + 1 || openFileDescriptors() > fdsBefore + 4) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Thread.activeCount() <= threadsBefore + 1, "threads " + threadsBefore + " -> " + Thread.activeCount());
        long fdsAfter = openFileDescriptors();
        assertTrue(fdsAfter <= fdsBefore + 4, "open fds " + fdsBefore + " -> " + fdsAfter);
        try (ServerSocket s = new ServerSocket(port)) {
            assertEquals(port, s.getLocalPort(), "port released after stop");
        }
    }

    private static void runOnce(Topology t) throws InterruptedException {
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("puller").received() == 100);
            assertNull(s.node("pusher").error());
        }
    }

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void aPortInUseFailsThatNodeWithAClearErrorWhileTheOthersKeepRunning() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0)) {
            int busy = squatter.getLocalPort();
            int free = FreePorts.find();
            Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                    SocketNode.of("blocked", SocketType.PUSH, Behaviour.Generator.of("x", 10, 0), "tcp://127.0.0.1:" + busy),
                    SocketNode.of("pusher", SocketType.PUSH, new Behaviour.Generator("ok {n}", 0, 20, List.of(), 1, false), "tcp://127.0.0.1:" + free),
                    SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                    List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:" + free)), List.of());
            try (EngineHarness h = new EngineHarness(t)) {
                EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("puller").received() == 20);
                assertEquals(NodeState.ERROR, s.node("blocked").state());
                assertEquals("cannot bind tcp://127.0.0.1:" + busy + ": address already in use (another program or node "
                        + "holds this port; stop it or pick a free port)", s.node("blocked").error());
                assertEquals(List.of("error: " + s.node("blocked").error()), h.linesOf("blocked"));
                assertEquals(NodeState.RUNNING, s.node("puller").state());
            }
        }
    }

    @Test
    void anIllegalPairOverInprocIsRefusedByTheEngineSinceJeroMqDoesNotCheckIt() throws Exception {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pub", SocketType.PUB, Behaviour.Generator.of("x", 0, 10), "inproc://feed"),
                SocketNode.of("pull", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(Wire.of("w1", "pull", "pub", "inproc://feed")), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("pull").state() == NodeState.ERROR);
            assertEquals("wire w1 is not allowed: PULL cannot talk to PUB: ZeroMQ pairs PULL only with PUSH",
                    s.node("pull").error());
            assertEquals(0, s.node("pull").received());
        }
    }

    @Test
    void aBadFilterExpressionFailsItsNodeOnly() throws Exception {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("src", SocketType.PUSH, new Behaviour.Generator("{n}", 0, 10, List.of(), 1, false), "inproc://a"),
                SocketNode.of("in", SocketType.PULL, Behaviour.Passive.INSTANCE),
                SocketNode.of("out", SocketType.PUSH, Behaviour.Passive.INSTANCE, "inproc://b"),
                SocketNode.of("sink", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(Wire.of("w1", "in", "src", "inproc://a"), Wire.of("w2", "sink", "out", "inproc://b")),
                List.of(new dev.zmqstudio.model.Link("l1", "in", "out", "msg ==", null)));
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("in").state() == NodeState.ERROR);
            assertTrue(s.node("in").error().startsWith("filter of link l1 'msg ==' is not a valid expression"), s.node("in").error());
            assertEquals(NodeState.RUNNING, s.node("out").state());
        }
    }

    @Test
    void theGateHoldsAPublisherUntilItsSubscriberHasSubscribedSoNothingIsLost() throws Exception {
        int port = FreePorts.find();
        var sub = new SocketNode("sub", "", new dev.zmqstudio.model.SocketSpec(SocketType.SUB, List.of(),
                dev.zmqstudio.model.SocketOptions.DEFAULTS.withSubscriptions(List.of(""))),
                new Behaviour.Sink(false, null, null, null), null, null);
        var pub = SocketNode.of("pub", SocketType.PUB, new Behaviour.Generator("m {n}", 0, 200, List.of(), 1, false), "tcp://127.0.0.1:" + port);
        List<Wire> wires = List.of(Wire.of("w1", "sub", "pub", "tcp://127.0.0.1:" + port));
        Topology gated = new Topology("t", "", Settings.DEFAULTS, List.of(pub, sub), wires, List.of());
        try (EngineHarness h = new EngineHarness(gated)) {
            assertEquals(200, h.awaitQuiet(Duration.ofSeconds(10), Duration.ofMillis(500)).node("sub").received());
        }
    }

    @Test
    void aRequesterWhosePeerNeverRepliesShowsAsWaiting() throws Exception {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("hello", 0, 3, true)),
                SocketNode.of("silent", SocketType.REP, new Behaviour.Sink(false, null, null, null), "inproc://silent")),
                List.of(Wire.of("w1", "client", "silent", "inproc://silent")), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("client").sent() == 1 && x.node("client").state() == NodeState.RUNNING);
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("client").state() == NodeState.WAITING);
            assertEquals(1, s.node("client").sent(), "a REQ sends its next request only after the reply");
            assertEquals(1, s.node("silent").received());
        }
    }
}
