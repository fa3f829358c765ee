package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Optional;

/** Which way across a wire an added latency or bandwidth cap acts: towards the binding end, the connecting end, or both. */
public enum FaultDirection {
    BOTH, TOWARDS_BINDER, TOWARDS_CONNECTOR;

    /** JSON spelling: "both", "towards-binder", "towards-connector". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FaultDirection> byKey(String key) {
        for (FaultDirection d : values()) {
            if (d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public boolean towardsBinder() {
        return this != TOWARDS_CONNECTOR;
    }

    public boolean towardsConnector() {
        return this != TOWARDS_BINDER;
    }
}
