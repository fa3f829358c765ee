package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nodes that name the same process run together in one child process; inproc works between them. */
@Timeout(120)
class NamedProcessesTest {

    @Test
    void twoPairsNamingOneProcessShareOneChildAndAChildNodeWithoutANameRunsAlone() throws Exception {
        int tcp = FreePorts.find();
        List<Node> nodes = List.of(
                SocketNode.of("gen-a", SocketType.PUSH, new Behaviour.Generator("a {n}", 0, 100, List.of(), 1, false),
                        "inproc://a").withProcess("left"),
                SocketNode.of("sink-a", SocketType.PULL, new Behaviour.Sink(false, null, null, null)).withProcess("left"),
                SocketNode.of("gen-b", SocketType.PUSH, new Behaviour.Generator("b {n}", 0, 100, List.of(), 1, false),
                        "tcp://127.0.0.1:" + tcp).withProcess("left"),
                SocketNode.of("sink-b", SocketType.PULL, new Behaviour.Sink(false, null, null, null))
                        .withPlacement(Placement.CHILD_PROCESS));
        Topology t = new Topology("named", "", Settings.DEFAULTS, nodes, List.of(
                Wire.of("wa", "sink-a", "gen-a", "inproc://a"),
                Wire.of("wb", "sink-b", "gen-b", "tcp://127.0.0.1:" + tcp)), List.of());

        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(90),
                    x -> x.nodes().get("sink-a").received() == 100 && x.nodes().get("sink-b").received() == 100
                            || !x.failedNodes().isEmpty());
            assertEquals(List.of(), s.failedNodes().stream().map(n -> n.id() + ": " + n.error()).toList());
            assertEquals(100, s.nodes().get("sink-a").received());
            assertEquals(100, s.nodes().get("sink-b").received());
            Set<Long> pids = h.engine.children().stream().map(c -> c.pid()).collect(Collectors.toSet());
            assertEquals(2, h.engine.children().size(), "\"left\" and sink-b alone: " + h.engine.children());
            assertEquals(2, pids.size());
            assertEquals(h.engine.child("gen-a").orElseThrow().pid(), h.engine.child("sink-a").orElseThrow().pid());
            assertEquals(h.engine.child("gen-a").orElseThrow().pid(), h.engine.child("gen-b").orElseThrow().pid());
        }
    }
}
