package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The edits the designer offers, each an undoable {@link Edit}. */
public final class Edits {

    private Edits() {
    }

    public static Edit addNode(Node node) {
        return new Edit("Add " + node.id(), t -> t.withNode(node));
    }

    /** Deletes nodes, wires and links by id; wires and links touching a deleted node go too. */
    public static Edit delete(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        return new Edit("Delete " + describe(gone), t -> {
            Topology result = t;
            for (String id : gone) {
                if (result.node(id).isPresent()) {
                    result = result.withoutNode(id);
                } else if (result.wire(id).isPresent()) {
                    result = result.withoutWire(id);
                } else if (result.link(id).isPresent()) {
                    result = result.withoutLink(id);
                }
            }
            return result;
        });
    }

    /** Moves several nodes at once: one command, one undo step. */
    public static Edit move(Map<String, Position> positions) {
        Map<String, Position> copy = Map.copyOf(positions);
        return new Edit("Move " + describe(copy.keySet()), t -> t.mapNodes(
                n -> copy.containsKey(n.id()) ? n.withPosition(copy.get(n.id())) : n));
    }

    /** Replaces a node by a changed copy with the same id (a property edit). */
    public static Edit changeNode(String what, Node changed) {
        return new Edit("Change " + what + " of " + changed.id(), t -> t.replaceNode(changed));
    }

    /** Gives a node a new id, keeping its wires and links attached. */
    public static Edit renameNode(String oldId, String newId) {
        return new Edit("Rename " + oldId + " to " + newId, t -> {
            UnaryOperator<String> map = id -> id.equals(oldId) ? newId : id;
            Topology renamed = t.mapNodes(n -> n.id().equals(oldId) ? n.withId(newId) : n);
            List<Wire> wires = renamed.wires().stream().map(w -> new Wire(w.id(), map.apply(w.from()), w.fromSide(),
                    map.apply(w.to()), w.toSide(), w.endpoint(), w.faults())).toList();
            List<Link> links = renamed.links().stream().map(l -> new Link(l.id(), map.apply(l.from()),
                    map.apply(l.to()), l.filter(), l.transform())).toList();
            List<ScenarioEvent> scenario = renamed.scenario().stream().map(e -> e.action().onWire() ? e
                    : new ScenarioEvent(e.atMillis(), e.action(), map.apply(e.target()), e.latencyMs(), e.jitterMs(),
                    e.bytesPerSecond())).toList();
            return new Topology(renamed.name(), renamed.description(), renamed.settings(), renamed.nodes(), wires, links,
                    scenario);
        });
    }

    /**
     * Points a wire at another endpoint and makes its binder bind it: the bind the wire used is replaced when no
     * other wire needs it, else the new endpoint is added.
     */
    public static Edit changeWireEndpoint(String wireId, String endpoint) {
        return new Edit("Change endpoint of " + wireId, t -> {
            Wire wire = t.wire(wireId).orElseThrow();
            Node binder = t.node(wire.to()).orElseThrow();
            SocketSpec spec = binder.socket(wire.toSide());
            String old = spec.binds().stream().filter(b -> Ports.reaches(wire.endpoint(), b)).findFirst().orElse(null);
            boolean shared = old != null && t.wires().stream().anyMatch(w -> !w.id().equals(wireId)
                    && w.to().equals(binder.id()) && w.toSide() == wire.toSide() && Ports.reaches(w.endpoint(), old));
            List<String> binds = new ArrayList<>(spec.binds());
            if (old != null && !shared) {
                binds.set(binds.indexOf(old), endpoint);
            } else if (binds.stream().noneMatch(b -> Ports.reaches(endpoint, b))) {
                binds.add(endpoint);
            }
            return t.replaceNode(binder.withSocket(wire.toSide(), spec.withBinds(binds)))
                    .replaceWire(wire.withEndpoint(Ports.connectAddress(endpoint)));
        });
    }

    public static Edit addLink(String from, String to) {
        return new Edit("Feed " + from + " into " + to, t -> t.withLink(Link.of(t.freshId("link"), from, to)));
    }

    /** Sets what a wire's network does (null: a plain wire, carried without a fault proxy). */
    public static Edit changeWireFaults(String wireId, dev.zmqstudio.model.WireFaults faults) {
        String what = faults == null ? "Remove faults of " + wireId
                : faults.cut() ? "Cut " + wireId : "Change faults of " + wireId;
        return new Edit(what, t -> t.wire(wireId).map(w -> t.replaceWire(w.withFaults(faults))).orElse(t));
    }

    public static Edit changeLink(Link changed) {
        return new Edit("Change link " + changed.id(), t -> t.replaceLink(changed));
    }

    public static Edit changeTopology(String what, UnaryOperator<Topology> change) {
        return new Edit("Change " + what, change);
    }

    private static String describe(Collection<String> ids) {
        return ids.size() == 1 ? ids.iterator().next() : ids.size() + " items";
    }
}
