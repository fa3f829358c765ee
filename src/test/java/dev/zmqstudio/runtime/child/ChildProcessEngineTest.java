package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.ResourceCount;
import dev.zmqstudio.runtime.trace.Token;
import dev.zmqstudio.runtime.engine.WireState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nodes in child processes count, fail, restart and end exactly like in-process ones. Ports are free ones. */
@Timeout(180)
class ChildProcessEngineTest {

    @Test
    void pipelineInChildProcessesCountsExactlyWhatInProcessCounts() throws Exception {
        Map<String, Object> inProcess = pipelineFacts(run(ChildTopologies.pipeline(Placement.IN_PROCESS), null));
        EngineSnapshot child = run(ChildTopologies.pipeline(Placement.CHILD_PROCESS), ChildTopologies.launch());
        assertEquals(inProcess, pipelineFacts(child));
        assertEquals(20_000L, inProcess.get("producer sent"));
        assertEquals(10_000L, inProcess.get("collector received"));
        for (int i = 1; i <= 3; i++) {
            long fromConsumer = child.node("collector").perSender().get("consumer-" + i + "-out");
            assertEquals(fromConsumer, child.wire("w-out-" + i).messages());
            assertEquals(fromConsumer, child.links().get("even-" + i).passed());
            assertEquals(child.node("consumer-" + i + "-in").received(), child.wire("w-in-" + i).messages());
            assertNotNull(child.wire("w-in-" + i).latencyP50Micros(), "latency measured across processes");
        }
    }

