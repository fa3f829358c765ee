package dev.zmqstudio.runtime.behaviour;

/** Something a node does on its own schedule (send generated messages, send requests). Unit thread only. */
public interface Activity {
    /** When it next wants to run (System.nanoTime); Long.MAX_VALUE when it is waiting on something else. */
    long nextDueNanos();

    /** Does what is due at {@code now}; sends at most a bounded batch so the loop stays responsive. */
    void fire(long now);

    /** Sends exactly one message now if it can (Step while paused). */
    void step();

    boolean finished();
}
