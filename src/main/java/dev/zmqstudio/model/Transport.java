package dev.zmqstudio.model;

/** ZeroMQ transports the app supports. */
public enum Transport {
    TCP("tcp"), IPC("ipc"), INPROC("inproc");

    private final String scheme;

    Transport(String scheme) {
        this.scheme = scheme;
    }

    public String scheme() {
        return scheme;
    }

    /** Whether peers in different processes can use it. */
    public boolean crossesProcesses() {
        return this != INPROC;
    }
}
