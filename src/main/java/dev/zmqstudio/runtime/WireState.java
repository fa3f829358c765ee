package dev.zmqstudio.runtime;

import java.util.Locale;

/** Connection state of a wire, from JeroMQ's socket events. */
public enum WireState {
    PENDING, CONNECTING, CONNECTED, RETRYING, DISCONNECTED, HANDSHAKE_FAILED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
