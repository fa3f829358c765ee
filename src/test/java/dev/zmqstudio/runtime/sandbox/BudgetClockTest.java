package dev.zmqstudio.runtime.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watchdog counts the CPU time an evaluation uses, where the JVM tells it: a reading it cannot take (-1) is
 * never compared with one it took, and no reading counts more CPU than the time that passed.
 */
class BudgetClockTest {

    /** A clock that answers the given CPU readings in turn. */
    private static BudgetWatchdog.Clock readings(long... cpuNanos) {
        Deque<Long> queue = new ArrayDeque<>();
        for (long n : cpuNanos) {
            queue.add(n);
        }
        return threadId -> queue.isEmpty() ? -1 : queue.poll();
    }

    private static boolean cancelledAfter(ExpressionBudget budget, BudgetWatchdog.Clock clock, int ticks) {
        budget.begin();
        for (int i = 0; i < ticks; i++) {
            budget.check(clock);
            LockSupport.parkNanos(1_000_000L);
        }
        boolean cancelled = budget.cancelFlag().get();
        budget.end();
        return cancelled;
    }

    @Test
    void aReadingTheJvmCouldNotTakeIsNeverComparedWithOneItTook() {
        ExpressionBudget budget = ExpressionBudget.unwatched(Duration.ofMillis(50));
        // CPU 1 ms, then unknown (once read as the time since boot, a jump of hours), then 2 ms
        assertFalse(cancelledAfter(budget, readings(1_000_000L, -1, 2_000_000L, 2_500_000L), 4));
    }

    @Test
    void noReadingCountsMoreCpuThanTheTimeThatPassed() {
        ExpressionBudget budget = ExpressionBudget.unwatched(Duration.ofMillis(50));
        assertFalse(cancelledAfter(budget, readings(0, 3_600_000_000_000L), 2), "an hour of CPU in a millisecond");
    }

    @Test
    void anEvaluationThatUsesItsBudgetIsCancelled() {
        ExpressionBudget budget = ExpressionBudget.unwatched(Duration.ofMillis(5));
        // CPU readings that follow the time passing, as a busy thread's do
        BudgetWatchdog.Clock busy = threadId -> System.nanoTime();
        assertTrue(cancelledAfter(budget, busy, 20));
        ExpressionBudget unknown = ExpressionBudget.unwatched(Duration.ofMillis(5));
        assertTrue(cancelledAfter(unknown, threadId -> -1, 20), "without CPU time, the time that passed counts");
    }
}
