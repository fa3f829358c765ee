package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.external.OutputTail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The parent's view of one child process: which nodes and sides it runs, its process, state and exit code, its
 * last report, and what earlier incarnations counted (a restarted child counts from zero; the totals go on).
 */
final class ChildProcess {
    private static final int STDERR_LINES = 20;

    final int index;
    final List<String> nodeIds;
    final Set<Integer> sides;
    final OutputTail stderr = new OutputTail(STDERR_LINES);
    private volatile Process process;
    private volatile ChildState state = ChildState.STARTING;
    private volatile Integer exitCode;
    private volatile Telemetry.Report last;
    private volatile long spawnNanos;
    private volatile long readyNanos;
    private volatile boolean killRequested;
    private volatile java.util.concurrent.CompletableFuture<?> exitHandled = java.util.concurrent.CompletableFuture.completedFuture(null);
    private volatile CountDownLatch finalReport = new CountDownLatch(1);
    private int incarnation;
    private int restarts;
    private final EarlierCounts earlier;
    /** When the last report came (System.nanoTime; 0: none yet). */
    private volatile long heardNanos;
    /** Hub thread only: owners version sent and acknowledged, and whether GO was sent, this incarnation. */
    int ownersSent = -1;
    int ownersAcked = -1;
    long maskSent = -1;
    boolean goSent;

    /** A deployed host's name, its identity at the hub (null: a child process of ours, named by index and incarnation). */
    private final String host;

    ChildProcess(int index, List<String> nodeIds, Set<Integer> sides, int wires, String host) {
        this.host = host;
        this.index = index;
        this.nodeIds = List.copyOf(nodeIds);
        this.sides = Set.copyOf(sides);
        this.earlier = new EarlierCounts(wires);
    }

    String id() {
        return nodeIds.getFirst();
    }

    /** This incarnation's name at the hub: reports of an earlier, killed incarnation are ignored. */
    synchronized String identity() {
        return host != null ? host : index + "." + incarnation;
    }

    /** A new incarnation is about to start: what the last one counted becomes the base. */
    synchronized void nextIncarnation() {
        Telemetry.Report r = last;
        if (r != null) {
            earlier.add(r);
        }
        if (state == ChildState.EXITED) { // a crash nobody asked for stays an error after the restart
            nodeIds.forEach(id -> earlier.addError(id, exitText(state)));
        }
        last = null;
        incarnation++;
        restarts++;
        state = ChildState.STARTING;
        exitCode = null;
        killRequested = false;
        readyNanos = 0;
        finalReport = new CountDownLatch(1);
        ownersSent = -1;
        ownersAcked = -1;
        maskSent = -1;
        goSent = false;
    }

    void started(Process p, long atNanos) {
        spawnNanos = atNanos;
        process = p;
    }

    Process process() {
        return process;
    }

    /** The handling of this incarnation's exit, once its process ends. */
    void exitHandledBy(java.util.concurrent.CompletableFuture<?> handling) {
        exitHandled = handling;
    }

    /** Waits at most {@code max} for the current process's exit to have been handled (at once when it has no process). */
    void awaitExitHandled(java.time.Duration max) {
        try {
            exitHandled.get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // its handler failed or the process still runs: the next incarnation starts anyway
        }
    }

    boolean alive() {
        return state.alive();
    }

    boolean ready() {
        return state == ChildState.RUNNING;
    }

    ChildState state() {
        return state;
    }

    Integer exitCode() {
        return exitCode;
    }

    void markReady(long atNanos) {
        readyNanos = atNanos;
        if (state == ChildState.STARTING) {
            state = ChildState.RUNNING;
        }
    }

    void requestKill() {
        killRequested = true;
    }

    boolean killRequested() {
        return killRequested;
    }

    /** The process ended; {@code stopping}: the run is being stopped. */
    synchronized void exited(int code, boolean stopping) {
        exitCode = code;
        state = stopping ? ChildState.STOPPED : killRequested ? ChildState.KILLED : ChildState.EXITED;
    }

    /** The last report before a planned exit arrived: the totals are final. */
    void finalReceived() {
        finalReport.countDown();
    }

    CountDownLatch finalReport() {
        return finalReport;
    }

    /**
     * The latest report of incarnation {@code identity}; false (and ignored) when a restart has begun a newer
     * incarnation since the report was matched to this one.
     */
    synchronized boolean lastReport(String identity, Telemetry.Report report, long atNanos) {
        if (!identity().equals(identity)) {
            return false;
        }
        last = report;
        heardNanos = atNanos;
        return true;
    }

    /** Whether this is a deployed host (started by its deployment, not by us). */
    boolean deployed() {
        return host != null;
    }

    long heardNanos() {
        return heardNanos;
    }

    /** A deployed host's reports stopped coming: an error of each of its nodes, even once it reports again. */
    synchronized void silent() {
        state = ChildState.SILENT;
        nodeIds.forEach(id -> earlier.addError(id, exitText(ChildState.SILENT)));
    }

    /** A silent host's reports come again. */
    void heardAgain() {
        if (state == ChildState.SILENT) {
            state = ChildState.RUNNING;
        }
    }

    Telemetry.Report lastReport() {
        return last;
    }

    synchronized long toBinder(int wire, long reported) {
        return earlier.toBinder(wire, reported);
    }

    synchronized long toConnector(int wire, long reported) {
        return earlier.toConnector(wire, reported);
    }

    /**
     * What ended the process, for its nodes' error when it is in {@code state}: "process exited with code 1", or a
     * host's silence.
     */
    String exitText(ChildState state) {
        return state == ChildState.SILENT ? "host " + host + " stopped reporting" : "process exited with code " + exitCode;
    }

    /**
     * Node {@code id} as its last report and its earlier incarnations counted it (null before any report), and the
     * process's state, read together.
     */
    record Seen(EngineSnapshot.NodeStats node, ChildState state) {
    }

    synchronized Seen seen(String id) {
        Telemetry.Report r = last;
        return new Seen(earlier.node(id, r == null ? null : r.nodes().get(id)), state);
    }

    /** The links of this process, as its last report and its earlier incarnations counted them. */
    synchronized List<EngineSnapshot.LinkStats> links() {
        Telemetry.Report r = last;
        return earlier.links(r == null ? null : r.links());
    }

    synchronized int restarts() {
        return restarts;
    }

    ChildStatus status() {
        Process p = process;
        long ready = readyNanos;
        Duration spawnToReady = ready == 0 ? null : Duration.ofNanos(ready - spawnNanos);
        return new ChildStatus(id(), nodeIds, p == null ? -1 : p.pid(), state, exitCode, stderr.lines(), spawnToReady,
                restarts);
    }
}
