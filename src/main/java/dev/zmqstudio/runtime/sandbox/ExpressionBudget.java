package dev.zmqstudio.runtime.sandbox;

import dev.zmqstudio.runtime.engine.Clock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much time each expression evaluation of one thread may take. A runner opens one for its thread ({@link #open})
 * and closes it when it ends. Each evaluation publishes its number when it starts ({@link #begin}) and clears it
 * when it ends ({@link #end}): two ordered stores, so a budget costs next to nothing per message. The one shared
 * {@link BudgetWatchdog} thread looks at every open budget each tick; an evaluation it finds still under way past its
 * budget gets its cancel flag raised, which JEXL checks at every step of the expression and the sandbox's own loops
 * (regular expressions) check too ({@link #checkpoint}). The budget counts the CPU time the thread spends on the
 * evaluation, so a machine under load does not fail expressions that are merely waiting for a core.
 * A thread without an open budget evaluates without a time limit (validation, the expression tests).
 */
public final class ExpressionBudget implements AutoCloseable {
    static final long IDLE = 0;
    private static final ThreadLocal<ExpressionBudget> CURRENT = new ThreadLocal<>();
    private static final ExpressionBudget UNLIMITED = new ExpressionBudget(Long.MAX_VALUE, -1, false);

    private final long limitNanos;
    private final long threadId;
    /** False only for the unlimited budget of a thread that opened none: nothing to count, nothing cancels. */
    private final boolean enforced;
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** The number of the evaluation under way; IDLE between evaluations. */
    private final AtomicLong current = new AtomicLong(IDLE);
    /** The number of the evaluation the watchdog cancelled last. */
    private volatile long cancelled = IDLE;
    private volatile boolean stopped;
    /** Owner thread only: evaluations begun so far. */
    private long evaluations;
    /**
     * Watchdog thread only: the evaluation it saw under way at its last tick, the time that had passed then and the
     * thread's CPU time then (-1: not known then).
     */
    private long seen = IDLE;
    private long seenNanos;
    private long seenCpuNanos;

    private ExpressionBudget(long limitNanos, long threadId, boolean enforced) {
        this.limitNanos = limitNanos;
        this.threadId = threadId;
        this.enforced = enforced;
    }

    /** Opens a budget of {@code limit} per evaluation for the calling thread, until {@link #close}. */
    public static ExpressionBudget open(Duration limit) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("this thread already has an expression budget");
        }
        ExpressionBudget budget = new ExpressionBudget(limit.toNanos(), Thread.currentThread().threadId(), true);
        CURRENT.set(budget);
        BudgetWatchdog.watch(budget);
        return budget;
    }

    /** A budget of {@code limit} for the calling thread that no watchdog looks at: for tests that tick it themselves. */
    static ExpressionBudget unwatched(Duration limit) {
        return new ExpressionBudget(limit.toNanos(), Thread.currentThread().threadId(), true);
    }

    /** The calling thread's budget; an unlimited one when it opened none. */
    public static ExpressionBudget current() {
        ExpressionBudget budget = CURRENT.get();
        return budget == null ? UNLIMITED : budget;
    }

    public long limitMillis() {
        return limitNanos / 1_000_000L;
    }

    long limitNanos() {
        return limitNanos;
    }

    /** The flag JEXL polls; null when nothing ever cancels. */
    public AtomicBoolean cancelFlag() {
        return enforced ? cancel : null;
    }

    /** An evaluation starts on this budget's thread. */
    public void begin() {
        if (!enforced) {
            return;
        }
        if (cancel.get() && !stopped) {
            cancel.set(false); // raised for an earlier evaluation: that one has ended
            if (stopped) {
                cancel.set(true);
            }
        }
        current.setRelease(++evaluations);
    }

    /** The evaluation begun last has ended. */
    public void end() {
        if (enforced) {
            current.setRelease(IDLE);
        }
    }

    /** Inside an evaluation: throws when its time is up, so loops outside JEXL stop too. */
    public void checkpoint() {
        if (enforced && cancel.get()) {
            throw new BudgetExceeded();
        }
    }

    /** Whether {@code failure} of the current evaluation means it was cancelled (by the watchdog or by Stop). */
    public static boolean isCancellation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BudgetExceeded || t instanceof org.apache.commons.jexl3.JexlException.Cancel) {
                return true;
            }
        }
        return false;
    }

    /** After a cancellation: true when it was this evaluation that overran (not, just as it ended, the one before). */
    public boolean overran() {
        return cancelled == evaluations;
    }

    public boolean stopped() {
        return stopped;
    }

    /** Any thread: cancels the evaluation under way and every later one (the run is stopping). */
    public void stop() {
        stopped = true;
        cancel.set(true);
    }

    /**
     * Watchdog thread: cancels the evaluation under way once it has used its budget since the watchdog first saw it
     * (at most one tick after it began).
     */
    void check(BudgetWatchdog.Clock clock) {
        long under = current.getAcquire();
        if (under == IDLE) {
            seen = IDLE;
            return;
        }
        long now = System.nanoTime();
        long cpu = clock.threadCpuNanos(threadId);
        if (under != seen || (cpu < 0) != (seenCpuNanos < 0)) { // a new evaluation, or CPU time known now and not then
            seen = under;
            seenNanos = now;
            seenCpuNanos = cpu;
            return;
        }
        long passed = now - seenNanos;
        // CPU time where the JVM tells it (never more than the time that passed), else the time that passed
        long used = cpu >= 0 ? Math.min(cpu - seenCpuNanos, passed) : passed;
        if (used > limitNanos) {
            cancelled = under;
            cancel.set(true);
        }
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
        BudgetWatchdog.forget(this);
    }
}
