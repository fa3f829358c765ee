package dev.zmqstudio.runtime.engine;

/**
 * The failures of one node: counted, the first kept for the report, and logged without flooding the console.
 * The first is logged in full; the ones after it are summed up in one line at most once a second, with the latest
 * text: at the next failure a second later, or when a snapshot finds them waiting that long (the node may have gone
 * quiet), or when the node closes. Counted by the node's thread; snapshots from any thread. Lines are logged outside
 * the lock: a log that pushes back (a full queue) must never hold up a snapshot, which in a child process is what
 * empties that queue.
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
    void add(String text, long nowNanos) {
        log(counted(text, nowNanos));
    }

    /** The node itself failed (it cannot go on): counted like the others, and always logged at once. */
    void addFatal(String text, long nowNanos) {
        String pending;
        synchronized (this) {
            if (first == null) {
                first = text;
                loggedAtNanos = nowNanos;
                pending = null;
            } else {
                pending = takePending(nowNanos);
            }
            count.increment();
        }
        log(pending);
        log("error: " + text);
    }

    /** Logs the failures not logged yet once they have waited a second since the last line. */
    void flushDue(long nowNanos) {
        String line;
        synchronized (this) {
            line = nowNanos - loggedAtNanos >= REPEAT_NANOS ? takePending(nowNanos) : null;
        }
        log(line);
    }

    /** Logs the failures not logged yet, if any (the node closes). */
    void flush(long nowNanos) {
        String line;
        synchronized (this) {
            line = takePending(nowNanos);
        }
        log(line);
    }

    EngineSnapshot.Errors snapshot() {
        long n = count.get();
        String text = first;
        return n == 0 || text == null ? EngineSnapshot.Errors.NONE : new EngineSnapshot.Errors(n, text);
    }

    /** Counts one failure; returns the line to log now, if any. */
    private synchronized String counted(String text, long nowNanos) {
        if (first == null) {
            first = text;
            count.increment();
            loggedAtNanos = nowNanos;
            return "error: " + text;
        }
        count.increment();
        unlogged++;
        latest = text;
        return nowNanos - loggedAtNanos >= REPEAT_NANOS ? takePending(nowNanos) : null;
    }

    /** The line that counts the failures not logged yet (null when none); they count as logged from now. */
    private String takePending(long nowNanos) {
        if (unlogged == 0) {
            return null;
        }
        String line = "error: " + unlogged + (unlogged == 1 ? " more failure (" : " more failures (") + count.get()
                + " in all); the latest: " + latest;
        unlogged = 0;
        latest = null;
        loggedAtNanos = nowNanos;
        return line;
    }

    private void log(String line) {
        if (line != null) {
            log.line(nodeId, line);
        }
    }
}
