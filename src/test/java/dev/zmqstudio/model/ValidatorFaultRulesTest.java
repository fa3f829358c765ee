package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults act where our connecting socket is; a scenario names wires and child-process nodes that exist. */
class ValidatorFaultRulesTest {
    private static final String TCP = "tcp://127.0.0.1:7101";

    private static Topology topology(Placement pullerPlacement, WireFaults faults, List<ScenarioEvent> scenario) {
        return new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 1, 5), TCP),
                SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging()).withPlacement(pullerPlacement)),
                List.of(new Wire("w1", "puller", Side.MAIN, "pusher", Side.MAIN, TCP, faults)), List.of(), scenario);
    }

    private static List<String> errors(Topology t) {
        return Validator.validate(t).stream().filter(Problem::isError).map(Problem::code).toList();
    }

    @Test
    void faultsOnAWireWeConnectAreFine() {
        assertEquals(List.of(), errors(topology(Placement.DEFAULT, WireFaults.NONE.withLatency(20, 0),
                List.of(ScenarioEvent.of(1000, ScenarioAction.CUT, "w1")))));
    }

    @Test
    void faultsOnAWireAProgramConnectsAreRefusedWithTheReason() {
        Topology t = topology(Placement.EXTERNAL, WireFaults.NONE.withLatency(20, 0), List.of());
        Problem p = Validator.validate(t).stream().filter(x -> x.code().equals("fault-connector")).findFirst().orElseThrow();
        assertEquals("faults", p.field());
        assertTrue(p.message().contains("\"puller\" is a program the app does not run"), p.message());
        assertTrue(errors(topology(Placement.EXTERNAL, null, List.of(ScenarioEvent.of(0, ScenarioAction.CUT, "w1"))))
                .contains("fault-connector"));
    }

    @Test
    void killAndRestartActOnNodesWeRunNotOnPrograms() {
        List<ScenarioEvent> kill = List.of(ScenarioEvent.of(1000, ScenarioAction.KILL, "puller"),
                ScenarioEvent.of(2000, ScenarioAction.RESTART, "puller"));
        assertEquals(List.of(), errors(topology(Placement.IN_PROCESS, null, kill)));
        assertEquals(List.of(), errors(topology(Placement.CHILD_PROCESS, null, kill)));
        assertEquals(List.of("scenario-placement", "scenario-placement"), errors(topology(Placement.EXTERNAL, null, kill)));
    }

    @Test
    void eventsNamingNothingAreErrors() {
        assertEquals(List.of("scenario-target", "scenario-target"), errors(topology(Placement.DEFAULT, null, List.of(
                ScenarioEvent.of(0, ScenarioAction.HEAL, "pusher"), ScenarioEvent.of(0, ScenarioAction.KILL, "w1")))));
    }
}
