package dev.zmqstudio.runtime.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long each expression evaluation of one thread may take. A runner opens one for its thread ({@link #open})
 * and closes it when it ends. Each evaluation stamps when it started ({@link #begin}) and clears the stamp
 * ({@link #end}): two plain stores and a read of a clock the watchdog keeps, so a budget costs next to nothing.
 * The one shared {@link BudgetWatchdog} thread raises the cancel flag of an evaluation past its budget; JEXL checks
 * that flag at every step of the expression, and the sandbox's own loops (regular expressions) check it too.
 * A thread without an open budget evaluates without a time limit (validation, the expression tests).
 */
public final class ExpressionBudget implements AutoCloseable {
    static final long IDLE = Long.MIN_VALUE;
    private static final ThreadLocal<ExpressionBudget> CURRENT = new ThreadLocal<>();
    private static final ExpressionBudget UNLIMITED = new ExpressionBudget(Long.MAX_VALUE, false);

    private final long limitNanos;
    private final boolean watched;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicLong startedAt = new AtomicLong(IDLE);
    private volatile boolean stopped;

    private ExpressionBudget(long limitNanos, boolean watched) {
        this.limitNanos = limitNanos;
        this.watched = watched;
    }

    /** Opens a budget of {@code limit} per evaluation for the calling thread, until {@link #close}. */
    public static ExpressionBudget open(Duration limit) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("this thread already has an expression budget");
        }
        ExpressionBudget budget = new ExpressionBudget(limit.toNanos(), true);
        CURRENT.set(budget);
        BudgetWatchdog.watch(budget);
        return budget;
    }

    /** The calling thread's budget; an unlimited one when it opened none. */
    public static ExpressionBudget current() {
        ExpressionBudget budget = CURRENT.get();
        return budget == null ? UNLIMITED : budget;
    }

    public long limitMillis() {
        return limitNanos / 1_000_000L;
    }

    /** The flag JEXL polls; null when nothing ever cancels. */
    public AtomicBoolean cancelFlag() {
        return watched ? cancel : null;
    }

    /** An evaluation starts on this budget's thread. */
    public void begin() {
        if (!watched) {
            return;
        }
        if (cancel.get()) {
            cancel.set(false); // raised for an earlier evaluation: that one has ended
            if (stopped) {
                cancel.set(true);
            }
        }
        startedAt.setRelease(BudgetWatchdog.clock());
    }

    /** The evaluation begun last has ended. */
    public void end() {
        if (watched) {
            startedAt.setRelease(IDLE);
        }
    }

    /** Inside an evaluation: throws when its time is up, so loops outside JEXL stop too. */
    public void checkpoint() {
        if (watched && cancel.get()) {
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

    /** After a cancellation: true when the current evaluation really used up its budget (else it was raised late for the one before). */
    public boolean overran() {
        long started = startedAt.getAcquire();
        return started != IDLE && BudgetWatchdog.clock() - started >= limitNanos;
    }

    public boolean stopped() {
        return stopped;
    }

    /** Any thread: cancels the evaluation under way and every later one (the run is stopping). */
    public void stop() {
        stopped = true;
        cancel.set(true);
    }

    /** Watchdog thread: cancels the evaluation under way if it started more than the budget ago. */
    void check(long now, long slackNanos) {
        long started = startedAt.getAcquire();
        if (started != IDLE && now - started > limitNanos + slackNanos) {
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
