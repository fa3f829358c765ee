package dev.zmqstudio.ui.canvas;

import java.util.Locale;

/** Endpoints as a diagram shows them where room is short. */
public final class EndpointText {

    private EndpointText() {
    }

    /**
     * Without what every local endpoint repeats: ":5555" for tcp on this machine (127.0.0.1, localhost, ::1),
     * "*:5555" for every interface, "host:5555" for another host; inproc and ipc endpoints stay whole.
     */
    public static String brief(String endpoint) {
        if (!endpoint.startsWith("tcp://")) {
            return endpoint;
        }
        String address = endpoint.substring("tcp://".length());
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            return address;
        }
        String host = address.substring(0, colon).toLowerCase(Locale.ROOT);
        String port = address.substring(colon + 1);
        return switch (host) {
            case "127.0.0.1", "localhost", "[::1]", "::1" -> ":" + port;
            default -> address;
        };
    }
}
