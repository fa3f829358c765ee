package dev.zmqstudio.model;

import java.util.List;

/** A box on the canvas: one socket ({@link SocketNode}) or a proxy device ({@link DeviceNode}). */
public sealed interface Node permits SocketNode, DeviceNode {

    String id();

    String label();

    NodeType type();

    Placement placement();

    Position position();

    /** The sides wires may attach to: [MAIN] for a socket node, [FRONTEND, BACKEND] for a device. */
    List<Side> sides();

    /** The socket on {@code side}. */
    SocketSpec socket(Side side);

    Node withId(String newId);

    Node withLabel(String newLabel);

    Node withPosition(Position newPosition);

    Node withPlacement(Placement newPlacement);

    /**
     * The name of the child process this node shares with every other node of the same name (null: none). A node
     * with a process name runs in that child process, whatever its placement says ("default" or "child-process").
     */
    String process();

    Node withProcess(String newProcess);

    /**
     * The machine this node is deployed on (null: {@link #DEFAULT_HOST}). Endpoints name hosts by these names; a
     * run on one machine maps them to loopback, a deployment runs each host's nodes in one {@code node} process there.
     */
    String host();

    Node withHost(String newHost);

    /** The host of nodes that name none. */
    String DEFAULT_HOST = "main";

    /** {@link #host()}, or {@link #DEFAULT_HOST}. */
    default String hostOrDefault() {
        return host() == null ? DEFAULT_HOST : host();
    }

    Node withSocket(Side side, SocketSpec spec);

    /** The program this node stands for, launched when the run starts; null when there is none. */
    Command command();

    Node withCommand(Command newCommand);

    /** The endpoint of an external program's log PUB whose lines the run shows under this node; null when none. */
    default String logs() {
        return null;
    }

    default boolean hasCommand() {
        return command() != null;
    }

    /** The label, or the id when the label is empty. */
    default String displayName() {
        return label() == null || label().isBlank() ? id() : label();
    }

    default boolean hasSide(Side side) {
        return sides().contains(side);
    }
}
