package dev.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a node is: one socket ({@link SocketType}) or a proxy device ({@link DeviceType}). */
public sealed interface NodeType permits SocketType, DeviceType {

    String name();

    /** One line explaining the pattern, for tooltips and docs. */
    String description();

    boolean isDevice();

    /** Every node type, sockets first, in palette order. */
    static List<NodeType> all() {
        List<NodeType> all = new ArrayList<>(List.of(SocketType.values()));
        all.addAll(List.of(DeviceType.values()));
        return List.copyOf(all);
    }

    /** Looks a type up by its exact upper-case name (PUB, QUEUE, ...). */
    static Optional<NodeType> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
