package dev.zmqstudio.runtime.engine;

import java.util.Locale;

/**
 * Connection state of a wire, from the monitor events of our socket at either end (the connecting end's, or for a
 * program that connects to us, the binding end's). UNKNOWN: a wire between two programs we do not run.
 */
public enum WireState {
    PENDING, CONNECTING, CONNECTED, RETRYING, DISCONNECTED, HANDSHAKE_FAILED, UNKNOWN;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
