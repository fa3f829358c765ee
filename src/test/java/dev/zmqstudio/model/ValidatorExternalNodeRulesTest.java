package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** External nodes are programs outside the app: no bogus problems about them; commands need external placement. */
class ValidatorExternalNodeRulesTest {

    private static final Behaviour PASSIVE = Behaviour.Passive.INSTANCE;

    private static SocketNode external(String id, SocketType type, String... binds) {
        return SocketNode.of(id, type, PASSIVE, binds).withPlacement(Placement.EXTERNAL);
    }

    @Test
    void anAppRequesterAnsweredByAnExternalRepIsFine() {
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("Hello", 0, 3, true)))
                .withNode(external("python-rep", SocketType.REP, "tcp://127.0.0.1:5555"))
                .withWire(Wire.of("w", "client", "python-rep", "tcp://127.0.0.1:5555"));
        assertEquals(List.of(), Validator.validate(t));
        Topology inProcess = t.mapNodes(n -> n.id().equals("python-rep") ? n.withPlacement(Placement.IN_PROCESS) : n);
        assertEquals(List.of("no-reply-path", "no-reply-path"),
                Validator.validate(inProcess).stream().map(Problem::code).toList(), "the same REP run by us would never answer");
    }

    @Test
    void anExternalSubscriberAndAnExternalRequesterNeedNothingFromTheDiagram() {
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("pub", SocketType.PUB, Behaviour.Generator.of("m {n}", 0, 5), "tcp://127.0.0.1:5556"))
                .withNode(external("python-sub", SocketType.SUB))
                .withNode(SocketNode.of("server", SocketType.REP, new Behaviour.Replier("{msg}", true), "tcp://127.0.0.1:5557"))
                .withNode(external("python-req", SocketType.REQ))
                .withNode(DeviceNode.of("queue", DeviceType.QUEUE, "tcp://*:5558", "tcp://*:5559").withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "python-sub", "pub", "tcp://127.0.0.1:5556"))
                .withWire(Wire.of("w2", "python-req", "server", "tcp://127.0.0.1:5557"))
                .withWire(new Wire("w3", "server", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:5559"));
        assertEquals(List.of(), Validator.validate(t).stream().filter(p -> !p.code().equals("bind-clash")).toList());
    }

    @Test
    void aCommandNeedsExternalPlacementAndAProgram() {
        Topology t = Topology.empty("cmd")
                .withNode(external("worker", SocketType.PULL).withCommand(Command.ofLine("python3 worker.py")))
                .withNode(SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m", 0, 1), "tcp://127.0.0.1:5555"))
                .withWire(Wire.of("w", "worker", "pusher", "tcp://127.0.0.1:5555"));
        assertEquals(List.of(), Validator.validate(t));
        Topology inProcess = t.mapNodes(n -> n.id().equals("worker") ? n.withPlacement(Placement.DEFAULT) : n);
        assertProblems(inProcess, "command-placement", error("command-placement", NODE, "worker",
                "it launches a command, whose program owns the socket, but it runs in-process",
                "set its placement to external, or remove the command"));
        Topology empty = t.mapNodes(n -> n.id().equals("worker") ? n.withCommand(Command.ofLine("   ")) : n);
        assertProblems(empty, "command-empty", error("command-empty", NODE, "worker", "its command names no program",
                "write the program and its arguments, e.g. \"python3 worker.py\", or remove the command"));
    }

    @Test
    void aOneLineCommandSplitsAtSpacesAndDisplaysQuoted() {
        assertEquals(List.of("python3", "worker.py", "5555"), Command.ofLine("  python3  worker.py 5555 ").argv());
        assertEquals("python3 \"my worker.py\"", Command.of("python3", "my worker.py").display());
    }
}
