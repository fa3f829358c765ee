package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.external.OutputTail;

import java.time.Duration;
import java.util.HashMap;
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
    private volatile CountDownLatch finalReport = new CountDownLatch(1);
    private int incarnation;
    private int restarts;
    private final long[] baseToBinder;
    private final long[] baseToConnector;
    private final Map<String, long[]> baseNodes = new HashMap<>();
    private final Map<String, EngineSnapshot.Errors> baseErrors = new HashMap<>();
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
        this.baseToBinder = new long[wires];
        this.baseToConnector = new long[wires];
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
            for (int i = 0; i < baseToBinder.length && i < r.towardsBinder().length; i++) {
                baseToBinder[i] += r.towardsBinder()[i];
                baseToConnector[i] += r.towardsConnector()[i];
            }
            r.nodes().forEach((id, n) -> {
                long[] base = baseNodes.computeIfAbsent(id, k -> new long[4]);
                base[0] += n.sent();
                base[1] += n.received();
                base[2] += n.framesSent();
                base[3] += n.framesReceived();
                baseErrors.merge(id, n.errors(), EngineSnapshot.Errors::plus);
            });
        }
        if (state == ChildState.EXITED) { // a crash nobody asked for stays an error after the restart
            nodeIds.forEach(id -> baseErrors.merge(id, EngineSnapshot.Errors.of(exitText()), EngineSnapshot.Errors::plus));
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
    void exited(int code, boolean stopping) {
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

    void lastReport(Telemetry.Report report) {
        last = report;
    }

    Telemetry.Report lastReport() {
        return last;
    }

    synchronized long toBinder(int wire, long reported) {
        return baseToBinder[wire] + reported;
    }

    synchronized long toConnector(int wire, long reported) {
        return baseToConnector[wire] + reported;
    }

    /** Failures of node {@code id} in earlier incarnations (their crashes included). */
    synchronized EngineSnapshot.Errors baseErrorsOf(String id) {
        return baseErrors.getOrDefault(id, EngineSnapshot.Errors.NONE);
    }

    /** What ended the process, for its nodes' error: "process exited with code 1". */
    String exitText() {
        return "process exited with code " + exitCode;
    }

    /** Sent and received of node {@code id} by earlier incarnations. */
    synchronized long[] baseOf(String id) {
        return baseNodes.getOrDefault(id, new long[4]);
    }

    ChildStatus status() {
        Process p = process;
        long ready = readyNanos;
        Duration spawnToReady = ready == 0 ? null : Duration.ofNanos(ready - spawnNanos);
        return new ChildStatus(id(), nodeIds, p == null ? -1 : p.pid(), state, exitCode, stderr.lines(), spawnToReady,
                restarts);
    }
}
