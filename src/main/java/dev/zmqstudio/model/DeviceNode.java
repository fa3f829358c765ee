package dev.zmqstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A proxy device: messages arriving on one side leave on the other. {@code command} (may be null) is a program
 * to launch that runs this device (an external node). {@code process} (may be null) names the child process it
 * shares with every node of the same name. {@code host} (may be null) names the machine it is deployed on
 * ({@link Node#host()}).
 */
public record DeviceNode(String id, String label, DeviceType type, SocketSpec frontend, SocketSpec backend,
                         Placement placement, Position position, Command command, String process, String host)
        implements Node {

    public DeviceNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        label = label == null ? "" : label;
        frontend = frontend == null ? SocketSpec.of(type.frontend()) : frontend;
        backend = backend == null ? SocketSpec.of(type.backend()) : backend;
        if (frontend.type() != type.frontend() || backend.type() != type.backend()) {
            throw new IllegalArgumentException(type + " needs a " + type.frontend() + " frontend and a "
                    + type.backend() + " backend");
        }
        placement = placement == null ? Placement.DEFAULT : placement;
        position = position == null ? Position.ORIGIN : position;
        process = process == null || process.isBlank() ? null : process;
        host = host == null || host.isBlank() ? null : host.strip();
    }

    public DeviceNode(String id, String label, DeviceType type, SocketSpec frontend, SocketSpec backend,
                      Placement placement, Position position, Command command, String process) {
        this(id, label, type, frontend, backend, placement, position, command, process, null);
    }

    public DeviceNode(String id, String label, DeviceType type, SocketSpec frontend, SocketSpec backend,
                      Placement placement, Position position, Command command) {
        this(id, label, type, frontend, backend, placement, position, command, null);
    }

    public DeviceNode(String id, String label, DeviceType type, SocketSpec frontend, SocketSpec backend,
                      Placement placement, Position position) {
        this(id, label, type, frontend, backend, placement, position, null);
    }

    public static DeviceNode of(String id, DeviceType type, String frontendBind, String backendBind) {
        return new DeviceNode(id, "", type, SocketSpec.of(type.frontend(), frontendBind),
                SocketSpec.of(type.backend(), backendBind), Placement.DEFAULT, Position.ORIGIN);
    }

    @Override
    public List<Side> sides() {
        return List.of(Side.FRONTEND, Side.BACKEND);
    }

    @Override
    public SocketSpec socket(Side side) {
        return switch (side) {
            case FRONTEND -> frontend;
            case BACKEND -> backend;
            case MAIN -> throw new IllegalArgumentException(id + " is a " + type + " device; name its frontend or backend side");
        };
    }

    @Override
    public DeviceNode withId(String newId) {
        return new DeviceNode(newId, label, type, frontend, backend, placement, position, command, process, host);
    }

    @Override
    public DeviceNode withLabel(String newLabel) {
        return new DeviceNode(id, newLabel, type, frontend, backend, placement, position, command, process, host);
    }

    @Override
    public DeviceNode withPosition(Position newPosition) {
        return new DeviceNode(id, label, type, frontend, backend, placement, newPosition, command, process, host);
    }

    @Override
    public DeviceNode withPlacement(Placement newPlacement) {
        return new DeviceNode(id, label, type, frontend, backend, newPlacement, position, command, process, host);
    }

    @Override
    public DeviceNode withProcess(String newProcess) {
        return new DeviceNode(id, label, type, frontend, backend, placement, position, command, newProcess, host);
    }

    @Override
    public DeviceNode withHost(String newHost) {
        return new DeviceNode(id, label, type, frontend, backend, placement, position, command, process, newHost);
    }

    @Override
    public DeviceNode withCommand(Command newCommand) {
        return new DeviceNode(id, label, type, frontend, backend, placement, position, newCommand, process, host);
    }

    @Override
    public DeviceNode withSocket(Side side, SocketSpec spec) {
        return switch (side) {
            case FRONTEND -> new DeviceNode(id, label, type, spec, backend, placement, position, command, process, host);
            case BACKEND -> new DeviceNode(id, label, type, frontend, spec, placement, position, command, process, host);
            case MAIN -> throw new IllegalArgumentException(id + " is a device; it has no main socket");
        };
    }
}
