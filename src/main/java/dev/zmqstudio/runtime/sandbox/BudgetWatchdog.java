package dev.zmqstudio.runtime.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread for every open {@link ExpressionBudget}: it ticks a coarse clock the evaluations stamp their
 * start with, and cancels those past their budget. It runs only while a budget is open (a run with expressions)
 * and ends with the last one, so Stop leaves no thread behind. It ticks at a tenth of the smallest budget (1 to
 * 10 ms); an evaluation is cancelled between its budget and its budget plus two ticks.
 */
final class BudgetWatchdog {
    private static final long MIN_TICK_NANOS = 1_000_000L;
    private static final long MAX_TICK_NANOS = 10_000_000L;
    private static final long JOIN_MILLIS = 1_000;
    private static final Object LOCK = new Object();
    private static final List<ExpressionBudget> BUDGETS = new CopyOnWriteArrayList<>();
    private static volatile long clock = System.nanoTime();
    private static volatile long tickNanos = MAX_TICK_NANOS;
    /** The running watchdog; guarded by LOCK. */
    private static Thread thread;

    private BudgetWatchdog() {
    }

    /** System.nanoTime as of the last tick. */
    static long clock() {
        return clock;
    }

    static void watch(ExpressionBudget budget) {
        synchronized (LOCK) {
            BUDGETS.add(budget);
            tickNanos = Math.clamp(budget.limitMillis() * 100_000L, MIN_TICK_NANOS, Math.min(tickNanos, MAX_TICK_NANOS));
            clock = System.nanoTime();
            if (thread == null) {
                thread = Thread.ofPlatform().name("zs-expression-watchdog").daemon().start(BudgetWatchdog::loop);
            }
        }
    }

    static void forget(ExpressionBudget budget) {
        Thread ending = null;
        synchronized (LOCK) {
            if (!BUDGETS.remove(budget)) {
                return;
            }
            if (BUDGETS.isEmpty()) {
                ending = thread;
                thread = null;
                tickNanos = MAX_TICK_NANOS;
            }
        }
        if (ending != null) {
            LockSupport.unpark(ending);
            try {
                ending.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void loop() {
        Thread self = Thread.currentThread();
        while (true) {
            long tick = tickNanos;
            LockSupport.parkNanos(tick);
            synchronized (LOCK) {
                if (thread != self) {
                    return;
                }
            }
            long now = System.nanoTime();
            clock = now;
            for (ExpressionBudget budget : BUDGETS) {
                budget.check(now, tick);
            }
        }
    }
}
