package dev.zmqstudio.runtime.engine;

import java.util.Locale;

/** Life cycle of a running node, as the UI and the report show it. */
public enum NodeState {
    STARTING, WAITING, RUNNING, FINISHED, STOPPED, ERROR;

    /** Lower-case name for reports ("running"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
