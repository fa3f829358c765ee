package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.behaviour.AggregateStats;
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
    /** Per node, what earlier incarnations counted by sender, by text, and aggregated. */
    private final Map<String, Earlier> earlier = new HashMap<>();
    /** Passed and filtered of each link by earlier incarnations. */
    private final Map<String, long[]> baseLinks = new HashMap<>();
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
                earlier.merge(id, Earlier.of(n), Earlier::plus);
            });
            for (EngineSnapshot.LinkStats link : r.links()) {
                long[] base = baseLinks.computeIfAbsent(link.id(), k -> new long[2]);
                base[0] += link.passed();
                base[1] += link.filtered();
            }
        }
        if (state == ChildState.EXITED || state == ChildState.SILENT) { // a crash nobody asked for stays an error
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

    void lastReport(Telemetry.Report report, long atNanos) {
        last = report;
        heardNanos = atNanos;
    }

    /** Whether this is a deployed host (started by its deployment, not by us). */
    boolean deployed() {
        return host != null;
    }

    long heardNanos() {
        return heardNanos;
    }

    /** A deployed host's reports stopped coming. */
    void silent() {
        state = ChildState.SILENT;
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
        return baseToBinder[wire] + reported;
    }

    synchronized long toConnector(int wire, long reported) {
        return baseToConnector[wire] + reported;
    }

    /** Failures of node {@code id} in earlier incarnations (their crashes included). */
    synchronized EngineSnapshot.Errors baseErrorsOf(String id) {
        return baseErrors.getOrDefault(id, EngineSnapshot.Errors.NONE);
    }

    /** What ended the process, for its nodes' error: "process exited with code 1", or a host's silence. */
    String exitText() {
        return state == ChildState.SILENT ? "host " + host + " stopped reporting" : "process exited with code " + exitCode;
    }

    /** A node's counts by sender and by text, and its aggregate, of this incarnation with what earlier ones counted. */
    synchronized EngineSnapshot.NodeStats withEarlier(EngineSnapshot.NodeStats n) {
        Earlier before = earlier.get(n.id());
        if (before == null) {
            return n;
        }
        Earlier now = before.plus(Earlier.of(n));
        return new EngineSnapshot.NodeStats(n.id(), n.type(), n.state(), n.sent(), n.received(), n.error(), n.sides(),
                now.perSender(), now.aggregate(), n.errors(), n.framesSent(), n.framesReceived(), now.countsBy(), n.queue());
    }

    /** What a node counted by sender and by text, and aggregated (each may be null: the node does not count it). */
    private record Earlier(Map<String, Long> perSender, Map<String, Long> countsBy, AggregateStats.Snapshot aggregate) {
        static Earlier of(EngineSnapshot.NodeStats n) {
            return new Earlier(n.perSender(), n.countsBy(), n.aggregate());
        }

        Earlier plus(Earlier later) {
            return new Earlier(sum(perSender, later.perSender), sum(countsBy, later.countsBy),
                    aggregate == null ? later.aggregate : later.aggregate == null ? aggregate : aggregate.plus(later.aggregate));
        }

        private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            Map<String, Long> total = new java.util.LinkedHashMap<>(a);
            b.forEach((k, v) -> total.merge(k, v, Long::sum));
            return total;
        }
    }

    /** This incarnation's counts of {@code link} with what earlier ones counted. */
    synchronized EngineSnapshot.LinkStats withBase(EngineSnapshot.LinkStats link) {
        long[] base = baseLinks.get(link.id());
        return base == null ? link
                : new EngineSnapshot.LinkStats(link.id(), link.from(), link.to(), base[0] + link.passed(), base[1] + link.filtered());
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
