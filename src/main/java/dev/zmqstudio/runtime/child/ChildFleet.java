package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.external.OutputTail;
import dev.zmqstudio.runtime.engine.RemoteNodes;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.trace.TraceRing;
import dev.zmqstudio.runtime.engine.WireState;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.runtime.security.AttachKeys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The child processes of a run: one per unit placed in a child process (a group of linked socket nodes, or a
 * device). Spawns them, follows their output and their exit, kills and restarts them, stops them all, and shows
 * their nodes to the snapshot as their last reports describe them.
 */
public final class ChildFleet implements RemoteNodes {
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final long FINAL_AFTER_EXIT_MS = 500;

    private final RunContext ctx;
    private final ChildLaunch launch;
    private final List<ChildProcess> children = new ArrayList<>();
    private final Map<String, ChildProcess> byNode = new HashMap<>();
    private final Map<Integer, TraceRing> rings = new LinkedHashMap<>();
    private final ChildHub hub;
    private Thread hubThread;
    private byte[] topologyJson;
    private volatile boolean stopping;
    /** Whether the children are the hosts of a deployment, started elsewhere. */
    private final boolean attached;

    /** {@code groupOf}: nodes that share one child process, by number (see {@link ProcessPacking}); others run alone. */
    public ChildFleet(RunContext ctx, ChildLaunch launch, Map<String, Integer> groupOf) {
        this(ctx, launch, groupOf, null, null);
    }

    /**
     * The hosts of a deployment as child processes this run does not start ({@link DeployedHosts#placement}): they
     * report to {@code endpoint}, which the hub binds as a CURVE server with the designer's pair of {@code keys}.
     */
    public static ChildFleet attached(RunContext ctx, Map<String, Integer> groupOf, String endpoint, AttachKeys keys) {
        return new ChildFleet(ctx, null, groupOf, endpoint, keys);
    }

    private ChildFleet(RunContext ctx, ChildLaunch launch, Map<String, Integer> groupOf, String attachAt, AttachKeys keys) {
        this.ctx = ctx;
        this.launch = launch;
        this.attached = attachAt != null;
        for (List<Node> unit : childProcesses(ctx.plan, groupOf)) {
            Set<Integer> sides = new HashSet<>();
            for (Node node : unit) {
                ctx.plan.sidesByNode.get(node.id()).forEach(s -> sides.add(s.index()));
            }
            ChildProcess child = new ChildProcess(children.size(), unit.stream().map(Node::id).toList(), sides,
                    ctx.plan.wires.size(), attached ? unit.getFirst().hostOrDefault() : null);
            children.add(child);
            unit.forEach(n -> byNode.put(n.id(), child));
            sides.forEach(s -> rings.put(s, new TraceRing(s)));
        }
        hub = attached ? ChildHub.attached(ctx, children, rings, attachAt, keys) : new ChildHub(ctx, children, rings);
    }

    /**
     * The nodes of each child process: the units of {@link #childUnits} each in its own, except those
     * {@code groupOf} puts together.
     */
    public static List<List<Node>> childProcesses(RunPlan plan, Map<String, Integer> groupOf) {
        List<List<Node>> processes = new ArrayList<>();
        Map<Integer, List<Node>> grouped = new LinkedHashMap<>();
        for (List<Node> unit : childUnits(plan)) {
            Integer group = groupOf.get(unit.getFirst().id());
            if (group == null) {
                processes.add(unit);
            } else {
                grouped.computeIfAbsent(group, g -> new ArrayList<>()).addAll(unit);
            }
        }
        processes.addAll(grouped.values());
        return processes;
    }

