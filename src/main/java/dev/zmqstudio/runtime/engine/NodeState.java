package dev.zmqstudio.runtime.engine;

import java.util.Locale;

/** Life cycle of a running node, as the UI and the report show it. */
public enum NodeState {
    STARTING, WAITING, RUNNING, FINISHED, STOPPED, ERROR,
    /** Paused on its own (a fault): takes no messages and sends none, so its queues fill. */
    PAUSED;

    /** Lower-case name for reports ("running"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
