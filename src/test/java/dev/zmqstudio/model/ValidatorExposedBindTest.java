package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** exposed-bind: a tcp bind other machines can reach is a warning, with loopback as the fix. */
class ValidatorExposedBindTest {

    private static final Behaviour PASSIVE = Behaviour.Passive.INSTANCE;

    private static Topology pushPull(String bind, String connect) {
        return Topology.empty("t")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, PASSIVE, bind))
                .withNode(SocketNode.of("puller", SocketType.PULL, PASSIVE))
                .withWire(Wire.of("w1", "puller", "pusher", connect));
    }

    @Test
    void aBindOnAnyNonLoopbackAddressIsExposedToTheNetwork() {
        for (String host : List.of("*", "0.0.0.0", "[::]", "::", "192.168.1.20", "10.0.0.7", "myhost.example", "eth0")) {
            String bind = "tcp://" + host + ":5555";
            assertProblems(pushPull(bind, "tcp://127.0.0.1:5555"), "exposed-bind",
                    warning("exposed-bind", NODE, "pusher",
                            "binds '" + bind + "': exposed to the network, unauthenticated (any machine that reaches this one"
                                    + " may connect, send and receive)",
                            "bind tcp://127.0.0.1:5555 unless other machines must connect, or secure its wires with CURVE (\"curve\": true)"));
        }
    }

    @Test
    void loopbackIpcAndInprocBindsAreNot() {
        for (String bind : List.of("tcp://127.0.0.1:5555", "tcp://127.1.2.3:5555", "tcp://localhost:5555",
                "tcp://LOCALHOST:5555", "tcp://[::1]:5555", "tcp://::1:5555", "ipc://feeds", "inproc://feeds")) {
            assertProblems(pushPull(bind, bind.startsWith("tcp") ? "tcp://127.0.0.1:5555" : bind), "exposed-bind");
        }
        assertProblems(pushPull("tcp://127.0.0.256:5555", "tcp://127.0.0.1:5555"), "exposed-bind",
                warning("exposed-bind", NODE, "pusher", "binds 'tcp://127.0.0.256:5555': exposed to the network,"
                        + " unauthenticated (any machine that reaches this one may connect, send and receive)",
                        "bind tcp://127.0.0.1:5555 unless other machines must connect, or secure its wires with CURVE (\"curve\": true)"));
    }

    @Test
    void aDeviceSideIsNamedAndAnExternalProgramsBindIsItsOwnBusiness() {
        Topology t = Topology.empty("q")
                .withNode(DeviceNode.of("queue", DeviceType.QUEUE, "tcp://127.0.0.1:5559", "tcp://*:5560"))
                .withNode(SocketNode.of("python", SocketType.PULL, PASSIVE, "tcp://*:5561").withPlacement(Placement.EXTERNAL));
        assertProblems(t, "exposed-bind",
                warning("exposed-bind", NODE, "queue", "its backend binds 'tcp://*:5560': exposed to the network,"
                        + " unauthenticated (any machine that reaches this one may connect, send and receive)",
                        "bind tcp://127.0.0.1:5560 unless other machines must connect, or secure its wires with CURVE (\"curve\": true)"));
    }

    @Test
    void itIsAWarningSoTheTopologyStillRuns() {
        List<Problem> problems = Validator.validate(pushPull("tcp://*:5555", "tcp://127.0.0.1:5555"));
        assertEquals(List.of("exposed-bind"), problems.stream().map(Problem::code).toList());
        assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
    }
}