    /** What must not depend on the mode: totals, and each wire agreeing with the nodes at its ends. */
    private static Map<String, Object> pipelineFacts(EngineSnapshot s) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("producer sent", s.node("producer").sent());
        facts.put("producer state", s.node("producer").state());
        facts.put("collector received", s.node("collector").received());
        facts.put("collector sum", s.node("collector").aggregate().sum());
        long in = 0;
        long out = 0;
        for (int i = 1; i <= 3; i++) {
            EngineSnapshot.LinkStats link = s.links().get("even-" + i);
            facts.put("consumer " + i + " in = passed + filtered",
                    s.node("consumer-" + i + "-in").received() == link.passed() + link.filtered());
            facts.put("consumer " + i + " out = passed", s.node("consumer-" + i + "-out").sent() == link.passed());
            facts.put("wire out " + i + " exact", s.wire("w-out-" + i).exact());
            in += s.wire("w-in-" + i).messages();
            out += s.wire("w-out-" + i).messages();
        }
        facts.put("wires in", in);
        facts.put("wires out", out);
        facts.put("failed", s.failedNodes().size());
        return facts;
    }

    private static EngineSnapshot run(Topology t, ChildLaunch launch) throws InterruptedException {
        try (EngineHarness h = new EngineHarness(t, launch)) {
            h.awaitQuiet(Duration.ofSeconds(90), Duration.ofSeconds(1));
            h.engine.stop();
            return h.engine.snapshot();
        }
    }

    @Test
    void aMixedTopologyDeliversEveryMessageFromAnInProcessPublisherToEveryChildSubscriber() throws Exception {
        Topology t = ChildTopologies.publisherWithChildSubscribers(2, 0);
        SocketNode pub = (SocketNode) t.node("pub").orElseThrow();
        // A PUB drops what a slow subscriber cannot take beyond its high-water mark: make room for the whole run.
        t = t.replaceNode(new SocketNode("pub", "", pub.socket().withOptions(pub.socket().options().withHwm(100_000, 100_000)),
                new Behaviour.Generator("tick {n}", 0, 3_000, List.of(), 1, false), Placement.IN_PROCESS, null));
        EngineSnapshot s = run(t, ChildTopologies.launch());
        assertEquals(3_000, s.node("pub").sent());
        for (String sub : List.of("sub-1", "sub-2")) {
            assertEquals(3_000, s.node(sub).received(), sub + " got every message: the gate waited for its subscription");
            assertEquals(NodeState.STOPPED, s.node(sub).state());
        }
        assertEquals(3_000, s.wire("w1").messages());
        assertEquals(3_000, s.wire("w2").messages());
    }

    @Test
    void aForwarderAndItsPublishersAndSubscriberEachInTheirOwnProcessPassExactlyTopic9() throws Exception {
        int front = FreePorts.find();
        int back = FreePorts.find();
        SocketNode sub9 = new SocketNode("sub9", "", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("9"))), new Behaviour.Sink(true, null, null, null), null, null);
        Topology t = new Topology("fwd", "", Settings.DEFAULTS.withDefaultPlacement(Placement.CHILD_PROCESS), List.of(
                DeviceNode.of("forwarder", DeviceType.FORWARDER, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                SocketNode.of("pub1", SocketType.PUB, new Behaviour.Generator("{topic} {n}", 0, 100, List.of("8", "9"), 1, false)),
                SocketNode.of("pub2", SocketType.PUB, new Behaviour.Generator("{topic} {n}", 0, 100, List.of("9", "7"), 1, false)),
                sub9),
                List.of(new Wire("w1", "pub1", null, "forwarder", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w2", "pub2", null, "forwarder", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w3", "sub9", null, "forwarder", Side.BACKEND, "tcp://127.0.0.1:" + back)),
                List.of());
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(60), Duration.ofSeconds(1));
            assertEquals(4, h.engine.children().size(), "one process per node");
            List<String> got = h.linesOf("sub9");
            assertEquals(100, got.size(), "the gate waited for the subscription to travel sub9 -> forwarder -> publishers");
            assertTrue(got.stream().allMatch(l -> l.startsWith("Received message: 9 ")), got.toString());
            assertEquals(100, s.node("forwarder").sides().get("frontend").received());
            assertEquals(100, s.node("forwarder").sides().get("backend").sent());
            assertEquals(50, s.wire("w1").messages());
            assertEquals(50, s.wire("w2").messages());
            assertEquals(100, s.wire("w3").messages());
        }
    }

    @Test
    void aKilledChildShowsStoppedWithinASecondItsPeersKeepRunningAndRestartGoesOnCounting() throws Exception {
        List<Long> pids;
        try (EngineHarness h = new EngineHarness(ChildTopologies.publisherWithChildSubscribers(2, 200), ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("sub-1").received() > 20 && s.node("sub-2").received() > 20);
            List<Token> tokens = new java.util.ArrayList<>();
            h.engine.drainTokens(tokens::add, 10_000);
            assertTrue(tokens.stream().anyMatch(k -> k.wireId().equals("w1") && k.toNode().equals("sub-1") && k.sentNanos() > 0),
                    "the animation sees messages reaching a child, matched with their send: " + tokens.size() + " tokens");
            pids = h.engine.children().stream().map(ChildStatus::pid).toList();
            long killedAt = System.nanoTime();
            assertTrue(h.engine.killNode("sub-1"));
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("sub-1").state() == NodeState.STOPPED);
            long detectMillis = (System.nanoTime() - killedAt) / 1_000_000;
            assertTrue(detectMillis < 1_000, "detected after " + detectMillis + " ms");
            assertEquals(EngineSnapshot.Errors.NONE, s.node("sub-1").errors(), "killed on purpose: stopped, not failed");
            assertTrue(h.linesOf("sub-1").stream().anyMatch(l -> l.contains("killed (Kill node)")), h.linesOf("sub-1").toString());
            ChildStatus killed = h.engine.child("sub-1").orElseThrow();
            assertEquals(ChildState.KILLED, killed.state());
            assertEquals(137, killed.exitCode());
            long peer = s.node("sub-2").received();
            h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("sub-2").received() > peer + 50);
            assertEquals(NodeState.RUNNING, h.engine.snapshot().node("pub").state());

            long before = h.engine.snapshot().node("sub-1").received();
            assertTrue(h.engine.restartNode("sub-1"));
            h.awaitSnapshot(Duration.ofSeconds(30), x -> x.node("sub-1").received() > before + 50
                    && x.node("sub-1").state() == NodeState.RUNNING);
            ChildStatus restarted = h.engine.child("sub-1").orElseThrow();
            assertEquals(ChildState.RUNNING, restarted.state());
            assertEquals(1, restarted.restarts());
            assertTrue(restarted.pid() != killed.pid());
            pids = new java.util.ArrayList<>(pids);
            pids.add(restarted.pid());
            h.engine.stop();
            assertEquals(List.of(), h.engine.snapshot().nodesWithErrors(), "nobody failed: the run exits 0");
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " left after Stop");
        }
        // Spares an earlier test's run closed may still be ending: they read the end of their input once started.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList(),
                "no child process left after Stop");
    }

    /**
     * A relay in a child process, killed and started again while a fast ventilator goes on pushing to it: it passes
     * messages on over its new connection before the parent knows that connection is its wire. Each still counts on
     * the relay's wire (the collector's only one), as its first incarnation's did.
     */
    @Test
    void aRestartedRelaysFirstMessagesCountOnItsWire() throws Exception {
        String json = FreePorts.moveClassicPorts("""
                {"format": 1, "name": "relay", "settings": {"waitForConnections": true}, "nodes": [
                  {"id": "ventilator", "type": "PUSH", "binds": ["tcp://127.0.0.1:5590"],
                   "behaviour": {"kind": "generator", "template": "task {n}", "rate": 2000, "count": 0, "log": false}},
                  {"id": "relay-in", "type": "PULL", "binds": [], "behaviour": {"kind": "passive"}, "placement": "child-process"},
                  {"id": "relay-out", "type": "PUSH", "binds": [], "behaviour": {"kind": "passive"}, "placement": "child-process"},
                  {"id": "collector", "type": "PULL", "binds": ["tcp://127.0.0.1:5591"], "behaviour": {"kind": "sink", "log": false}}],
                 "wires": [
                  {"id": "w-in", "from": "relay-in", "to": "ventilator", "endpoint": "tcp://127.0.0.1:5590"},
                  {"id": "w-out", "from": "relay-out", "to": "collector", "endpoint": "tcp://127.0.0.1:5591"}],
                 "links": [{"id": "relay", "from": "relay-in", "to": "relay-out"}]}
                """).json();
        Topology t = dev.zmqstudio.io.TopologyFiles.parse(json, "relay.json");
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("collector").received() > 200);
            killAndRestartTheRelay(h, 1_000);
            EngineSnapshot end = h.engine.snapshot();
            assertEquals(end.node("collector").received(), end.wire("w-out").messages(),
                    "every message the collector took came over w-out, the restarted relay's first ones too");
        }
    }

    /**
     * The same relay, while a program we do not run also pushes into the collector's port: the relay's new
     * connection after its restart is ours, not a second program's.
     */
    @Test
    void aRestartedRelaysConnectionIsNotTakenForAProgramOnTheSamePort() throws Exception {
        withTheProgramsTenCounted(h -> {
            killAndRestartTheRelay(h, 300);
            EngineSnapshot end = h.engine.snapshot();
            assertEquals(10, end.wire("w-program").messages(), "the program sent 10, and only the program is on w-program");
            assertEquals(end.node("collector").received() - 10, end.wire("w-out").messages(), "the relay's, both incarnations");
        });
    }

    /** A ventilator, a relay in a child process, and a collector that a program we do not run pushes into as well. */
    private static FreePorts.Moved relayBesideAProgram() {
        return FreePorts.moveClassicPorts("""
                {"format": 1, "name": "relay", "settings": {"waitForConnections": true}, "nodes": [
                  {"id": "ventilator", "type": "PUSH", "binds": ["tcp://127.0.0.1:5590"],
                   "behaviour": {"kind": "generator", "template": "task {n}", "rate": 500, "count": 0, "log": false}},
                  {"id": "relay-in", "type": "PULL", "binds": [], "behaviour": {"kind": "passive"}, "placement": "child-process"},
                  {"id": "relay-out", "type": "PUSH", "binds": [], "behaviour": {"kind": "passive"}, "placement": "child-process"},
                  {"id": "program", "type": "PUSH", "binds": [], "behaviour": {"kind": "passive"}, "placement": "external"},
                  {"id": "collector", "type": "PULL", "binds": ["tcp://127.0.0.1:5591"], "behaviour": {"kind": "sink", "log": false}}],
                 "wires": [
                  {"id": "w-in", "from": "relay-in", "to": "ventilator", "endpoint": "tcp://127.0.0.1:5590"},
                  {"id": "w-out", "from": "relay-out", "to": "collector", "endpoint": "tcp://127.0.0.1:5591"},
                  {"id": "w-program", "from": "program", "to": "collector", "endpoint": "tcp://127.0.0.1:5591"}],
                 "links": [{"id": "relay", "from": "relay-in", "to": "relay-out"}]}
                """);
    }

    /** The relay killed and not started again: a program connecting to the collector's port counts on its wire at once. */
    @Test
    void aProgramConnectingWhereAKilledRelayWasCountsOnItsWireAtOnce() throws Exception {
        FreePorts.Moved moved = relayBesideAProgram();
        Topology t = dev.zmqstudio.io.TopologyFiles.parse(moved.json(), "relay.json");
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch()); org.zeromq.ZContext zmq = new org.zeromq.ZContext()) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.wire("w-out").messages() > 100);
            assertTrue(h.engine.killNode("relay-in"));
            h.awaitSnapshot(Duration.ofSeconds(5), s -> s.node("relay-in").state() == NodeState.STOPPED);
            programPushesTen(zmq, moved);
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w-program").messages() == 10
                    && x.wire("w-program").state() == WireState.CONNECTED);
            assertEquals(s.node("collector").received() - 10, s.wire("w-out").messages(), "the relay's, before it was killed");
        }
    }

    /**
     * Restart node on a relay whose child still runs (no Kill first): the old process's end is not taken for the new
     * one's, so the relay runs again with no error, and its new connection is ours, not the program's.
     */
    @Test
    void restartingARunningRelayLeavesItRunningAndItsConnectionOurs() throws Exception {
        withTheProgramsTenCounted(h -> {
        long before = h.engine.snapshot().node("collector").received();
        assertTrue(h.engine.restartNode("relay-in"));
        EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), x -> x.node("collector").received() > before + 300
                && x.node("relay-in").state() == NodeState.RUNNING);
        assertEquals(EngineSnapshot.Errors.NONE, s.node("relay-in").errors(), "restarted on purpose, not crashed");
        assertEquals(ChildState.RUNNING, h.engine.child("relay-in").orElseThrow().state());
        h.engine.stop();
        EngineSnapshot end = h.engine.snapshot();
        assertEquals(10, end.wire("w-program").messages(), "only the program is on w-program");
        assertEquals(end.node("collector").received() - 10, end.wire("w-out").messages(), "the relay's, both incarnations");
        });
    }

    private interface RelayCase {
        void then(EngineHarness h) throws Exception;
    }

    /** Runs the relay beside a program; once the program's ten and 100 of the relay's are counted, {@code relayCase}. */
    private static void withTheProgramsTenCounted(RelayCase relayCase) throws Exception {
        FreePorts.Moved moved = relayBesideAProgram();
        Topology t = dev.zmqstudio.io.TopologyFiles.parse(moved.json(), "relay.json");
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch()); org.zeromq.ZContext zmq = new org.zeromq.ZContext()) {
            programPushesTen(zmq, moved);
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.wire("w-program").messages() == 10 && s.wire("w-out").messages() > 100);
            relayCase.then(h);
        }
    }

    /** A program we do not run pushes ten messages into the collector's port. */
    private static void programPushesTen(org.zeromq.ZContext zmq, FreePorts.Moved moved) {
        org.zeromq.ZMQ.Socket program = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
        program.connect("tcp://127.0.0.1:" + moved.port(5591));
        for (int n = 0; n < 10; n++) {
            program.send("from the program " + n);
        }
    }

    /** Kills the relay's child, starts it again, and stops the run once the collector took {@code more} messages. */
    private static void killAndRestartTheRelay(EngineHarness h, long more) throws InterruptedException {
        assertTrue(h.engine.killNode("relay-in"));
        h.awaitSnapshot(Duration.ofSeconds(5), s -> s.node("relay-in").state() == NodeState.STOPPED);
        long before = h.engine.snapshot().node("collector").received();
        assertTrue(h.engine.restartNode("relay-in"));
        h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("collector").received() > before + more);
        h.engine.stop();
    }

    @Test
    void aChildThatDiesUnaskedIsAnErrorThatARestartDoesNotEraseThoughCountsGoOn() throws Exception {
        try (EngineHarness h = new EngineHarness(ChildTopologies.publisherWithChildSubscribers(1, 200), ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("sub-1").received() > 20);
            long pid = h.engine.child("sub-1").orElseThrow().pid();
            assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "killed from outside, not with Kill node");
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("sub-1").state() == NodeState.ERROR);
            assertEquals(EngineSnapshot.Errors.of("process exited with code 137"), s.node("sub-1").errors());
            long before = s.node("sub-1").received();
            assertTrue(h.engine.restartNode("sub-1"));
            s = h.awaitSnapshot(Duration.ofSeconds(30), x -> x.node("sub-1").received() > before + 20
                    && x.node("sub-1").state() == NodeState.RUNNING);
            assertEquals(EngineSnapshot.Errors.of("process exited with code 137"), s.node("sub-1").errors(), "the crash is remembered");
            h.engine.stop();
            assertEquals(List.of("sub-1"), h.engine.snapshot().nodesWithErrors().stream().map(EngineSnapshot.NodeStats::id).toList(),
                    "the run exits 3");
        }
    }

    @Test
    void killingTheBindingPublisherDisconnectsItsSubscriberWhichReconnectsWhenThePublisherIsRestarted() throws Exception {
        Topology t = ChildTopologies.publisherWithChildSubscribers(1, 200);
        t = t.replaceNode(t.node("pub").orElseThrow().withPlacement(Placement.CHILD_PROCESS));
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("sub-1").received() > 20);
            assertTrue(h.engine.killNode("pub"));
            h.awaitSnapshot(Duration.ofSeconds(5), s -> s.node("pub").state() == NodeState.STOPPED
                    && s.wire("w1").state() != WireState.CONNECTED);
            assertEquals(NodeState.RUNNING, h.engine.snapshot().node("sub-1").state(), "the subscriber lives on");
            long before = h.engine.snapshot().node("sub-1").received();
            assertTrue(h.engine.restartNode("pub"));
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), x -> x.node("sub-1").received() > before + 50);
            assertEquals(WireState.CONNECTED, s.wire("w1").state());
            assertEquals(NodeState.RUNNING, s.node("pub").state());
        }
    }

    @Test
    void aChildThatCannotStartIsReportedWithItsExitCodeAndStderrWhileTheOthersRun() throws Exception {
        ChildLaunch launch = ChildTopologies.launch();
        List<String> options = new java.util.ArrayList<>(launch.jvmOptions());
        options.add("-XX:+NoSuchOption");
        Topology t = ChildTopologies.publisherWithChildSubscribers(1, 10);
        try (EngineHarness h = new EngineHarness(t, launch.withJvmOptions(options))) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("sub-1").state() == NodeState.ERROR);
            assertEquals("process exited with code 1", s.node("sub-1").error());
            assertEquals(EngineSnapshot.Errors.of("process exited with code 1"), s.node("sub-1").errors(), "a crash is a failure");
            ChildStatus status = h.engine.child("sub-1").orElseThrow();
            assertEquals(ChildState.EXITED, status.state());
            assertEquals(1, status.exitCode());
            assertTrue(status.lastStderr().stream().anyMatch(l -> l.contains("NoSuchOption")), status.lastStderr().toString());
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("pub").sent() > 0); // the gate did not wait for it
        }
    }

    @Test
    void aSubscriberWhoseProcessDiesAtStartUpDoesNotHoldThePublisherBack(@TempDir Path dir) throws Exception {
        // sub-2's "JVM" crashes at start-up (before it reports ready); sub-1's starts normally.
        ChildLaunch launch = ChildTopologies.crashingAtStartUp("sub-2", dir);
        List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        // A gate timeout far beyond the run: only sub-1's subscription may open the gate, never the timeout.
        EngineOptions options = new EngineOptions((node, text) -> log.add(node + " " + text), Duration.ofSeconds(60))
                .withChildren(launch);
        long begin = System.nanoTime();
        try (Engine engine = new Engine(ChildTopologies.publisherWithChildSubscribers(2, 200), options)) {
            engine.start();
            long started = System.nanoTime();
            while (!engine.gateOpen() && System.nanoTime() - begin < Duration.ofSeconds(20).toNanos()) {
                Thread.sleep(5);
            }
            assertTrue(engine.gateOpen(), "the gate still waits for the dead subscriber: " + log);
            long toOpenMillis = (engine.gateOpenedNanos() - begin) / 1_000_000;
            long afterStartMillis = (engine.gateOpenedNanos() - started) / 1_000_000;
            System.out.printf("gate opened %d ms after Engine.start (%d ms after start returned)%n", toOpenMillis, afterStartMillis);
            assertTrue(toOpenMillis < EngineOptions.DEFAULT_GATE_TIMEOUT.toMillis(), "gate opened after " + toOpenMillis + " ms");
            assertTrue(afterStartMillis < 2_000, "gate opened " + afterStartMillis + " ms after start returned");

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            EngineSnapshot s = engine.snapshot();
            while ((s.node("sub-1").received() < 20 || engine.child("sub-2").orElseThrow().lastStderr().isEmpty())
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
                s = engine.snapshot();
            }
            assertTrue(s.node("sub-1").received() >= 20, "the live subscriber receives: " + s.node("sub-1"));
            assertEquals(NodeState.RUNNING, s.node("pub").state());
            assertEquals(NodeState.ERROR, s.node("sub-2").state());
            assertEquals("process exited with code 7", s.node("sub-2").error());
            ChildStatus dead = engine.child("sub-2").orElseThrow();
            assertEquals(ChildState.EXITED, dead.state());
            assertEquals(7, dead.exitCode());
            assertEquals(List.of("simulated crash at start-up"), dead.lastStderr());
            assertFalse(log.stream().anyMatch(l -> l.contains("without waiting any longer")), "not opened by the timeout: " + log);
        }
    }

    @Test
    void whatAChildWritesToStderrReachesTheLogTaggedWithItsNodeAndItsStatus() throws Exception {
        ChildLaunch launch = ChildTopologies.launch();
        List<String> options = new java.util.ArrayList<>(launch.jvmOptions());
        options.add("-Xlog:gc:stderr"); // the JVM itself writes "[...][info][gc] Using Serial" to stderr at start
        try (EngineHarness h = new EngineHarness(ChildTopologies.publisherWithChildSubscribers(1, 10), launch.withJvmOptions(options))) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("sub-1").received() > 0);
            assertTrue(h.linesOf("sub-1").stream().anyMatch(l -> l.startsWith("stderr: ") && l.contains("Using Serial")),
                    h.linesOf("sub-1").toString());
            assertTrue(h.engine.child("sub-1").orElseThrow().lastStderr().stream().anyMatch(l -> l.contains("Using Serial")));
        }
    }

    @Test
    void startAndStopTwentyTimesLeavesNoProcessThreadOrDescriptorBehind() throws Exception {
        Topology t = ChildTopologies.publisherWithChildSubscribers(2, 100);
        cycle(t); // warm up class loading, JeroMQ's and the process reaper's threads
        ResourceCount before = ResourceCount.now();
        for (int i = 0; i < 20; i++) {
            cycle(t);
        }
        ResourceCount after = ResourceCount.settle(before);
        assertEquals(0, after.processes(), "child processes");
        assertTrue(after.threads() <= before.threads() + 2, "threads " + before + " -> " + after);
        assertTrue(after.fds() <= before.fds() + 4, "open fds " + before + " -> " + after);
    }

    private static void cycle(Topology t) throws InterruptedException {
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("sub-1").received() > 0 && s.node("sub-2").received() > 0);
        }
    }
}
