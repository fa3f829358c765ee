package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.ScenarioTime;
import dev.zmqstudio.model.Wire;

import java.util.List;
import java.util.Optional;

/**
 * fault-connector, scenario-target, scenario-placement: a wire's faults act in a proxy our connecting socket
 * connects through, so the connecting end must be a node we run; a scenario names wires (for network faults) and
 * nodes placed in child processes (for kill and restart) that exist.
 */
final class FaultRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        for (Wire wire : index.topology().wires()) {
            if (wire.faults() != null) {
                connectorWeRun(index, wire).ifPresent(why -> findings.fieldError("fault-connector", SubjectKind.WIRE,
                        wire.id(), "faults", "has faults, but " + why, "draw the wire from a node the app runs, or "
                                + "remove its faults"));
            }
        }
        List<ScenarioEvent> scenario = index.topology().scenario();
        for (int i = 0; i < scenario.size(); i++) {
            check(index, findings, scenario.get(i), "scenario." + (i + 1), "scenario event " + (i + 1) + " (at "
                    + ScenarioTime.format(scenario.get(i).atMillis()) + ", " + scenario.get(i).action().key() + ")");
        }
    }

    private static void check(TopologyIndex index, Findings findings, ScenarioEvent event, String field, String what) {
        String target = Printable.escape(event.target());
        if (event.action().onWire()) {
            Optional<Wire> wire = index.topology().wire(event.target());
            if (wire.isEmpty()) {
                findings.topologyError("scenario-target", field, what + " names wire \"" + target
                        + "\", which the topology does not have", "name one of its wires, or remove the event");
                return;
            }
            connectorWeRun(index, wire.get()).ifPresent(why -> findings.topologyError("fault-connector", field,
                    what + " acts on wire \"" + target + "\", but " + why,
                    "draw the wire from a node the app runs, or remove the event"));
            return;
        }
        Optional<Node> node = index.node(event.target());
        if (node.isEmpty()) {
            findings.topologyError("scenario-target", field, what + " names node \"" + target
                    + "\", which the topology does not have", "name one of its nodes, or remove the event");
        } else if (event.action() == ScenarioAction.PAUSE || event.action() == ScenarioAction.RESUME) {
            if (!(node.get() instanceof dev.zmqstudio.model.SocketNode) || index.isExternal(node.get())) {
                findings.topologyError("scenario-placement", field, what + " acts on node \"" + target
                        + "\", which is " + (index.isExternal(node.get()) ? "a program the app does not run" : "a device")
                        + ": only a socket node the app runs can be paused", "name a socket node the app runs");
            }
        } else if (index.isExternal(node.get())
                || index.topology().placementOf(node.get()) != Placement.CHILD_PROCESS
                && !(node.get() instanceof dev.zmqstudio.model.SocketNode)) {
            findings.topologyError("scenario-placement", field, what + " acts on node \"" + target
                    + "\", which " + (index.isExternal(node.get()) ? "is a program the app does not run"
                    : "is a device run in-process") + ": the app kills and restarts socket nodes it runs and any node in a"
                    + " child process", "name another node, or place this one in a child process");
        }
    }

    /** Why the wire's connecting end cannot carry faults; empty when it can. */
    private static Optional<String> connectorWeRun(TopologyIndex index, Wire wire) {
        Optional<Node> connector = index.node(wire.from());
        if (connector.isPresent() && index.isExternal(connector.get())) {
            return Optional.of("its connecting end \"" + Printable.escape(wire.from()) + "\" is a program the app does "
                    + "not run (faults act in a proxy our connecting socket goes through)");
        }
        return Optional.empty();
    }
}
