package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Once nodes name hosts, wires between hosts must be tcp to the binder's host, never loopback; links stay on one host. */
class ValidatorHostRulesTest {

    /** A PUSH on {@code pushHost} connecting to a PULL on h1 that binds tcp://h1:47611, at {@code endpoint}. */
    private static Topology twoHosts(String pushHost, String endpoint) {
        return Topology.empty("h")
                .withNode(SocketNode.of("sink", SocketType.PULL, Behaviour.Sink.logging(), "tcp://h1:47611").withHost("h1"))
                .withNode(SocketNode.of("gen", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1)).withHost(pushHost))
                .withWire(Wire.of("w", "gen", "sink", endpoint));
    }

    @Test
    void aWireBetweenHostsByTheBindersNameIsFine() {
        assertEquals(List.of(), withCode(twoHosts("h2", "tcp://h1:47611"), "host-loopback"));
        assertEquals(List.of(), withCode(twoHosts("h2", "tcp://h1:47611"), "host-mismatch"));
        List<Problem> exposed = withCode(twoHosts("h2", "tcp://h1:47611"), "exposed-bind");
        assertEquals(1, exposed.size(), "a bind other hosts reach is exposed");
        assertTrue(exposed.getFirst().fix().startsWith("secure its wires with CURVE"), exposed.getFirst().fix());
    }

    @Test
    void aConnectToLoopbackAcrossHostsIsAnErrorThatNamesTheHost() {
        Topology t = twoHosts("h2", "tcp://127.0.0.1:47611")
                .mapNodes(n -> n.id().equals("sink") ? n.withSocket(Side.MAIN, n.socket(Side.MAIN)
                        .withBinds(List.of("tcp://127.0.0.1:47611"))) : n);
        List<Problem> found = withCode(t, "host-loopback");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().isError());
        assertTrue(found.getFirst().message().contains("\"gen\" on host h2 connects to \"sink\" on host h1 at"
                + " tcp://127.0.0.1:47611, which is loopback"), found.getFirst().message());
        assertTrue(found.getFirst().fix().startsWith("connect to tcp://h1:47611"), found.getFirst().fix());
        assertEquals(1, withCode(twoHosts("h2", "tcp://localhost:47611"), "host-loopback").size(), "localhost too");
        assertEquals(List.of(), withCode(twoHosts("h1", "tcp://127.0.0.1:47611").mapNodes(n -> n.withSocket(Side.MAIN,
                n.socket(Side.MAIN).withBinds(n.socket(Side.MAIN).binds().isEmpty() ? List.of()
                        : List.of("tcp://127.0.0.1:47611")))), "host-loopback"), "loopback on one host is fine");
    }

    @Test
    void aNodeWithoutAHostIsOnHostMainAndLoopbackToItFromAnotherHostIsAnError() {
        Topology t = twoHosts(null, "tcp://127.0.0.1:47611").mapNodes(n -> n.withSocket(Side.MAIN, n.socket(Side.MAIN)
                .withBinds(n.socket(Side.MAIN).binds().isEmpty() ? List.of() : List.of("tcp://127.0.0.1:47611"))));
        assertTrue(withCode(t, "host-loopback").getFirst().message().contains("on host main"), t.toString());
    }

    @Test
    void inprocOrIpcBetweenHostsIsAnError() {
        Topology t = Topology.empty("h")
                .withNode(SocketNode.of("sink", SocketType.PULL, Behaviour.Sink.logging(), "ipc://x").withHost("h1"))
                .withNode(SocketNode.of("gen", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1)).withHost("h2"))
                .withWire(Wire.of("w", "gen", "sink", "ipc://x"));
        List<Problem> found = withCode(t, "host-transport");
        assertEquals(1, found.size());
        assertTrue(found.getFirst().message().endsWith("over ipc, which never leaves one machine"), found.getFirst().message());
    }

    @Test
    void aConnectToAnotherHostThanTheBindersIsAnError() {
        Topology t = twoHosts("h2", "tcp://h2:47611");
        List<Problem> found = withCode(t, "host-mismatch");
        assertEquals(1, found.size(), found.toString());
        assertEquals("it connects to host h2, but \"sink\", which binds it, is on host h1", found.getFirst().message());
    }

    @Test
    void aHostNameMustBeADnsLabelAndLinksStayOnOneHost() {
        Topology t = twoHosts("h_2", "tcp://h1:47611");
        List<Problem> bad = withCode(t, "bad-host");
        assertEquals(1, bad.size());
        assertEquals("rename the host, e.g. to \"h-2\"", bad.getFirst().fix());
        Topology linked = Topology.empty("l")
                .withNode(SocketNode.of("in", SocketType.PULL, Behaviour.Passive.INSTANCE, "tcp://h1:47612").withHost("h1"))
                .withNode(SocketNode.of("out", SocketType.PUSH, Behaviour.Passive.INSTANCE, "tcp://h2:47613").withHost("h2"))
                .withLink(Link.of("l1", "in", "out"));
        assertEquals(1, withCode(linked, "link-across-hosts").size());
    }

    @Test
    void onOneMachineEveryHostNameIsLoopbackAndDeployedABindOnANameListensEverywhere() {
        Topology t = twoHosts("h2", "tcp://h1:47611");
        Topology local = Hosts.onOneMachine(t);
        assertEquals("tcp://127.0.0.1:47611", local.wires().getFirst().endpoint());
        assertEquals(List.of("tcp://127.0.0.1:47611"), local.node("sink").orElseThrow().socket(Side.MAIN).binds());
        Topology onH1 = Hosts.asDeployedOn(t, "h1");
        assertEquals(List.of("tcp://0.0.0.0:47611"), onH1.node("sink").orElseThrow().socket(Side.MAIN).binds());
        assertEquals("tcp://h1:47611", onH1.wires().getFirst().endpoint(), "connects keep the name");
        assertEquals(List.of("tcp://h1:47611"), Hosts.asDeployedOn(t, "h2").node("sink").orElseThrow().socket(Side.MAIN).binds(),
                "another host's binds are not its own to change");
        assertEquals(List.of("h1", "h2"), Hosts.deployed(t));
        assertEquals(List.of("gen"), Hosts.nodesOn(t, "h2"));
    }

    @Test
    void theSamePortOnTwoHostsIsOnlyAWarningAboutRunningOnOneMachine() {
        Topology t = Topology.empty("p")
                .withNode(SocketNode.of("a", SocketType.PULL, Behaviour.Sink.logging(), "tcp://*:47614").withHost("h1"))
                .withNode(SocketNode.of("b", SocketType.PULL, Behaviour.Sink.logging(), "tcp://h2:47614").withHost("h2"));
        List<Problem> found = withCode(t, "bind-clash");
        assertEquals(1, found.size());
        assertEquals(false, found.getFirst().isError());
        assertTrue(found.getFirst().message().endsWith("deployed on two machines they do not clash, but run on this one"
                + " the second bind fails"), found.getFirst().message());
        assertTrue(withCode(t.mapNodes(n -> n.withHost(null)), "bind-clash").getFirst().isError(), "on one host: an error");
    }
}
