package dev.zmqstudio.runtime.sandbox;

import dev.zmqstudio.runtime.engine.Clock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread for every open {@link ExpressionBudget}: each tick it cancels the evaluations past their budget.
 * It runs only while a budget is open (a run with expressions) and ends with the last one, so Stop leaves no thread
 * behind. It ticks at a tenth of the smallest budget (1 to 10 ms); an evaluation is cancelled after it has used its
 * budget, within about two ticks.
 */
final class BudgetWatchdog {
    private static final long MIN_TICK_NANOS = 1_000_000L;
    private static final long MAX_TICK_NANOS = 10_000_000L;
    private static final long JOIN_MILLIS = 1_000;
    private static final Object LOCK = new Object();
    private static final List<ExpressionBudget> BUDGETS = new CopyOnWriteArrayList<>();
    private static final Clock CLOCK = Clock.best();
    private static volatile long tickNanos = MAX_TICK_NANOS;
    /** The running watchdog; guarded by LOCK. */
    private static Thread thread;

    private BudgetWatchdog() {
    }

    /**
     * The CPU time a thread has spent, or -1 where the JVM cannot tell (a virtual thread, a thread it cannot find at
     * that moment, no support): the budget then counts the time that passed instead. The two are never mixed: a
     * wall-clock reading taken as CPU time once cancelled a trivial filter at once, on a busy machine.
     */
    interface Clock {
        long threadCpuNanos(long threadId);

        static Clock best() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (threads.isThreadCpuTimeSupported()) {
                if (!threads.isThreadCpuTimeEnabled()) {
                    threads.setThreadCpuTimeEnabled(true);
                }
                return threads::getThreadCpuTime;
            }
            return threadId -> -1;
        }
    }

    static void watch(ExpressionBudget budget) {
        synchronized (LOCK) {
            BUDGETS.add(budget);
            tickNanos = Math.clamp(budget.limitNanos() / 10, MIN_TICK_NANOS, Math.min(tickNanos, MAX_TICK_NANOS));
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
            LockSupport.parkNanos(tickNanos);
            synchronized (LOCK) {
                if (thread != self) {
                    return;
                }
            }
            for (ExpressionBudget budget : BUDGETS) {
                budget.check(CLOCK);
            }
        }
    }
}
