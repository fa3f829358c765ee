package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.LINK;
import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.Problem.SubjectKind.WIRE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static dev.zmqstudio.model.ProblemAssertions.pitfall;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules about ids, wire ends, endpoints, binds, socket pairs and inproc. */
class ValidatorWiringRulesTest {

    private static final Behaviour PASSIVE = Behaviour.Passive.INSTANCE;
    private static final String TRANSPORTS = "Chapter 2, Unicast Transports";
    private static final String PLUGGING = "Chapter 2, Plugging Sockets into the Topology";

    private static Topology pushPull(String bind, String connect) {
        return Topology.empty("t")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, PASSIVE, bind))
                .withNode(SocketNode.of("puller", SocketType.PULL, PASSIVE))
                .withWire(Wire.of("w1", "puller", "pusher", connect));
    }

    private static Topology queue() {
        return Topology.empty("q")
                .withNode(DeviceNode.of("queue", DeviceType.QUEUE, "tcp://*:5559", "tcp://*:5560"))
                .withNode(SocketNode.of("client", SocketType.REQ, PASSIVE))
                .withNode(SocketNode.of("server", SocketType.REP, new Behaviour.Replier("ok", true)));
    }

    @Test
    void aValidTopologyHasNoErrors() {
        assertEquals(List.of(), Validator.validate(pushPull("tcp://127.0.0.1:5555", "tcp://127.0.0.1:5555")));
    }

    @Test
    void idsAreUniqueAcrossNodesWiresAndLinks() {
        Topology t = pushPull("tcp://*:5555", "tcp://127.0.0.1:5555")
                .withNode(SocketNode.of("pusher", SocketType.PUB, PASSIVE))
                .withWire(Wire.of("pusher", "puller", "pusher", "tcp://127.0.0.1:5555"))
                .withLink(Link.of("w1", "puller", "pusher"));
        assertProblems(t, "duplicate-id",
                error("duplicate-id", NODE, "pusher",
                        "the id \"pusher\" is already used by a node; ids must be unique across nodes, wires and links",
                        "rename this node"),
                error("duplicate-id", WIRE, "pusher",
                        "the id \"pusher\" is already used by a node; ids must be unique across nodes, wires and links",
                        "rename this wire"),
                error("duplicate-id", LINK, "w1",
                        "the id \"w1\" is already used by a wire; ids must be unique across nodes, wires and links",
                        "rename this link"));
    }

    @Test
    void wireEndsMustExist() {
        Topology t = pushPull("tcp://*:5555", "tcp://127.0.0.1:5555")
                .withWire(Wire.of("w2", "ghost", "phantom", "tcp://127.0.0.1:5555"));
        assertProblems(t, "missing-node",
                error("missing-node", WIRE, "w2", "its \"from\" node \"ghost\" does not exist",
                        "point it at an existing node, or delete the wire"),
                error("missing-node", WIRE, "w2", "its \"to\" node \"phantom\" does not exist",
                        "point it at an existing node, or delete the wire"));
    }

    @Test
    void aWireCannotJoinANodeToItself() {
        Topology t = queue().withWire(new Wire("loop", "queue", Side.BACKEND, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"));
        assertProblems(t, "self-wire",
                error("self-wire", WIRE, "loop", "connects \"queue\" to itself", "connect it to another node"));
    }

    @Test
    void aDeviceNeedsANamedSide() {
        Topology t = queue().withWire(Wire.of("w", "client", "queue", "tcp://127.0.0.1:5559"));
        assertProblems(t, "bad-side",
                error("bad-side", WIRE, "w",
                        "attaches to the main socket of \"queue\", but a QUEUE device has only a frontend and a backend",
                        "set \"toSide\" to \"frontend\" or \"backend\""));
    }

    @Test
    void aSocketNodeHasNoSides() {
        Topology t = queue().withWire(new Wire("w", "client", Side.BACKEND, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"));
        assertProblems(t, "bad-side",
                error("bad-side", WIRE, "w",
                        "attaches to the backend of \"client\", but a REQ socket node has one socket and no sides",
                        "remove \"fromSide\""));
    }

    @Test
    void bindAndWireEndpointsMustParse() {
        Topology t = pushPull("localhost:5555", "tcp://127.0.0.1:5555");
        assertProblems(t, "endpoint-syntax",
                error("endpoint-syntax", NODE, "pusher",
                        "'localhost:5555' has no transport; expected tcp://host:port, ipc://path or inproc://name",
                        "write it as tcp://host:port, ipc://path or inproc://name"));
        assertProblems(pushPull("tcp://*:5555", "udp://127.0.0.1:5555"), "endpoint-syntax",
                error("endpoint-syntax", WIRE, "w1", "'udp://127.0.0.1:5555' uses unknown transport 'udp'; use tcp, ipc or inproc",
                        "write it as tcp://host:port, ipc://path or inproc://name"));
    }

    @Test
    void tcpPortsMustBeInRange() {
        Topology t = pushPull("tcp://*:70000", "tcp://127.0.0.1:0");
        assertProblems(t, "port-range",
                error("port-range", NODE, "pusher", "port 70000 in 'tcp://*:70000' is outside the range 1..65535",
                        "use a port from 1 to 65535"),
                error("port-range", WIRE, "w1", "port 0 in 'tcp://127.0.0.1:0' is outside the range 1..65535",
                        "use a port from 1 to 65535"));
    }

    @Test
    void aWireCannotConnectToAWildcard() {
        assertProblems(pushPull("tcp://*:5555", "tcp://*:5555"), "connect-wildcard",
                error("connect-wildcard", WIRE, "w1",
                        "connects to 'tcp://*:5555', but a wildcard host means every interface and can only be bound",
                        "connect to tcp://127.0.0.1:5555"));
        assertEquals(1, ProblemAssertions.withCode(pushPull("tcp://*:5555", "tcp://0.0.0.0:5555"), "connect-wildcard").size());
    }

    @Test
    void aWireMustConnectToWhatItsTargetBinds() {
        assertProblems(pushPull("tcp://*:5555", "tcp://127.0.0.1:5556"), "not-bound",
                error("not-bound", WIRE, "w1",
                        "connects to 'tcp://127.0.0.1:5556', which \"pusher\" does not bind; it binds tcp://*:5555",
                        "connect to one of the endpoints \"pusher\" binds"));
        Topology nothingBound = Topology.empty("t")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, PASSIVE))
                .withNode(SocketNode.of("puller", SocketType.PULL, PASSIVE))
                .withWire(Wire.of("w1", "puller", "pusher", "tcp://localhost:5555"));
        assertProblems(nothingBound, "not-bound");
        assertProblems(nothingBound, "both-connect",
                pitfall(error("both-connect", WIRE, "w1",
                        "both ends connect: \"puller\" connects to 'tcp://localhost:5555', but \"pusher\" binds nothing,"
                                + " so there is nothing to connect to",
                        "add 'tcp://localhost:5555' to the binds of \"pusher\""), PLUGGING));
    }

    @Test
    void notBoundLooksAtTheNamedSideOfADevice() {
        Topology t = queue()
                .withWire(new Wire("w", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5560"));
        assertProblems(t, "not-bound",
                error("not-bound", WIRE, "w",
                        "connects to 'tcp://127.0.0.1:5560', which the frontend of \"queue\" does not bind; it binds tcp://*:5559",
                        "connect to one of the endpoints the frontend of \"queue\" binds"));
        Topology reached = queue()
                .withWire(new Wire("w", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://localhost:5559"));
        assertProblems(reached, "not-bound");
    }

    @Test
    void anIllegalPairNamesTheCompatibleTypes() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("pub", SocketType.PUB, PASSIVE, "tcp://*:5556"))
                .withNode(SocketNode.of("pull", SocketType.PULL, PASSIVE))
                .withWire(Wire.of("w", "pull", "pub", "tcp://127.0.0.1:5556"));
        assertProblems(t, "illegal-pair",
                error("illegal-pair", WIRE, "w", "PULL cannot talk to PUB: ZeroMQ pairs PULL only with PUSH",
                        "connect \"pull\" to a PUSH, or change the type of one end"));
    }

    @Test
    void illegalPairUsesTheSocketTypeOfADeviceSide() {
        Topology t = queue()
                .withNode(SocketNode.of("sub", SocketType.SUB, PASSIVE))
                .withWire(new Wire("w", "sub", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:5560"));
        assertProblems(t, "illegal-pair",
                error("illegal-pair", WIRE, "w", "SUB cannot talk to DEALER: ZeroMQ pairs SUB only with PUB or XPUB",
                        "connect \"sub\" to a PUB or XPUB, or change the type of one end"));
    }

    @Test
    void anAddressCanBeBoundOnce() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("a", SocketType.PUB, PASSIVE, "tcp://*:5555", "tcp://*:5555"))
                .withNode(SocketNode.of("b", SocketType.PUB, PASSIVE, "tcp://127.0.0.1:5555", "tcp://127.0.0.1:6000"))
                .withNode(DeviceNode.of("d", DeviceType.STREAMER, "ipc://x", "ipc://x"));
        assertProblems(t, "bind-clash",
                pitfall(error("bind-clash", NODE, "a", "\"a\" binds 'tcp://*:5555' twice; an address can be bound only once",
                        "remove one of the two binds"), PLUGGING),
                pitfall(error("bind-clash", NODE, "b",
                        "\"b\" binds 'tcp://127.0.0.1:5555', which clashes with 'tcp://*:5555' bound by \"a\"; an address can be bound only once",
                        "bind another port, or connect to the existing bind instead"), PLUGGING),
                pitfall(error("bind-clash", NODE, "d",
                        "the backend of \"d\" binds 'ipc://x', which clashes with 'ipc://x' bound by the frontend of \"d\"; an address can be bound only once",
                        "bind another port, or connect to the existing bind instead"), PLUGGING));
    }

    @Test
    void differentHostsOnOnePortDoNotClash() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("a", SocketType.PUB, PASSIVE, "tcp://127.0.0.1:5555"))
                .withNode(SocketNode.of("b", SocketType.PUB, PASSIVE, "tcp://192.168.1.2:5555", "inproc://a", "ipc://a"));
        assertProblems(t, "bind-clash");
    }

    @Test
    void aPairTalksToOnePeer() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("p", SocketType.PAIR, PASSIVE, "inproc://p"))
                .withNode(SocketNode.of("q", SocketType.PAIR, PASSIVE))
                .withNode(SocketNode.of("r", SocketType.PAIR, PASSIVE))
                .withWire(Wire.of("w1", "q", "p", "inproc://p"))
                .withWire(Wire.of("w2", "r", "p", "inproc://p"));
        assertProblems(t, "pair-peers",
                pitfall(error("pair-peers", NODE, "p", "a PAIR socket talks to exactly one peer, but it has 2 wires (w1, w2)",
                        "keep one wire; for several peers use DEALER and ROUTER"), "Chapter 2, Signaling Between Threads (PAIR Sockets)"));
    }

    @Test
    void inprocStaysInsideTheAppsProcess() {
        Topology t = pushPull("inproc://work", "inproc://work")
                .mapNodes(n -> n.id().equals("puller") ? n.withPlacement(Placement.CHILD_PROCESS) : n);
        assertProblems(t, "inproc-cross-process",
                pitfall(error("inproc-cross-process", WIRE, "w1",
                        "inproc cannot cross processes, but \"puller\" runs child-process and \"pusher\" runs in-process",
                        "use a tcp endpoint instead, or run both nodes in-process or in one named process"), TRANSPORTS));
    }

    @Test
    void inprocFollowsTheDefaultPlacement() {
        Topology inProcess = pushPull("inproc://work", "inproc://work");
        assertProblems(inProcess, "inproc-cross-process");
        Topology childProcess = inProcess.withSettings(Settings.DEFAULTS.withDefaultPlacement(Placement.CHILD_PROCESS));
        assertProblems(childProcess, "inproc-cross-process",
                pitfall(error("inproc-cross-process", WIRE, "w1",
                        "inproc cannot cross processes, but \"puller\" runs child-process and \"pusher\" runs child-process",
                        "use a tcp endpoint instead, or run both nodes in-process or in one named process"), TRANSPORTS));
    }

    @Test
    void inprocJoinsNodesThatNameOneProcessButNotTwo() {
        Topology same = pushPull("inproc://work", "inproc://work").mapNodes(n -> n.withProcess("workers"));
        assertProblems(same, "inproc-cross-process");
        Topology apart = same.mapNodes(n -> n.id().equals("puller") ? n.withProcess("sinks") : n);
        assertProblems(apart, "inproc-cross-process",
                pitfall(error("inproc-cross-process", WIRE, "w1",
                        "inproc cannot cross processes, but \"puller\" runs in process \"sinks\" and \"pusher\" runs in process \"workers\"",
                        "use a tcp endpoint instead, or run both nodes in-process or in one named process"), TRANSPORTS));
    }

    @Test
    void aProcessNameFollowsTheIdRuleAndCannotBeInProcessOrExternal() {
        Topology t = pushPull("tcp://127.0.0.1:7001", "tcp://127.0.0.1:7001")
                .mapNodes(n -> n.id().equals("puller") ? n.withProcess("my sinks") : n.withProcess("p").withPlacement(Placement.IN_PROCESS));
        assertEquals(List.of("bad-process", "process-placement"), dev.zmqstudio.model.Validator.validate(t).stream()
                .map(dev.zmqstudio.model.Problem::code).filter(c -> c.startsWith("bad-process") || c.startsWith("process-")).sorted().toList());
        Problem placement = ProblemAssertions.withCode(t, "process-placement").getFirst();
        assertEquals("names process \"p\" (a child process) but its placement is in-process", placement.message());
        assertEquals("set its placement to default or child-process, or clear its process", placement.fix());
    }
}
