package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Optional;

/** What a scenario event does, and to what: a wire's network or a node's process. */
public enum ScenarioAction {
    /** Resets the wire's connections and refuses new ones until {@link #HEAL}. */
    CUT(true),
    HEAL(true),
    /** Resets the wire's open connections once; the connecting socket reconnects. */
    RESET(true),
    /** Sets the wire's added latency (and jitter). */
    LATENCY(true),
    /** Sets the wire's bandwidth cap. */
    BANDWIDTH(true),
    /** Removes every fault of the wire. */
    CLEAR(true),
    /** Kills the node's process (a node placed in a child process). */
    KILL(false),
    RESTART(false),
    /** Pauses a socket node: it takes no messages and sends none, so its queues fill. */
    PAUSE(false),
    RESUME(false);

    private final boolean onWire;

    ScenarioAction(boolean onWire) {
        this.onWire = onWire;
    }

    public boolean onWire() {
        return onWire;
    }

    /** JSON spelling: the event's key, e.g. {@code "cut": "w3"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScenarioAction> byKey(String key) {
        for (ScenarioAction a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
