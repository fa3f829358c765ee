package dev.zmqstudio.runtime.engine;

import java.util.concurrent.Phaser;

/**
 * A thread that owns some sockets. Every runner binds, then waits for all others to have bound, then
 * connects, so binders always exist before connectors; then it loops until the run stops. A failure
 * in one phase is reported on the nodes concerned and never holds the other runners up.
 */
public abstract class Runner implements Runnable {
    protected static final long IDLE_POLL_MS = 100;

    protected final RunContext ctx;
    private final Phaser phaser;
    /** True while the runner has nothing pending: its last poll found no message. */
    protected volatile boolean idle;
    /** Whether this runner shares a carrier thread with others (a virtual thread): see {@link #shareCarrier()}. */
    private boolean onSharedCarrier;

    public Runner(RunContext ctx, Phaser phaser) {
        this.ctx = ctx;
        this.phaser = phaser;
    }

    public abstract String name();

    /**
     * Whether this runner needs a thread of its own rather than a virtual thread on the shared carrier pool: one
     * that evaluates user expressions does, as an expression's budget is the CPU time of its thread, and an
     * evaluation never blocks, so it would hold a carrier until the budget ran out.
     */
    boolean needsOwnThread() {
        return false;
    }

    /** Whether this runner runs on a thread of its own (not a virtual thread sharing a carrier with others). */
    protected final boolean hasOwnThread() {
        return !onSharedCarrier;
    }

    /**
     * After a turn of the loop that did work without waiting: lets the other runners on the same carrier go first.
     * Virtual threads are never pre-empted, and a runner that never waits (a publisher at full speed with nobody
     * subscribed drops every message at once) would otherwise keep its carrier from every other node.
     */
    protected final void shareCarrier() {
        if (onSharedCarrier) {
            Thread.yield();
        }
    }

    /** Any thread, after {@code ctx.stopping} is set: ends any unbounded wait of this runner. */
    void wake() {
    }

    boolean idle() {
        return idle;
    }

    protected abstract void bindPhase();

    protected abstract void connectPhase();

    protected abstract void loop();

    /** Marks every node of this runner failed (an unexpected error). */
    protected abstract void failAll(String message);

    protected abstract void closeAll();

    @Override
    public final void run() {
        onSharedCarrier = Thread.currentThread().isVirtual();
        try {
            guarded(this::bindPhase);
            phaser.arriveAndAwaitAdvance();
            guarded(this::connectPhase);
            phaser.arriveAndDeregister();
            guarded(this::loop);
        } finally {
            idle = true;
            closeAll();
        }
    }

    private void guarded(Runnable phase) {
        try {
            phase.run();
        } catch (RuntimeException | Error e) {
            failAll(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
