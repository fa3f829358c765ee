package dev.zmqstudio.model;

/**
 * How a person reads a wire: the way its data goes (sender, arrow, receiver), then which end binds. The file's
 * from/to say who connects and who binds, which runs against the data half the time (a PULL that connects to a
 * binding PUSH); people follow the data.
 */
public final class WireReading {
    private WireReading() {
    }

    /** "producer → worker, worker binds"; both ways: "client ↔ server, server binds". */
    public static String of(String connector, String binder, Compatibility.Flow flow, String arrow, String bothWays) {
        return ends(connector, binder, flow, arrow, bothWays) + ", " + binder + " binds";
    }

    /** "producer → worker": only the data direction. */
    public static String ends(String connector, String binder, Compatibility.Flow flow, String arrow, String bothWays) {
        return switch (flow) {
            case TO_BINDER -> connector + " " + arrow + " " + binder;
            case TO_CONNECTOR -> binder + " " + arrow + " " + connector;
            case BOTH, NONE -> connector + " " + bothWays + " " + binder;
        };
    }

    /** The data direction of {@code wire} in {@code topology} (NONE when an end or its side is missing). */
    public static Compatibility.Flow flow(Topology topology, Wire wire) {
        Node connector = topology.node(wire.from()).orElse(null);
        Node binder = topology.node(wire.to()).orElse(null);
        return connector == null || binder == null || !connector.hasSide(wire.fromSide()) || !binder.hasSide(wire.toSide())
                ? Compatibility.Flow.NONE
                : Compatibility.flow(connector.socket(wire.fromSide()).type(), binder.socket(wire.toSide()).type());
    }
}
