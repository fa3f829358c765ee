package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Before a run: the tcp binds another program already holds, each with a free port to move to, and the edit that
 * moves them (the wires connecting to a moved bind follow it).
 */
public final class BusyPorts {

    private BusyPorts() {
    }

    /**
     * The binds of {@code topology} whose port is taken on this machine (per {@code picker}'s probe). External nodes
     * are left out: their own program binds, and may well be running already. Asks the operating system once per
     * bind, so call it off the FX thread (a host name may take a while to resolve).
     */
    public static List<PortMove> find(Topology topology, PortPicker picker) {
        List<PortMove> moves = new ArrayList<>();
        Set<Integer> offered = new HashSet<>();
        for (Node node : topology.nodes()) {
            if (topology.placementOf(node) == Placement.EXTERNAL) {
                continue;
            }
            for (Side side : node.sides()) {
                for (String bind : node.socket(side).binds()) {
                    Endpoint e = Ports.parse(bind).orElse(null);
                    if (e == null || e.transport() != Transport.TCP || picker.probe().isFree(e.host(), e.port())) {
                        continue;
                    }
                    int port = picker.pick(topology, e.host(), offered);
                    offered.add(port);
                    moves.add(new PortMove(node.id(), side, bind, Endpoint.tcp(e.host(), port).toString()));
                }
            }
        }
        return List.copyOf(moves);
    }

    /** One undoable edit: each bind takes its new port, and so do the wires that reached it. */
    public static Edit move(List<PortMove> moves) {
        List<PortMove> copy = List.copyOf(moves);
        String what = copy.size() == 1 ? "port " + copy.getFirst().port() + " of " + copy.getFirst().nodeId()
                : copy.size() + " ports";
        return new Edit("Move " + what + " to a free port", t -> {
            Topology result = t;
            for (PortMove move : copy) {
                result = moveOne(result, move);
            }
            return result;
        });
    }

    private static Topology moveOne(Topology t, PortMove move) {
        Node node = t.node(move.nodeId()).orElseThrow();
        SocketSpec spec = node.socket(move.side());
        List<String> binds = spec.binds().stream().map(b -> b.equals(move.bind()) ? move.replacement() : b).toList();
        Topology result = t.replaceNode(node.withSocket(move.side(), spec.withBinds(binds)));
        for (Wire wire : t.wires()) {
            if (wire.to().equals(move.nodeId()) && wire.toSide() == move.side() && Ports.reaches(wire.endpoint(), move.bind())) {
                Endpoint old = Endpoint.parse(wire.endpoint());
                result = result.replaceWire(wire.withEndpoint(Endpoint.tcp(old.host(), move.newPort()).toString()));
            }
        }
        return result;
    }
}
