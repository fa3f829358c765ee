package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;

import java.util.HashSet;
import java.util.Set;

/**
 * Chooses the tcp port of a new bind: the first from {@link #first()} that no bind or wire of the topology names and
 * that no other program on this machine holds. It starts above the classic 5555-5600 of the examples and the
 * Guide's scripts, so a new wire does not fight a program the user runs beside the app.
 */
public final class PortPicker {

    /** Candidates tried on the machine before settling for a port free in the topology alone. */
    private static final int MAX_PROBES = 500;

    private final int first;
    private final PortProbe probe;

    public PortPicker(int first, PortProbe probe) {
        if (first < 1 || first > 65535) {
            throw new IllegalArgumentException("first port " + first + " is out of range 1..65535");
        }
        this.first = first;
        this.probe = probe;
    }

    /** From {@link Ports#FIRST_PORT}, free on this machine. */
    public static PortPicker onThisMachine() {
        return new PortPicker(Ports.FIRST_PORT, PortProbe.machine());
    }

    public int first() {
        return first;
    }

    public PortProbe probe() {
        return probe;
    }

    /** A port for a bind on {@code host}, not in the topology nor in {@code alsoTaken}. */
    public int pick(Topology topology, String host, Set<Integer> alsoTaken) {
        Set<Integer> taken = new HashSet<>(Ports.used(topology));
        taken.addAll(alsoTaken);
        int probes = 0;
        for (int port = first; port <= 65535 && probes < MAX_PROBES; port++) {
            if (!taken.contains(port)) {
                probes++;
                if (probe.isFree(host, port)) {
                    return port;
                }
            }
        }
        return Ports.free(taken, first);
    }

    /** "tcp://127.0.0.1:PORT": the loopback keeps a new bind off the network. */
    public String freshTcp(Topology topology) {
        return "tcp://" + Ports.LOOPBACK + ":" + pick(topology, Ports.LOOPBACK, Set.of());
    }
}
