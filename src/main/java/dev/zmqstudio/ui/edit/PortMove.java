package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Side;

/** A bind whose port another program holds, and the bind offered instead (same host, a free port). */
public record PortMove(String nodeId, Side side, String bind, String replacement) {

    public int port() {
        return Ports.tcpPort(bind).orElseThrow();
    }

    public int newPort() {
        return Ports.tcpPort(replacement).orElseThrow();
    }
}