    /** Units placed in child processes: link groups of socket nodes, and devices. */
    public static List<List<Node>> childUnits(RunPlan plan) {
        List<List<Node>> units = new ArrayList<>();
        for (List<SocketNode> unit : plan.units) {
            if (plan.topology.placementOf(unit.getFirst()) == Placement.CHILD_PROCESS) {
                units.add(List.copyOf(unit));
            }
        }
        for (DeviceNode d : plan.devices) {
            if (plan.topology.placementOf(d) == Placement.CHILD_PROCESS) {
                units.add(List.of(d));
            }
        }
        return units;
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    /** Trace rings the hub fills with the children's samples, for the collector. */
    public List<TraceRing> rings() {
        return List.copyOf(rings.values());
    }

    /**
     * Starts the hub and spawns every child, taking {@code spares} (JVMs started ahead) where they fit and closing
     * the rest, or waits for the hosts of a deployment to report (returns at once).
     */
    public void startAll(SpareChildren spares) {
        hubThread = Thread.ofPlatform().name("zs-child-hub").daemon().start(hub);
        if (attached) {
            children.forEach(child -> {
                hub.register(child.identity(), child);
                ctx.log.line(child.id(), "waiting for host " + child.identity() + " to report at " + hub.endpoint());
            });
            return;
        }
        // The JVMs start first: writing the topology takes a cold JSON writer tens of milliseconds, which the
        // children spend starting; each reads it from its pipe once it is up.
        children.forEach(child -> spawn(child, spares));
        spares.close();
    }

    /** The hosts of an attached run that have not reported yet. */
    public List<String> hostsNotReady() {
        return children.stream().filter(c -> c.state() == ChildState.STARTING).map(ChildProcess::identity).toList();
    }

    /** Starts {@code child}'s process, or hands its nodes to one of {@code spares}. */
    private void spawn(ChildProcess child, SpareChildren spares) {
        String identity = child.identity();
        hub.register(identity, child);
        List<String> args = arguments(child);
        long at = System.nanoTime();
        byte[] assignment = SpareChildren.assignment(args); // first: a spare taken is then surely handed its options
        Process process = spares.take(launch, child.nodeIds.size());
        boolean spare = process != null;
        if (process == null) {
            List<String> command = new ArrayList<>(List.of(ChildNode.COMMAND));
            command.addAll(args);
            try {
                process = new ProcessBuilder(launch.command(command, child.nodeIds.size())).start();
            } catch (IOException e) {
                ctx.log.line(child.id(), "error: cannot start a child process: " + e.getMessage());
                child.started(null, at);
                child.exited(-1, stopping);
                ctx.nodeWentDown();
                return;
            }
        }
        child.started(process, at);
        sendTopology(child, process, spare ? assignment : new byte[0]);
        Process started = process;
        child.stderr.follow(started.getErrorStream(), line -> ctx.log.line(child.id(), "stderr: " + line));
        new OutputTail(1).follow(started.getInputStream(), line -> ctx.log.line(child.id(), line));
        child.exitHandledBy(started.onExit().thenAccept(p -> onExit(child, p)));
    }

    /** The options of the {@code node} command that runs {@code child}. */
    private List<String> arguments(ChildProcess child) {
        List<String> args = new ArrayList<>();
        for (String nodeId : child.nodeIds) {
            args.addAll(List.of("--unit", nodeId));
        }
        args.addAll(List.of("--hub", hub.endpoint(), "--id", child.identity(), "--parent-pid",
                Long.toString(ProcessHandle.current().pid()), "--output-dir", ctx.outputDir.toAbsolutePath().toString()));
        if (ctx.capture != null) {
            args.addAll(List.of(ChildNode.RECORD_OPTION, "every-message"));
        }
        if (ctx.curve != null) {
            args.addAll(List.of(ChildNode.KEYS_OPTION, ctx.curve.keys().path().toAbsolutePath().toString()));
        }
        return args;
    }

    /**
     * The topology goes to the child through its standard input, never through a file: a file would stay in the
     * temporary folder when this process is killed; a spare gets its {@code assignment} (its options) first. Written on its own thread, so that children start in parallel
     * whatever the size of the topology and the pipe's buffer.
     */
    private void sendTopology(ChildProcess child, Process process, byte[] assignment) {
        Thread.ofVirtual().name("zs-child-topology").start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(assignment);
                in.write(topologyJson());
            } catch (IOException e) {
                // the child ended before reading it all; its exit is reported like any other
            } catch (RuntimeException e) {
                // a child without its topology would wait for it: it ends, and its exit says why
                ctx.log.line(child.id(), "error: cannot write the topology for its child process: " + e);
                process.destroyForcibly();
            }
        });
    }

    /** The topology in the file format, written once for every child (the first pipe to need it writes it). */
    private synchronized byte[] topologyJson() {
        if (topologyJson == null) {
            topologyJson = launch.topologyJson().apply(ctx.plan.topology).getBytes(StandardCharsets.UTF_8);
        }
        return topologyJson;
    }

    private void onExit(ChildProcess child, Process p) {
        if (child.process() != p) {
            return; // an earlier incarnation
        }
        boolean planned = stopping;
        if (planned) {
            child.exited(p.exitValue(), true);
            return;
        }
        // the line first: whoever sees the node stopped finds why in its log
        if (child.killRequested()) {
            ctx.log.line(child.id(), "process " + p.pid() + " killed (Kill node): stopped, exit code " + p.exitValue());
        } else {
            ctx.log.line(child.id(), "error: process " + p.pid() + " exited with code " + p.exitValue());
        }
        child.exited(p.exitValue(), false);
        leave(ctx, child);
        ctx.nodeWentDown();
    }

    /** Whether node {@code id} is a child process's that ended during the run (until it is restarted). */
    public boolean down(String id) {
        ChildProcess child = byNode.get(id);
        return child != null && !child.alive();
    }

    /** A child's nodes are gone while the run goes on: its sides leave the gate, its connections show disconnected. */
    static void leave(RunContext ctx, ChildProcess child) {
        for (int side : child.sides) {
            RunPlan.SidePlan plan = ctx.plan.sides.get(side);
            ctx.gate.gone(plan); // a gate still waiting for this child's handshakes or subscriptions opens without them
            plan.connects().forEach(w -> ctx.wire(w).state(WireState.DISCONNECTED));
        }
    }

    /** Waits until every child is ready or gone; false on timeout. */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (children.stream().anyMatch(c -> c.state() == ChildState.STARTING)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(5);
        }
        return true;
    }

    /**
     * Sends a wire's new faults (or a reset, {@code faults} null) to the child that carries it: the one running its
     * connecting node, which opened a fault proxy for it. False when no running child carries the wire (one still
     * starting included). A restarted child starts again with the file's faults.
     */
    public boolean applyFaults(int wire, dev.zmqstudio.model.WireFaults faults) {
        RunPlan.WirePlan w = ctx.plan.wires.get(wire);
        ChildProcess child = byNode.get(w.connector().node().id());
        if (!w.faulted || child == null || !child.ready() || stopping) {
            return false; // a child still starting has not connected to the hub: a command now would be lost
        }
        hub.send(child, Telemetry.Command.fault(new Telemetry.Fault(wire, faults == null,
                faults == null ? dev.zmqstudio.model.WireFaults.NONE : faults)));
        return true;
    }

    /** Pauses or resumes node {@code nodeId} in its child process; false when no running child has it. */
    public boolean setPaused(String nodeId, boolean pause) {
        ChildProcess child = byNode.get(nodeId);
        if (child == null || !child.ready() || stopping) {
            return false;
        }
        hub.send(child, new Telemetry.Command(pause ? Telemetry.CommandKind.PAUSE : Telemetry.CommandKind.RESUME, 0,
                java.util.Map.of(nodeId, 1), 0));
        return true;
    }

    /** Kills the child running {@code nodeId} (SIGKILL); false when that node is not in a child process. */
    public boolean kill(String nodeId) {
        ChildProcess child = byNode.get(nodeId);
        if (child == null || child.process() == null || !child.alive()) {
            return false;
        }
        child.requestKill();
        child.process().destroyForcibly();
        return true;
    }

    /** Kills the child running {@code nodeId} if it still runs and starts it again; false when not a child node. */
    public boolean restart(String nodeId) {
        ChildProcess child = byNode.get(nodeId);
        if (child == null || stopping || attached) {
            return false; // a deployed host is its deployment's to restart
        }
        Process old = child.process();
        if (old != null && old.isAlive()) {
            child.requestKill();
            old.destroyForcibly();
            waitFor(old, STOP_GRACE);
        }
        // Its exit is handled on another thread: handled after the next incarnation began, it would be taken for the
        // new process's (as if that one had died at birth).
        child.awaitExitHandled(STOP_GRACE);
        child.nextIncarnation();
        spawn(child, SpareChildren.NONE); // the spares were closed once the run had started
        return true;
    }

    /** Asks every child to stop, waits for their final reports, then ends any that is left and the hub. */
    public void stopAll() {
        stopping = true;
        children.stream().filter(ChildProcess::alive)
                .forEach(c -> hub.send(c, Telemetry.Command.of(Telemetry.CommandKind.STOP)));
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ChildProcess child : children) {
            awaitFinal(child, deadline);
        }
        for (ChildProcess child : children) {
            Process p = child.process();
            if (p != null && !waitFor(p, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                p.destroyForcibly();
                waitFor(p, STOP_GRACE);
            }
        }
        hub.finish();
        if (hubThread != null) {
            try {
                hubThread.join(STOP_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Until the final report arrived, or the process ended a while ago without one, or the deadline. */
    private static void awaitFinal(ChildProcess child, long deadline) {
        Process p = child.process();
        long exitSeen = 0;
        try {
            while (System.nanoTime() < deadline && !child.finalReport().await(10, TimeUnit.MILLISECONDS)) {
                if (child.ready() && child.process() == null) {
                    continue; // a deployed host: its final report is all there is to wait for
                }
                if (p == null || !p.isAlive()) {
                    exitSeen = exitSeen == 0 ? System.nanoTime() : exitSeen;
                    if (System.nanoTime() - exitSeen > FINAL_AFTER_EXIT_MS * 1_000_000L) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<ChildStatus> statuses() {
        return children.stream().map(ChildProcess::status).toList();
    }

    public Optional<ChildStatus> status(String nodeId) {
        return Optional.ofNullable(byNode.get(nodeId)).map(ChildProcess::status);
    }

    /** Whether any child process or deployed host has been restarted in this run. */
    public boolean anyRestarted() {
        return children.stream().anyMatch(c -> c.restarts() > 0);
    }

    public boolean idle() {
        return children.stream().allMatch(c -> !c.alive() || (c.lastReport() != null && c.lastReport().idle()));
    }

    @Override
    public EngineSnapshot.NodeStats stats(Node node) {
        ChildProcess child = byNode.get(node.id());
        if (child == null) {
            return null;
        }
        ChildProcess.Seen seen = child.seen(node.id());
        EngineSnapshot.NodeStats n = seen.node();
        NodeState state = n == null ? NodeState.STARTING : n.state();
        String error = n == null ? null : n.error();
        EngineSnapshot.Errors errors = n == null ? EngineSnapshot.Errors.NONE : n.errors();
        ChildState cs = seen.state();
        if (cs == ChildState.EXITED || cs == ChildState.SILENT) {
            state = NodeState.ERROR;
            error = child.exitText(cs);
            if (cs == ChildState.EXITED) {
                errors = errors.plus(EngineSnapshot.Errors.of(error)); // a silence is counted once, when it began
            }
        } else if ((cs == ChildState.KILLED || cs == ChildState.STOPPED) && (state == NodeState.STARTING
                || state == NodeState.WAITING || state == NodeState.RUNNING)) {
            state = NodeState.STOPPED; // Kill node was asked for: the node stopped, it did not fail
        }
        if (n == null) {
            return new EngineSnapshot.NodeStats(node.id(), node.type().name(), state, 0, 0, error,
                    Map.of(), Map.of(), null, errors, 0, 0);
        }
        return new EngineSnapshot.NodeStats(n.id(), n.type(), state, n.sent(), n.received(), error, n.sides(),
                n.perSender(), n.aggregate(), errors, n.framesSent(), n.framesReceived(), n.countsBy(), n.queue());
    }

    @Override
    public List<EngineSnapshot.LinkStats> links() {
        List<EngineSnapshot.LinkStats> links = new ArrayList<>();
        for (ChildProcess child : children) {
            links.addAll(child.links());
        }
        return links;
    }

    @Override
    public long traffic() {
        long sum = 0;
        for (ChildProcess child : children) {
            Telemetry.Report r = child.lastReport();
            if (r != null) {
                for (EngineSnapshot.NodeStats n : r.nodes().values()) {
                    sum += n.sent() + n.received();
                }
            }
        }
        return sum;
    }
}
