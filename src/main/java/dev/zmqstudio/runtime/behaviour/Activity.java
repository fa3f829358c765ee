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

    /** Whether it reads the node's received messages ({@link #onMessage}): then the node decodes every one. */
    default boolean readsMessages() {
        return false;
    }

    /** Handles a received message itself (a protocol reply); false leaves it to the node's other handling. */
    default boolean onMessage(ReceivedFrames message) {
        return false;
    }

    /** After the node took a batch of messages: a broker makes them durable and answers them here. */
    default void afterBatch() {
    }

    /** Whether it holds work the run must not end on (messages not yet acknowledged, offsets not yet committed). */
    default boolean busy() {
        return false;
    }

    /** What it did, for the snapshot (any thread); null when it has nothing to say. */
    default dev.zmqstudio.runtime.engine.EngineSnapshot.QueueFacts facts() {
        return null;
    }
}
