package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.Counter;

/**
 * Queue pressure in one direction of a wire, counted by the sending end: how often it found the queue full and
 * had to wait (HWM reached: PUSH, DEALER, PAIR, REQ block), how often a publisher found a subscriber's queue
 * full, and for a publisher whose subscriber's filters we know, how many messages that subscriber should have
 * got. The {@link PressureTracker} turns these into the marks the wire shows.
 */
public final class WirePressure {
    /** Sends that found every queue of the sending socket full and waited. */
    public final Counter waited = new Counter();
    /** Times the sending publisher found a subscriber's queue full (JeroMQ then skips it until it catches up). */
    public final Counter foundFull = new Counter();
    /** Messages sent that match the receiver's subscriptions (publisher to a subscriber we run). */
    public final Counter expected = new Counter();

    public long[] values() {
        return new long[] {waited.get(), foundFull.get(), expected.get()};
    }

    public void mirror(long waitedCount, long foundFullCount, long expectedCount) {
        waited.set(waitedCount);
        foundFull.set(foundFullCount);
        expected.set(expectedCount);
    }
}
