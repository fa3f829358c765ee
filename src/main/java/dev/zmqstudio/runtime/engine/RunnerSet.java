package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.device.DeviceRunner;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.SocketNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The runners of the units this process runs itself (all of them in-process, one unit in a child process), one
 * thread each: a platform thread while there are at most {@value #PLATFORM_THREADS_UP_TO} runners (the OS wakes a
 * receiver at once even when other nodes keep the cores busy), virtual threads on a carrier pool sized to the cores
 * beyond that, so thousands of nodes do not take thousands of threads (a runner that evaluates expressions still
 * gets a platform thread: {@link Runner#needsOwnThread()}). Start returns once every socket is bound and then
 * connected. See docs/decisions/runner-threads.md.
 */
public final class RunnerSet {
    private static final long JOIN_TIMEOUT_MS = 5_000;
    public static final int PLATFORM_THREADS_UP_TO = 64;

    private final RunContext ctx;
    /** Copy-on-write: a restarted unit takes its runner's place while other threads read the list. */
    private final List<UnitRunner> units = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Map<Runner, Thread> threadOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Runners whose run ended (a restart runs a new one). */
    private final java.util.Set<Runner> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<DeviceRunner> devices = new ArrayList<>();
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Phaser phaser;

    /** The units whose first node satisfies {@code local}; linked nodes share a placement (validation). */
    public RunnerSet(RunContext ctx, Predicate<Node> local) {
        this.ctx = ctx;
        Phaser phaser = new Phaser(1);
        for (List<SocketNode> unit : ctx.plan.units) {
            if (local.test(unit.getFirst())) {
                units.add(new UnitRunner(ctx, phaser, unit));
            }
        }
        ctx.plan.devices.stream().filter(local).forEach(d -> devices.add(new DeviceRunner(ctx, phaser, d)));
        this.phaser = phaser;
    }

    /** Binds everything, then connects everything; returns when both phases are done on every runner. */
    public void start() {
        List<Runner> runners = new ArrayList<>(units);
        runners.addAll(devices);
        phaser.bulkRegister(runners.size());
        boolean virtual = runners.size() > PLATFORM_THREADS_UP_TO;
        for (Runner runner : runners) {
            Thread.Builder builder = virtual && !runner.needsOwnThread() ? Thread.ofVirtual() : Thread.ofPlatform().daemon();
            Thread t = builder.name("zs-" + runner.name()).unstarted(() -> runThenSayDown(runner));
            threads.add(t);
            threadOf.put(runner, t);
            t.start();
        }
        // A generator parks while the gate is closed; it starts as the gate opens, not at its next look.
        ctx.gate.onOpen(() -> threads.forEach(LockSupport::unpark));
        phaser.arriveAndAwaitAdvance();
        phaser.arriveAndAwaitAdvance();
        phaser.arriveAndDeregister();
    }

    /**
     * Call after setting {@code ctx.stopping}: waits for every runner to close its sockets. A runner that does not
     * end in time (it never should: every wait and every expression notices Stop) no longer shows its nodes running.
     */
    public void join() {
        units.forEach(Runner::wake);
        devices.forEach(Runner::wake);
        long deadline = System.nanoTime() + JOIN_TIMEOUT_MS * 1_000_000L;
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (UnitRunner unit : units) {
            Thread t = threadOf.get(unit);
            if (t != null && t.isAlive()) {
                ctx.log.line(unit.nodes().getFirst().id(), "warning: did not stop within " + JOIN_TIMEOUT_MS / 1000 + " s");
                unit.nodes().forEach(NodeRuntime::markStopped);
            }
        }
    }

    public List<UnitRunner> units() {
        return units;
    }

    public List<DeviceRunner> devices() {
        return devices;
    }

    public boolean idle() {
        return units.stream().allMatch(Runner::idle) && devices.stream().allMatch(Runner::idle);
    }

    /**
     * Kills the unit of socket node {@code id} (it and the nodes linked to it): its loop ends and its sockets close, so
     * its peers see its connections go, as when a process dies; the rest of the run goes on. Waits until the sockets
     * are closed. False when this process runs no such node, or it is not running.
     */
    public boolean kill(String id) {
        UnitRunner unit = unitOf(id);
        Thread t = unit == null ? null : threadOf.get(unit);
        if (t == null || !t.isAlive() || ctx.stopping) {
            return false;
        }
        unit.kill();
        join(t);
        unpause(unit);
        return true;
    }

    /** Whether node {@code id} is one of this process's and its runner ended (killed, or it failed). */
    public boolean down(String id) {
        UnitRunner unit = unitOf(id);
        return unit != null && ended.contains(unit);
    }

    /** A runner's thread: when it ends before Stop, connections that waited on its nodes are judged again. */
    private void runThenSayDown(Runner runner) {
        try {
            runner.run();
        } finally {
            ended.add(runner);
            if (!ctx.stopping) {
                ctx.nodeWentDown();
            }
        }
    }

    /** A dead process is not paused: started again, its nodes take messages. */
    private void unpause(UnitRunner unit) {
        unit.nodes().forEach(n -> ctx.setNodePaused(n.id(), false));
    }

    /**
     * Starts the unit of socket node {@code id} again on a new runner (killing it first if it still runs): it binds and
     * connects again, and its counts go on from where they were. Returns once it is bound and connected: the new
     * runner, to be read in place of the old one; null when this process runs no such node.
     */
    public UnitRunner restart(String id) {
        UnitRunner unit = unitOf(id);
        if (unit == null || ctx.stopping) {
            return null;
        }
        Thread old = threadOf.get(unit);
        if (old != null && old.isAlive()) {
            unit.kill();
            join(old);
        }
        unpause(unit);
        Phaser phases = new Phaser(1);
        UnitRunner fresh = unit.restarted(phases);
        phases.register();
        Thread t = Thread.ofPlatform().daemon().name("zs-" + fresh.name()).unstarted(() -> runThenSayDown(fresh));
        threadOf.remove(unit);
        threadOf.put(fresh, t);
        units.set(units.indexOf(unit), fresh);
        threads.add(t);
        t.start();
        phases.arriveAndAwaitAdvance(); // bound
        phases.arriveAndAwaitAdvance(); // connected
        phases.arriveAndDeregister();
        return fresh;
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The runner of socket node {@code id}, or null. */
    public UnitRunner unitOf(String id) {
        for (UnitRunner unit : units) {
            for (NodeRuntime node : unit.nodes()) {
                if (node.id().equals(id)) {
                    return unit;
                }
            }
        }
        return null;
    }

    /** Pauses or resumes socket node {@code id} of this process; false when it has none such. */
    public boolean setPaused(String id, boolean pause) {
        UnitRunner unit = unitOf(id);
        if (unit == null) {
            return false;
        }
        ctx.setNodePaused(id, pause);
        unit.pauseChanged();
        return true;
    }

    /** The local runtime of socket node {@code id}, or null. */
    public NodeRuntime node(String id) {
        for (UnitRunner unit : units) {
            for (NodeRuntime node : unit.nodes()) {
                if (node.id().equals(id)) {
                    return node;
                }
            }
        }
        return null;
    }
}
