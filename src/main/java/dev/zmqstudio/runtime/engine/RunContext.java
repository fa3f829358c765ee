package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.external.ExternalPeers;
import dev.zmqstudio.runtime.gate.StartGate;

import org.zeromq.ZContext;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** What every runner of one run shares. */
public final class RunContext {
    public final RunPlan plan;
    public final ZContext zmq;
    public final List<WireRuntime> wires;
    public final StartGate gate = new StartGate();
    public final LogSink log;
    /** Relative record paths resolve against this folder. */
    public final Path outputDir;
    /** Every file the topology names is written through this: it keeps them inside {@link #outputDir}. */
    final OutputFolder outputs;
    /** tcp connections made by our connecting sockets: local "ip:port" -> wire index. */
    public final ConcurrentMap<String, Integer> connectionOwners = new ConcurrentHashMap<>();
    /** The wires whose connection is in {@link #connectionOwners}. */
    public final java.util.Set<Integer> ownedWires = ConcurrentHashMap.newKeySet();
    /**
     * Bumped after each change of {@link #connectionOwners} and after a bound socket judged a connection a program's:
     * a connection not yet known is looked up again.
     */
    private final java.util.concurrent.atomic.AtomicInteger ownersVersion = new java.util.concurrent.atomic.AtomicInteger();
    /** Bound sockets that external programs connect to: told when one of our connections becomes known. */
    final List<ExternalPeers> externalPeers = new java.util.concurrent.CopyOnWriteArrayList<>();
    public volatile boolean stopping;
    /**
     * Counts that wait for the last word on connections, done once it is in: in the parent, the child processes'
     * last reports (this process's sockets close before the children stop); in a child, the parent's last maps.
     */
    private final List<Runnable> afterChildren = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The fault proxies of this process's connecting sockets; set before any runner starts. */
    public volatile dev.zmqstudio.runtime.fault.WireFaultProxies faults = dev.zmqstudio.runtime.fault.WireFaultProxies.NONE;
    /** Where every message is recorded (null: the run is not recorded); set before any runner starts. */
    public volatile dev.zmqstudio.runtime.record.Capture capture;
    /** CURVE on the secured wires (keys and the ZAP handler); null when the topology secures none. */
    public volatile dev.zmqstudio.runtime.security.CurveSockets curve;
    /** How many devices asked for a ZeroMQ context of their own (see device.DeviceContext). */
    public final java.util.concurrent.atomic.AtomicInteger deviceContexts = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether expression evaluations have their time budget; set before the runners start. */
    boolean expressionBudgets = true;
    /**
     * Sockets sample message number n when {@code (n & sampleMask) == 0}: every message at low rates; one in a
     * power of two at high rates, the same numbers at both ends of a wire, so sampled sends meet their receives.
     */
    public volatile long sampleMask;
    volatile boolean paused;
    /** Nodes paused on their own (they take no messages and send none); see {@link #pauseVersion}. */
    private final java.util.Set<String> pausedNodes = ConcurrentHashMap.newKeySet();
    /** Bumped at each pause or resume of a node: runners look at {@link #pausedNodes} again only then. */
    private final java.util.concurrent.atomic.AtomicInteger pauseVersion = new java.util.concurrent.atomic.AtomicInteger();
    /** Bumped by Step: each runner sends one message per generator when it sees a new value. */
    volatile long stepGeneration;
    /** Per side: 1 while its runner found nothing left to receive (its queues are empty). */
    private final java.util.concurrent.atomic.AtomicIntegerArray caughtUp;

    public RunContext(RunPlan plan, ZContext zmq, List<WireRuntime> wires, LogSink log) {
        this(plan, zmq, wires, log, Path.of(""));
    }

    /** JeroMQ's own default cap on a context's sockets. */
    public static final int DEFAULT_MAX_SOCKETS = 1024;

    /**
     * A ZeroMQ context with room for every socket of {@code plan} (one per side, twice over for what JeroMQ opens
     * itself): JeroMQ caps a context at 1,024 sockets, and a 1,200-node topology failed on half its nodes with
     * "Errno 156384819". Past the cap, the process's file-descriptor limit is what stops a run.
     */
    public static ZContext contextFor(RunPlan plan) {
        ZContext zmq = new ZContext(1);
        zmq.getContext().setMaxSockets(Math.max(DEFAULT_MAX_SOCKETS, 2 * plan.sides.size() + 64));
        return zmq;
    }

    public RunContext(RunPlan plan, ZContext zmq, List<WireRuntime> wires, LogSink log, Path outputDir) {
        this.plan = plan;
        this.zmq = zmq;
        this.wires = wires;
        this.log = log;
        this.outputDir = outputDir;
        this.outputs = new OutputFolder(outputDir);
        this.caughtUp = new java.util.concurrent.atomic.AtomicIntegerArray(plan.sides.size());
    }

    /** A runner of side {@code side} found it has nothing left to receive ({@code true}) or got more. */
    public void caughtUp(int side, boolean empty) {
        caughtUp.setOpaque(side, empty ? 1 : 0);
    }

    /** True when side {@code side} last found its queues empty (false for sides another process runs). */
    public boolean caughtUp(int side) {
        return caughtUp.getOpaque(side) == 1;
    }

    /** Pauses or resumes node {@code id}; false when it already was so. */
    public boolean setNodePaused(String id, boolean pause) {
        boolean changed = pause ? pausedNodes.add(id) : pausedNodes.remove(id);
        if (changed) {
            pauseVersion.incrementAndGet();
        }
        return changed;
    }

    public boolean nodePaused(String id) {
        return pauseVersion.get() != 0 && pausedNodes.contains(id);
    }

    public int pauseVersion() {
        return pauseVersion.get();
    }

    /** Records that our connecting socket's local address {@code local} is wire {@code wire}. */
    public void ownConnection(String local, int wire) {
        connectionOwners.put(local, wire);
        ownedWires.add(wire);
        externalPeers.forEach(ExternalPeers::ownersChanged);
        ownersVersion.incrementAndGet(); // after the judging: whoever sees the new version sees what it judged
    }

    /**
     * Whether node {@code id} runs now: false while it is down during the run (killed, or its process ended) until
     * it is started again. Set by the engine; a child process cannot tell for other processes' nodes and says yes.
     */
    public volatile java.util.function.Predicate<String> nodeRunning = id -> true;

    /** A node went down while the run goes on: connections no longer waited on as its next one are judged now. */
    public void nodeWentDown() {
        externalPeers.forEach(ExternalPeers::ownersChanged);
    }

    /** See {@link #ownersVersion}; any thread. */
    public int ownersVersion() {
        return ownersVersion.get();
    }

    /** A bound socket judged a connection a program's: messages that waited for it are looked up again. */
    public void connectionJudged() {
        ownersVersion.incrementAndGet();
    }

    /** Does {@code settle} at {@link #childrenReported()}. */
    void afterChildrenReported(Runnable settle) {
        afterChildren.add(settle);
    }

    /** The last word on connections is in (see {@link #afterChildren}): the waiting counts are done. */
    public void childrenReported() {
        for (Runnable settle : afterChildren) {
            settle.run();
            afterChildren.remove(settle);
        }
    }

    public WireRuntime wire(RunPlan.WirePlan plan) {
        return wires.get(plan.index);
    }
}
