package dev.zmqstudio.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.zmqstudio.model.SocketType.*;

/**
 * The socket pairs ZeroMQ allows to talk (ZMTP, RFC 23/ZMTP and 28/REQREP, 29/PUBSUB, 30/PIPELINE, 31/EXPAIR).
 * JeroMQ refuses illegal pairs at tcp handshake but not over inproc, so the app checks this table itself.
 */
public final class Compatibility {

    private static final Map<SocketType, Set<SocketType>> PEERS = new EnumMap<>(SocketType.class);

    static {
        allow(REQ, REP);
        allow(REQ, ROUTER);
        allow(DEALER, REP);
        allow(DEALER, DEALER);
        allow(DEALER, ROUTER);
        allow(ROUTER, ROUTER);
        allow(PUB, SUB);
        allow(PUB, XSUB);
        allow(XPUB, SUB);
        allow(XPUB, XSUB);
        allow(PUSH, PULL);
        allow(PAIR, PAIR);
    }

    private Compatibility() {
    }

    private static void allow(SocketType a, SocketType b) {
        PEERS.computeIfAbsent(a, k -> EnumSet.noneOf(SocketType.class)).add(b);
        PEERS.computeIfAbsent(b, k -> EnumSet.noneOf(SocketType.class)).add(a);
    }

    public static boolean compatible(SocketType a, SocketType b) {
        return peersOf(a).contains(b);
    }

    /** The types {@code type} may be wired to. */
    public static Set<SocketType> peersOf(SocketType type) {
        Set<SocketType> peers = PEERS.get(type);
        return peers == null ? Set.of() : Set.copyOf(peers);
    }

    /** Why {@code a} cannot talk to {@code b}, or empty when it can. */
    public static Optional<String> whyNot(SocketType a, SocketType b) {
        if (compatible(a, b)) {
            return Optional.empty();
        }
        return Optional.of(a + " cannot talk to " + b + ": ZeroMQ pairs " + a + " only with " + list(peersOf(a)));
    }

    private static String list(Set<SocketType> types) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (SocketType t : SocketType.values()) {
            if (types.contains(t)) {
                if (i > 0) {
                    sb.append(i == types.size() - 1 ? " or " : ", ");
                }
                sb.append(t);
                i++;
            }
        }
        return sb.toString();
    }

    /** Which way application messages flow on a wire between {@code connector} and {@code binder}. */
    public static Flow flow(SocketType connector, SocketType binder) {
        boolean forward = connector.sendsData() && binder.receivesData();
        boolean backward = binder.sendsData() && connector.receivesData();
        if (forward && backward) {
            return Flow.BOTH;
        }
        return forward ? Flow.TO_BINDER : backward ? Flow.TO_CONNECTOR : Flow.NONE;
    }

    /** Direction of data on a wire, seen from the connecting end. */
    public enum Flow { TO_BINDER, TO_CONNECTOR, BOTH, NONE }
}
