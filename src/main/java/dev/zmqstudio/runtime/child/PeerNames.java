package dev.zmqstudio.runtime.child;

import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Before a deployed host connects: the names of the hosts it connects to, waited for until they resolve. JeroMQ
 * resolves a name when the socket connects and fails for good on a name not known yet, which is how a container or a
 * Service starts: a few seconds after the host that connects to it.
 */
public final class PeerNames {
    private static final long RETRY_MS = 250;
    private static final long SAY_EVERY_NANOS = 5_000_000_000L;

    private PeerNames() {
    }

    /** The host names the nodes on {@code host} connect to, in file order. */
    public static Set<String> of(Topology topology, String host) {
        Set<String> names = new LinkedHashSet<>();
        for (Wire wire : topology.wires()) {
            boolean mine = topology.node(wire.from()).map(Node::hostOrDefault).filter(host::equals).isPresent();
            String name = mine ? Hosts.hostOf(wire.endpoint()) : null; // tcp only; validation refused bad endpoints
            if (name != null && Hosts.isName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Waits until every name resolves, at most {@code limit}, saying every 5 s which it waits for; returns the names
     * that still do not resolve (their nodes then report the failed connect).
     */
    public static Set<String> await(Set<String> names, Duration limit, Consumer<String> say) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long nextSay = start;
        Set<String> waiting = new LinkedHashSet<>(names);
        while (true) {
            waiting.removeIf(PeerNames::resolves);
            long now = System.nanoTime();
            if (waiting.isEmpty() || now >= deadline) {
                return waiting;
            }
            if (now >= nextSay) {
                say.accept("waiting for " + String.join(", ", waiting) + " to resolve (" + (now - start) / 1_000_000_000L
                        + " s of " + limit.toSeconds() + " s)");
                nextSay = now + SAY_EVERY_NANOS;
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return waiting;
            }
        }
    }

    private static boolean resolves(String name) {
        try {
            InetAddress.getByName(name);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
