package dev.zmqstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A node that is one ZeroMQ socket with a behaviour (generate, log, reply, ...). {@code command} (may be null)
 * is a program to launch that owns this socket (an external node). {@code process} (may be null) names the child
 * process it shares with every node of the same name. {@code host} (may be null) names the machine it is deployed
 * on ({@link Node#host()}). {@code logs} (may be null, external nodes only) is the endpoint
 * of the program's own log PUB (pyzmq's {@code PUBHandler} layout), whose lines the run shows under this node.
 */
public record SocketNode(String id, String label, SocketSpec socket, Behaviour behaviour,
                         Placement placement, Position position, Command command, String process,
                         String logs, String host) implements Node {

    public SocketNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(socket, "socket");
        label = label == null ? "" : label;
        behaviour = behaviour == null ? Behaviour.Passive.INSTANCE : behaviour;
        placement = placement == null ? Placement.DEFAULT : placement;
        position = position == null ? Position.ORIGIN : position;
        process = process == null || process.isBlank() ? null : process;
        logs = logs == null || logs.isBlank() ? null : logs.strip();
        host = host == null || host.isBlank() ? null : host.strip();
    }

    public SocketNode(String id, String label, SocketSpec socket, Behaviour behaviour, Placement placement,
                      Position position, Command command, String process, String logs) {
        this(id, label, socket, behaviour, placement, position, command, process, logs, null);
    }

    public SocketNode(String id, String label, SocketSpec socket, Behaviour behaviour, Placement placement,
                      Position position, Command command, String process) {
        this(id, label, socket, behaviour, placement, position, command, process, null);
    }

    public SocketNode(String id, String label, SocketSpec socket, Behaviour behaviour, Placement placement,
                      Position position, Command command) {
        this(id, label, socket, behaviour, placement, position, command, null);
    }

    public SocketNode(String id, String label, SocketSpec socket, Behaviour behaviour, Placement placement,
                      Position position) {
        this(id, label, socket, behaviour, placement, position, null);
    }

    public static SocketNode of(String id, SocketType type, Behaviour behaviour, String... binds) {
        return new SocketNode(id, "", SocketSpec.of(type, binds), behaviour, Placement.DEFAULT, Position.ORIGIN);
    }

    @Override
    public SocketType type() {
        return socket.type();
    }

    @Override
    public List<Side> sides() {
        return List.of(Side.MAIN);
    }

    @Override
    public SocketSpec socket(Side side) {
        if (side != Side.MAIN) {
            throw new IllegalArgumentException(id + " is a " + type() + " socket; it has no " + side.key() + " side");
        }
        return socket;
    }

    @Override
    public SocketNode withId(String newId) {
        return new SocketNode(newId, label, socket, behaviour, placement, position, command, process, logs, host);
    }

    @Override
    public SocketNode withLabel(String newLabel) {
        return new SocketNode(id, newLabel, socket, behaviour, placement, position, command, process, logs, host);
    }

    @Override
    public SocketNode withPosition(Position newPosition) {
        return new SocketNode(id, label, socket, behaviour, placement, newPosition, command, process, logs, host);
    }

    @Override
    public SocketNode withPlacement(Placement newPlacement) {
        return new SocketNode(id, label, socket, behaviour, newPlacement, position, command, process, logs, host);
    }

    @Override
    public SocketNode withSocket(Side side, SocketSpec spec) {
        socket(side);
        return new SocketNode(id, label, spec, behaviour, placement, position, command, process, logs, host);
    }

    @Override
    public SocketNode withProcess(String newProcess) {
        return new SocketNode(id, label, socket, behaviour, placement, position, command, newProcess, logs, host);
    }

    @Override
    public SocketNode withCommand(Command newCommand) {
        return new SocketNode(id, label, socket, behaviour, placement, position, newCommand, process, logs, host);
    }

    public SocketNode withLogs(String endpoint) {
        return new SocketNode(id, label, socket, behaviour, placement, position, command, process, endpoint, host);
    }

    @Override
    public SocketNode withHost(String newHost) {
        return new SocketNode(id, label, socket, behaviour, placement, position, command, process, logs, newHost);
    }

    public SocketNode withBehaviour(Behaviour newBehaviour) {
        return new SocketNode(id, label, socket, newBehaviour, placement, position, command, process, logs, host);
    }
}
