package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Optional;

/** Which socket of a node a wire attaches to: a socket node has one (MAIN), a device two. */
public enum Side {
    MAIN, FRONTEND, BACKEND;

    /** The lower-case name used in JSON and messages ("frontend"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Side> byKey(String key) {
        for (Side side : values()) {
            if (side.key().equals(key)) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }
}
