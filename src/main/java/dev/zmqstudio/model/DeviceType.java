package dev.zmqstudio.model;

/** The classic zmq_proxy devices: two sockets, frontend and backend, with messages shuttled between them. */
public enum DeviceType implements NodeType {
    QUEUE(SocketType.ROUTER, SocketType.DEALER, "Queue: ROUTER frontend for clients, DEALER backend for services; spreads requests."),
    FORWARDER(SocketType.XSUB, SocketType.XPUB, "Forwarder: XSUB frontend for publishers, XPUB backend for subscribers."),
    STREAMER(SocketType.PULL, SocketType.PUSH, "Streamer: PULL frontend for producers, PUSH backend for workers.");

    private final SocketType frontend;
    private final SocketType backend;
    private final String description;

    DeviceType(SocketType frontend, SocketType backend, String description) {
        this.frontend = frontend;
        this.backend = backend;
        this.description = description;
    }

    public SocketType frontend() {
        return frontend;
    }

    public SocketType backend() {
        return backend;
    }

    public SocketType socketOf(Side side) {
        return switch (side) {
            case FRONTEND -> frontend;
            case BACKEND -> backend;
            case MAIN -> throw new IllegalArgumentException("a device has a frontend and a backend, not a main socket");
        };
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean isDevice() {
        return true;
    }
}
