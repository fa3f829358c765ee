package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inserts a copy of a fragment: fresh node ids, every bind moved to a fresh port (or inproc name) so the copy does
 * not clash with the original, and the copied wires re-pointed at the copies' binds.
 */
public final class Paste {

    private final Map<String, String> newIds = new LinkedHashMap<>();

    private Paste() {
    }

    /** The paste edit; {@code pastedIds} receives the ids of the new nodes once it has run. */
    public static Edit of(Fragment fragment, double offset, List<String> pastedIds) {
        return new Edit("Paste " + fragment.nodes().size() + " nodes", t -> {
            Paste paste = new Paste();
            Topology result = paste.apply(t, fragment, offset);
            pastedIds.clear();
            pastedIds.addAll(paste.newIds.values());
            return result;
        });
    }

    private Topology apply(Topology t, Fragment fragment, double offset) {
        Topology result = t;
        Set<Integer> ports = Ports.used(t);
        Map<String, String> newBinds = new HashMap<>();
        for (Node node : fragment.nodes()) {
            String id = result.freshId(node.type().name().toLowerCase(Locale.ROOT));
            newIds.put(node.id(), id);
            Node copy = node.withId(id).withPosition(new Position(node.position().x() + offset, node.position().y() + offset));
            for (Side side : node.sides()) {
                SocketSpec spec = copy.socket(side);
                List<String> binds = new ArrayList<>();
                for (String bind : spec.binds()) {
                    String fresh = freshBind(bind, result, ports);
                    newBinds.put(node.id() + "/" + side + "/" + bind, fresh);
                    binds.add(fresh);
                }
                copy = copy.withSocket(side, spec.withBinds(binds));
            }
            result = result.withNode(copy);
        }
        for (Wire wire : fragment.wires()) {
            Node binder = fragment.nodes().stream().filter(n -> n.id().equals(wire.to())).findFirst().orElseThrow();
            String endpoint = binder.socket(wire.toSide()).binds().stream()
                    .filter(b -> Ports.reaches(wire.endpoint(), b))
                    .map(b -> Ports.connectAddress(newBinds.get(binder.id() + "/" + wire.toSide() + "/" + b)))
                    .findFirst().orElse(wire.endpoint());
            result = result.withWire(new Wire(result.freshId("wire"), newIds.get(wire.from()), wire.fromSide(),
                    newIds.get(wire.to()), wire.toSide(), endpoint, wire.faults()));
        }
        for (Link link : fragment.links()) {
            result = result.withLink(new Link(result.freshId("link"), newIds.get(link.from()), newIds.get(link.to()),
                    link.filter(), link.transform()));
        }
        return result;
    }

    private static String freshBind(String bind, Topology topology, Set<Integer> ports) {
        Endpoint endpoint = Ports.parse(bind).orElse(null);
        if (endpoint == null) {
            return bind;
        }
        if (endpoint.transport() == Transport.TCP) {
            int port = Ports.free(ports);
            ports.add(port);
            return Endpoint.tcp(endpoint.host(), port).toString();
        }
        String base = endpoint.name().replaceAll("-\\d+$", "");
        return endpoint.transport() == Transport.INPROC ? Ports.freshInproc(topology, base)
                : endpoint.transport().scheme() + "://" + endpoint.name() + "-copy";
    }
}
