package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CURVE is per socket: all its wires secured or none, as server or as client; an exposed bind it secures is fine. */
class ValidatorCurveRulesTest {
    private static final String A = "tcp://0.0.0.0:47601";
    private static final String TO_A = "tcp://127.0.0.1:47601";
    private static final String B = "tcp://127.0.0.1:47602";

    private static Topology fanIn(boolean first, boolean second) {
        return Topology.empty("c")
                .withNode(SocketNode.of("sink", SocketType.PULL, Behaviour.Sink.logging(), A))
                .withNode(SocketNode.of("p1", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1)))
                .withNode(SocketNode.of("p2", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1)))
                .withWire(Wire.of("w1", "p1", "sink", TO_A).withCurve(first))
                .withWire(Wire.of("w2", "p2", "sink", TO_A).withCurve(second));
    }

    @Test
    void aServerWhoseWiresAreAllSecuredIsFineEvenExposed() {
        assertEquals(List.of(), Validator.validate(fanIn(true, true)));
        assertEquals(List.of(), Validator.validate(fanIn(false, false).withSettings(Settings.DEFAULTS.withCurve(true))),
                "the topology's setting secures every wire");
        assertEquals(1, withCode(fanIn(false, false), "exposed-bind").size(), "plain and exposed: warned");
    }

    @Test
    void aSocketWithASecuredAndAPlainWireIsAnError() {
        List<Problem> found = withCode(fanIn(true, false), "curve-mixed");
        assertEquals(List.of("sink"), found.stream().map(Problem::subjectId).toList());
        assertTrue(found.getFirst().message().contains("has wire w1 secured with CURVE and wire w2 plain"), found.toString());
        assertEquals("secure every wire of the socket, or none", found.getFirst().fix());
    }

    @Test
    void aSocketThatBindsOneSecuredWireAndConnectsAnotherIsAnError() {
        Topology t = Topology.empty("c")
                .withNode(SocketNode.of("middle", SocketType.PAIR, Behaviour.Passive.INSTANCE, B))
                .withNode(SocketNode.of("left", SocketType.PAIR, Behaviour.Generator.of("m", 1, 1)))
                .withNode(SocketNode.of("right", SocketType.PAIR, Behaviour.Sink.logging(), "tcp://127.0.0.1:47603"))
                .withWire(Wire.of("w1", "left", "middle", B).withCurve(true))
                .withWire(Wire.of("w2", "middle", "right", "tcp://127.0.0.1:47603").withCurve(true));
        assertEquals(List.of("middle"), withCode(t, "curve-roles").stream().map(Problem::subjectId).toList());
    }

    @Test
    void curveOnAnInprocWireIsAWarningThatItDoesNothing() {
        Topology t = Topology.empty("c")
                .withNode(SocketNode.of("sink", SocketType.PULL, Behaviour.Sink.logging(), "inproc://x"))
                .withNode(SocketNode.of("p", SocketType.PUSH, Behaviour.Generator.of("m", 1, 1)))
                .withWire(Wire.of("w", "p", "sink", "inproc://x").withCurve(true));
        List<Problem> found = withCode(t, "curve-inproc");
        assertEquals(1, found.size());
        assertEquals(false, found.getFirst().isError());
        assertEquals(false, t.secured(t.wires().getFirst()), "an inproc wire is never secured");
    }
}
