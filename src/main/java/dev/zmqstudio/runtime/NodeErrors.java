package dev.zmqstudio.runtime;

/**
 * The failures of one node: counted, the first kept for the report, and logged without flooding the console.
 * The first is logged in full; the ones after it are summed up in one line at most once a second, with the latest
 * text: at the next failure a second later, or when a snapshot finds them waiting that long (the node may have gone
 * quiet), or when the node closes. Counted by the node's thread; snapshots from any thread.
 */
final class NodeErrors {
    static final long REPEAT_NANOS = 1_000_000_000L;

    private final Counter count = new Counter();
    private final LogSink log;
    private final String nodeId;
    private volatile String first;
    private long unlogged;
    private String latest;
    private long loggedAtNanos;

    NodeErrors(LogSink log, String nodeId) {
        this.log = log;
        this.nodeId = nodeId;
    }

    /** One more failure with this text, at {@code nowNanos} (System.nanoTime). */
    synchronized void add(String text, long nowNanos) {
        if (first == null) {
            first = text;
            count.increment();
            loggedAtNanos = nowNanos;
            log.line(nodeId, "error: " + text);
            return;
        }
        count.increment();
        unlogged++;
        latest = text;
        if (nowNanos - loggedAtNanos >= REPEAT_NANOS) {
            flush(nowNanos);
        }
    }

    /** The node itself failed (it cannot go on): counted like the others, and always logged at once. */
    synchronized void addFatal(String text, long nowNanos) {
        if (first == null) {
            add(text, nowNanos);
            return;
        }
        flush(nowNanos);
        count.increment();
        log.line(nodeId, "error: " + text);
    }

    /** Logs the failures not logged yet once they have waited a second since the last line. */
    synchronized void flushDue(long nowNanos) {
        if (nowNanos - loggedAtNanos >= REPEAT_NANOS) {
            flush(nowNanos);
        }
    }

    /** Logs the failures not logged yet, if any (the node closes, or a second has passed). */
    synchronized void flush(long nowNanos) {
        if (unlogged == 0) {
            return;
        }
        log.line(nodeId, "error: " + unlogged + (unlogged == 1 ? " more failure (" : " more failures (") + count.get() + " in all); the latest: " + latest);
        unlogged = 0;
        latest = null;
        loggedAtNanos = nowNanos;
    }

    EngineSnapshot.Errors snapshot() {
        long n = count.get();
        String text = first;
        return n == 0 || text == null ? EngineSnapshot.Errors.NONE : new EngineSnapshot.Errors(n, text);
    }
}
