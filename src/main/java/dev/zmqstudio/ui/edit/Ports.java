package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Picks endpoints nobody in the topology uses yet. */
public final class Ports {

    /** New binds start above 5555-5600, the ports of the shipped examples and the Guide's scripts. */
    public static final int FIRST_PORT = 5601;

    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** tcp ports named by any bind or wire of the topology. */
    public static Set<Integer> used(Topology topology) {
        Set<Integer> ports = new HashSet<>();
        for (Node node : topology.nodes()) {
            for (Side side : node.sides()) {
                node.socket(side).binds().forEach(b -> tcpPort(b).ifPresent(ports::add));
            }
        }
        for (Wire wire : topology.wires()) {
            tcpPort(wire.endpoint()).ifPresent(ports::add);
        }
        return ports;
    }

    /** The first port from {@link #FIRST_PORT} not in {@code taken}. */
    public static int free(Set<Integer> taken) {
        return free(taken, FIRST_PORT);
    }

    /** The first port from {@code first} not in {@code taken}. */
    public static int free(Set<Integer> taken, int first) {
        int port = first;
        while (taken.contains(port)) {
            port++;
        }
        return port;
    }

    /** A loopback endpoint no bind or wire of the topology names (the machine is not asked: see {@link PortPicker}). */
    public static String freshTcp(Topology topology) {
        return "tcp://" + LOOPBACK + ":" + free(used(topology));
    }

    /** An inproc name not bound anywhere: "inproc://base", "inproc://base-2", ... */
    public static String freshInproc(Topology topology, String base) {
        Set<String> names = new HashSet<>();
        for (Node node : topology.nodes()) {
            for (Side side : node.sides()) {
                node.socket(side).binds().forEach(names::add);
            }
        }
        String candidate = "inproc://" + base;
        for (int i = 2; names.contains(candidate); i++) {
            candidate = "inproc://" + base + "-" + i;
        }
        return candidate;
    }

    public static Optional<Integer> tcpPort(String endpoint) {
        return parse(endpoint).filter(e -> e.transport() == Transport.TCP).map(Endpoint::port);
    }

    public static Optional<Endpoint> parse(String endpoint) {
        try {
            return Optional.of(Endpoint.parse(endpoint));
        } catch (EndpointSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The address a connecting socket uses for {@code bind} (a wildcard host becomes 127.0.0.1). */
    public static String connectAddress(String bind) {
        return parse(bind).map(e -> e.connectAddress().toString()).orElse(bind);
    }

    /** Whether a socket connecting to {@code connect} reaches {@code bind}; unparsable ones only match exactly. */
    public static boolean reaches(String connect, String bind) {
        Optional<Endpoint> c = parse(connect);
        Optional<Endpoint> b = parse(bind);
        if (c.isPresent() && b.isPresent()) {
            return c.get().reaches(b.get());
        }
        return connect.equals(bind);
    }
}
