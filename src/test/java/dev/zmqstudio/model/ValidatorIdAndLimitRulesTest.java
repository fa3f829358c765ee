package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.LINK;
import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.Problem.SubjectKind.WIRE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bad-id, ids-differ-by-case and out-of-range: untrusted files get located errors with a fix, never a silent run. */
class ValidatorIdAndLimitRulesTest {

    private static Topology pushPull(String pusher, Behaviour behaviour) {
        return Topology.empty("t")
                .withNode(SocketNode.of(pusher, SocketType.PUSH, behaviour, "inproc://feed"))
                .withNode(SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging()))
                .withWire(Wire.of("w1", "puller", pusher, "inproc://feed"));
    }

    private static Problem fieldError(String code, Problem.SubjectKind kind, String id, String field, String message, String fix) {
        return new Problem(Problem.Severity.ERROR, code, kind, id, message, fix, "", field);
    }

    @Test
    void aNodeIdWithACommaIsAnErrorAtItsIdField() {
        assertProblems(pushPull("a,b", Behaviour.Generator.of("m", 1, 1)), "bad-id",
                fieldError("bad-id", NODE, "a,b", "id",
                        "the id \"a,b\" has a comma at character 2; an id is 1 to 64 characters: letters, digits, '.', '_' or '-'",
                        "rename this node (and where wires and links name it), e.g. to \"a-b\""));
    }

    @Test
    void wireAndLinkIdsFollowTheSameRule() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1), "inproc://feed"))
                .withNode(SocketNode.of("puller", SocketType.PULL, Behaviour.Passive.INSTANCE))
                .withNode(SocketNode.of("out", SocketType.PUSH, Behaviour.Passive.INSTANCE, "inproc://out"))
                .withWire(Wire.of("w 1", "puller", "pusher", "inproc://feed"))
                .withLink(Link.of("", "puller", "out"));
        List<Problem> bad = ProblemAssertions.withCode(t, "bad-id");
        assertEquals(List.of(WIRE, LINK), bad.stream().map(Problem::subjectKind).toList(), bad.toString());
        assertTrue(bad.get(0).message().contains("has a space at character 2"), bad.get(0).message());
        assertTrue(bad.get(1).message().contains("is empty"), bad.get(1).message());
        assertTrue(bad.stream().allMatch(p -> p.isError() && "id".equals(p.field())));
    }

    @Test
    void hiddenCharactersInIdsAreShownEscapedOnOneLine() {
        Problem p = ProblemAssertions.withCode(pushPull("gnp\u202E.exe\n", Behaviour.Generator.of("m", 1, 1)), "bad-id").getFirst();
        String line = p.toString();
        assertFalse(line.contains("\u202E") || line.contains("\n"), line);
        assertTrue(line.startsWith("error: node gnp\\u202E.exe\\u000A: the id \"gnp\\u202E.exe\\u000A\" has the invisible character \\u202E at character 4"), line);
    }

    @Test
    void idsThatDifferOnlyByCaseAreWarnedAbout() {
        Topology t = pushPull("Feeder", Behaviour.Generator.of("m", 1, 1)).withNode(SocketNode.of("feeder", SocketType.PULL,
                Behaviour.Sink.logging())).withWire(Wire.of("w2", "feeder", "Feeder", "inproc://feed"));
        assertProblems(t, "ids-differ-by-case", warning("ids-differ-by-case", NODE, "feeder",
                "the id \"feeder\" differs from the node \"Feeder\" only by case; logs and reports will be hard to read",
                "rename this node"));
    }

    @Test
    void ratesCountsAndWorkOutsideTheirRangesAreErrorsAtTheirFields() {
        assertProblems(pushPull("p", new Behaviour.Generator("m", 1e40, 1, List.of(), 1, true)), "out-of-range",
                fieldError("out-of-range", NODE, "p", "behaviour.rate", "\"rate\" is 1.0E40, more than 10000000 messages a second",
                        "use 0 (as fast as possible) or 0.001 up to 10000000 messages a second"));
        assertProblems(pushPull("p", new Behaviour.Generator("m", Double.NaN, 1, List.of(), 1, true)), "out-of-range",
                fieldError("out-of-range", NODE, "p", "behaviour.rate", "\"rate\" is not a number",
                        "use 0 (as fast as possible) or 0.001 up to 10000000 messages a second"));
        assertProblems(pushPull("p", new Behaviour.Generator("m", -1, 1, List.of(), 1, true)), "out-of-range",
                fieldError("out-of-range", NODE, "p", "behaviour.rate", "\"rate\" is -1, less than 0 messages a second",
                        "use 0 (as fast as possible) or 0.001 up to 10000000 messages a second"));
        assertProblems(pushPull("p", new Behaviour.Generator("m", 0.0001, 1, List.of(), 1, true)), "out-of-range",
                fieldError("out-of-range", NODE, "p", "behaviour.rate", "\"rate\" is 1.0E-4, above 0 but less than 0.001 messages a second",
                        "use 0 (as fast as possible) or 0.001 up to 10000000 messages a second"));
        assertProblems(pushPull("p", Behaviour.Generator.of("m", 0, 2_000_000_000_000L)), "out-of-range",
                fieldError("out-of-range", NODE, "p", "behaviour.count", "\"count\" is 2000000000000, more than 1000000000000 messages",
                        "use 0 (no limit) up to 1000000000000 messages"));
        Topology slowSink = pushPull("p", Behaviour.Generator.of("m", 1, 1)).mapNodes(n -> n.id().equals("puller")
                ? ((SocketNode) n).withBehaviour(Behaviour.Sink.logging().withWorkMillis(1e9)) : n);
        assertProblems(slowSink, "out-of-range", fieldError("out-of-range", NODE, "puller", "behaviour.workMillis",
                "\"workMillis\" is 1000000000, more than 60000 ms", "use 0 (no work) up to 60000 ms"));
    }

    @Test
    void theEdgesOfEveryRangeAreAllowed() {
        for (double rate : new double[] {0, 0.001, 10_000_000}) {
            assertEquals(List.of(), ProblemAssertions.withCode(pushPull("p", new Behaviour.Generator("m", rate, 1_000_000_000_000L,
                    List.of(), 1, true)), "out-of-range"), "rate " + rate);
        }
        Topology extremes = pushPull("p", Behaviour.Generator.of("m", 1, 1)).mapNodes(n -> n.withPosition(new Position(-1e6, 1e6))
                .withSocket(Side.MAIN, n.socket(Side.MAIN).withOptions(SocketOptions.DEFAULTS.withHwm(0, 10_000_000))));
        assertEquals(List.of(), ProblemAssertions.withCode(extremes, "out-of-range"));
    }

    @Test
    void highWaterMarksOfDevicesAndLayoutAreCheckedToo() {
        Topology t = Topology.empty("t").withNode(new DeviceNode("queue", "", DeviceType.QUEUE,
                new SocketSpec(SocketType.ROUTER, List.of("inproc://f"), SocketOptions.DEFAULTS.withHwm(1000, 99_999_999)),
                SocketSpec.of(SocketType.DEALER, "inproc://b"), Placement.DEFAULT, new Position(1e300, 0)));
        List<String> found = ProblemAssertions.withCode(t, "out-of-range").stream().map(p -> p.field() + ": " + p.message()).toList();
        assertEquals(List.of("frontend.options.receiveHwm: \"receiveHwm\" is 99999999, more than 10000000 messages",
                "layout.x: \"x\" is 1.0E300, more than 1000000"), found);
    }
}
