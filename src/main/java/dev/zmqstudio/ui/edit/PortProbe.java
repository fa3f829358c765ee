package dev.zmqstudio.ui.edit;

/** Whether a socket could bind {@code host:port} on this machine now. Tests answer in code. */
@FunctionalInterface
public interface PortProbe {

    /** Every port free: picks then depend on the topology alone. */
    PortProbe EVERY_PORT_FREE = (host, port) -> true;

    /**
     * {@code host} is an endpoint's host ({@code *} for every interface). A host that is not this machine's, or
     * that does not resolve, counts as free: binding there fails for another reason, which the run reports.
     */
    boolean isFree(String host, int port);

    /** Asks the operating system, by listening there for a moment. */
    static PortProbe machine() {
        return MachinePorts::isFree;
    }
}
