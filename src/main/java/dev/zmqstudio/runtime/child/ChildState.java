package dev.zmqstudio.runtime.child;

import java.util.Locale;

/** Life of a child process, as the UI shows it on the node. */
public enum ChildState {
    /** Spawned, its sockets not set up yet. */
    STARTING,
    /** Bound, connected and reporting. */
    RUNNING,
    /** Ended by Stop. */
    STOPPED,
    /** Ended by Kill node. */
    KILLED,
    /** Ended on its own while the run went on (a crash, an exit). */
    EXITED,
    /** A deployed host that stopped reporting while the run went on (its process ended, or its network did). */
    SILENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean alive() {
        return this == STARTING || this == RUNNING;
    }
}
