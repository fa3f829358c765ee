package dev.zmqstudio.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every ordered pair of the 11 socket types, wired connector -> binder, against the ZMTP table written out here. */
class ValidatorPairTableTest {

    /** The legal pairs, from the ZMTP RFCs, independent of {@link Compatibility}'s own table. */
    private static final Set<String> LEGAL = Set.of(
            "REQ-REP", "REQ-ROUTER", "DEALER-REP", "DEALER-DEALER", "DEALER-ROUTER", "ROUTER-ROUTER",
            "PUB-SUB", "PUB-XSUB", "XPUB-SUB", "XPUB-XSUB", "PUSH-PULL", "PAIR-PAIR");

    private static boolean legal(SocketType a, SocketType b) {
        return LEGAL.contains(a + "-" + b) || LEGAL.contains(b + "-" + a);
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(SocketType.values())
                .flatMap(a -> Arrays.stream(SocketType.values()).map(b -> Arguments.of(a, b)));
    }

    @ParameterizedTest(name = "{0} connects to {1}")
    @MethodSource("everyPair")
    void flagsExactlyTheIllegalPairs(SocketType connector, SocketType binder) {
        Topology topology = Topology.empty("pair")
                .withNode(SocketNode.of("a", connector, null))
                .withNode(SocketNode.of("b", binder, null, "tcp://*:5555"))
                .withWire(Wire.of("w", "a", "b", "tcp://127.0.0.1:5555"));
        List<Problem> illegal = Validator.validate(topology).stream()
                .filter(p -> p.code().equals("illegal-pair"))
                .toList();
        if (legal(connector, binder)) {
            assertEquals(List.of(), illegal);
        } else {
            assertEquals(1, illegal.size());
            Problem problem = illegal.getFirst();
            assertEquals(Problem.Severity.ERROR, problem.severity());
            assertEquals(Problem.SubjectKind.WIRE, problem.subjectKind());
            assertEquals("w", problem.subjectId());
            assertEquals(Compatibility.whyNot(connector, binder).orElseThrow(), problem.message());
            assertEquals(true, problem.message().startsWith(connector + " cannot talk to " + binder + ": "));
        }
    }
}
