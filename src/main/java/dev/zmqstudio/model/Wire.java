package dev.zmqstudio.model;

import java.util.Objects;

/**
 * One ZeroMQ connection: socket {@code from} (side {@code fromSide}) connects to {@code endpoint}, which
 * socket {@code to} (side {@code toSide}) binds. Data direction follows the socket types, not from/to.
 * {@code faults}: null for a plain wire; else what its network does (see {@link WireFaults}).
 * {@code curve}: the connection is encrypted and authenticated with ZeroMQ's CURVE (keys in the topology's key folder).
 */
public record Wire(String id, String from, Side fromSide, String to, Side toSide, String endpoint, WireFaults faults,
                   boolean curve) {

    public Wire {
        Objects.requireNonNull(id, "id");
        fromSide = fromSide == null ? Side.MAIN : fromSide;
        toSide = toSide == null ? Side.MAIN : toSide;
    }

    public Wire(String id, String from, Side fromSide, String to, Side toSide, String endpoint, WireFaults faults) {
        this(id, from, fromSide, to, toSide, endpoint, faults, false);
    }

    public Wire(String id, String from, Side fromSide, String to, Side toSide, String endpoint) {
        this(id, from, fromSide, to, toSide, endpoint, null);
    }

    public static Wire of(String id, String from, String to, String endpoint) {
        return new Wire(id, from, Side.MAIN, to, Side.MAIN, endpoint);
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }

    public Wire withId(String newId) {
        return new Wire(newId, from, fromSide, to, toSide, endpoint, faults, curve);
    }

    public Wire withEndpoint(String newEndpoint) {
        return new Wire(id, from, fromSide, to, toSide, newEndpoint, faults, curve);
    }

    /** The same connection with the roles swapped (the connector now binds). */
    public Wire swapped(String newEndpoint) {
        return new Wire(id, to, toSide, from, fromSide, newEndpoint, faults, curve);
    }

    /** The same wire with these faults (null: a plain wire again). */
    public Wire withFaults(WireFaults newFaults) {
        return new Wire(id, from, fromSide, to, toSide, endpoint, newFaults, curve);
    }

    /** The same wire, secured with CURVE or not. */
    public Wire withCurve(boolean secured) {
        return new Wire(id, from, fromSide, to, toSide, endpoint, faults, secured);
    }
}
