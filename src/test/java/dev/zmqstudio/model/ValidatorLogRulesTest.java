package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log publisher's endpoint and an external program's log endpoint: reachable, and never a node's bind. */
class ValidatorLogRulesTest {
    private static final String LOGS = "tcp://127.0.0.1:5565";

    private static Topology publishing(String endpoint) {
        return Topology.empty("logs").withSettings(Settings.DEFAULTS.withLogPublisher(endpoint))
                .withNode(SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 1, 3), "tcp://127.0.0.1:5571"))
                .withNode(SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging()))
                .withWire(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:5571"));
    }

    private static SocketNode standIn(SocketType type) {
        return SocketNode.of("log-publisher", type, Behaviour.Passive.INSTANCE, LOGS).withPlacement(Placement.EXTERNAL);
    }

    @Test
    void aLogPublisherWithALoggerWiredToItsStandInIsFine() {
        Topology t = publishing(LOGS).withNode(standIn(SocketType.PUB))
                .withNode(SocketNode.of("logger", SocketType.SUB, new Behaviour.Sink(false, null, null, null, 0,
                        "split(frames[0], '[.]')[1]")).withSocket(Side.MAIN, new SocketSpec(SocketType.SUB, List.of(),
                        new SocketOptions(1000, 1000, List.of("zmq-studio"), null))))
                .withWire(Wire.of("w2", "logger", "log-publisher", LOGS));
        assertEquals(List.of(), Validator.validate(t));
    }

    @Test
    void theLogPublisherMustBeAnAddressAnotherProgramReaches() {
        for (String bad : List.of("inproc://logs", "tcp://127.0.0.1", "logs")) {
            List<Problem> found = withCode(publishing(bad), "log-publisher-endpoint");
            assertEquals(1, found.size(), bad + ": " + Validator.validate(publishing(bad)));
            assertTrue(found.getFirst().message().startsWith("the log publisher '" + bad + "' is not a tcp:// or ipc:// address"),
                    found.getFirst().message());
            assertEquals("settings.logPublisher", found.getFirst().field(), "located at the setting");
        }
        assertEquals(List.of(), withCode(publishing("ipc:///tmp/zs-logs"), "log-publisher-endpoint"));
    }

    @Test
    void noNodeOfOursMayBindTheLogPublishersAddress() {
        Topology t = publishing("tcp://127.0.0.1:5571");
        assertProblems(t, "log-publisher-clash", error("log-publisher-clash", NODE, "pusher",
                "\"pusher\" binds 'tcp://127.0.0.1:5571', where the run's log publisher binds 'tcp://127.0.0.1:5571'",
                "bind another address, or change settings.logPublisher"));
    }

    @Test
    void theNodeStandingForTheLogPublisherIsAPub() {
        assertEquals(List.of(), withCode(publishing(LOGS).withNode(standIn(SocketType.XPUB)), "log-publisher-stand-in"));
        List<Problem> found = withCode(publishing(LOGS).withNode(standIn(SocketType.REP)), "log-publisher-stand-in");
        assertEquals(1, found.size());
        assertEquals("make it a PUB node, or bind another address", found.getFirst().fix());
    }

    @Test
    void onlyAnExternalProgramHasLogsToReadAndTheyAreAtAReachableAddress() {
        SocketNode service = SocketNode.of("svc", SocketType.PUSH, Behaviour.Passive.INSTANCE).withLogs("tcp://127.0.0.1:5566");
        Topology ours = Topology.empty("l").withNode(service);
        List<Problem> placement = withCode(ours, "logs-placement");
        assertEquals(1, placement.size(), Validator.validate(ours).toString());
        assertEquals("logs", placement.getFirst().field());

        Topology external = Topology.empty("l").withNode(service.withPlacement(Placement.EXTERNAL));
        assertEquals(List.of(), withCode(external, "logs-placement"));
        assertEquals(List.of(), withCode(external, "logs-endpoint"));
        Topology inproc = Topology.empty("l").withNode(service.withPlacement(Placement.EXTERNAL).withLogs("inproc://svc"));
        assertEquals(1, withCode(inproc, "logs-endpoint").size());
    }
}
