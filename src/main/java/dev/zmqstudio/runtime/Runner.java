package dev.zmqstudio.runtime;

import java.util.concurrent.Phaser;

/**
 * A thread that owns some sockets. Every runner binds, then waits for all others to have bound, then
 * connects, so binders always exist before connectors; then it loops until the run stops. A failure
 * in one phase is reported on the nodes concerned and never holds the other runners up.
 */
abstract class Runner implements Runnable {
    protected static final long IDLE_POLL_MS = 100;

    protected final RunContext ctx;
    private final Phaser phaser;
    /** True while the runner has nothing pending: its last poll found no message. */
    protected volatile boolean idle;

    Runner(RunContext ctx, Phaser phaser) {
        this.ctx = ctx;
        this.phaser = phaser;
    }

    abstract String name();

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
