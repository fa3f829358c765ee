package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.child.ChildFleet;
import dev.zmqstudio.runtime.child.DeployedHosts;
import dev.zmqstudio.runtime.security.AttachKeys;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.runtime.child.ChildStatus;
import dev.zmqstudio.runtime.child.SpareChildren;
import dev.zmqstudio.runtime.trace.Collector;
import dev.zmqstudio.runtime.external.CommandLaunch;
import dev.zmqstudio.runtime.external.CommandProcess;
import dev.zmqstudio.runtime.external.CommandsRefusedException;
import dev.zmqstudio.runtime.device.DeviceRunner;
import dev.zmqstudio.runtime.fault.ScenarioPlayer;
import dev.zmqstudio.runtime.fault.WireFaultProxies;
import dev.zmqstudio.runtime.gate.GatePlanner;
import dev.zmqstudio.runtime.logging.LogPublisher;
import dev.zmqstudio.runtime.security.CurveSockets;
import dev.zmqstudio.runtime.security.KeyFolder;
import dev.zmqstudio.runtime.logging.RunLogs;
import dev.zmqstudio.runtime.trace.Token;
import dev.zmqstudio.runtime.trace.TraceRing;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.model.Topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a topology with JeroMQ, in this process and in child processes (those the file asks for, and as many as it
 * takes when one process cannot hold every socket): one thread per group of linked socket nodes and per device
 * ({@link RunnerSet}), plus one bookkeeping thread. Start returns once every socket is bound and connected; Stop closes every
 * socket (linger 0) on its own thread and terminates the context, releasing every port. Never touches JavaFX.
 * Not reusable: make a new Engine to run again.
 */
public final class Engine implements AutoCloseable {
    private static final long JOIN_TIMEOUT_MS = 5_000;

    private final Topology topology;
    private final EngineOptions options;
    private RunContext ctx;
    private final List<UnitRunner> units = new ArrayList<>();
    private final List<DeviceRunner> devices = new ArrayList<>();
    private final List<CommandProcess> commands = new ArrayList<>();
    private RunnerSet local;
    private ChildFleet fleet;
    private Collector collector;
    private RunLogs logs;
    private Thread collectorThread;
    private SnapshotBuilder snapshots;
    private ScenarioPlayer scenario;
    /** The faults last sent to the child process that carries a wire, by wire index. */
    private final java.util.Map<Integer, WireFaults> childFaults = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running;
    /** How long a quiet run waits at most for messages still on their way (a starved thread may hold them). */
    static final int STRAGGLERS_SECONDS = 10;
    private MessagesOnTheWay onTheWay;
    private boolean stragglersLogged;
    /** Some node was restarted (Restart node, or a scenario's restart). */
    private volatile boolean restarted;
    private boolean gateLogged;
    /** What to record, when the run is recorded ({@link #record}). */
    private dev.zmqstudio.runtime.record.RecordOptions recording;
    private dev.zmqstudio.runtime.record.Capture capture;
    private SpareChildren spares = SpareChildren.NONE;

    /**
     * The file descriptors each process of the run may open: past it, nodes go to child processes
     * ({@link ProcessPacking}); none move without child processes to put them in.
     */
    private final long descriptorLimit;

    public Engine(Topology topology, EngineOptions options) {
        this(topology, options, DescriptorBudget.processLimit().orElse(Long.MAX_VALUE));
    }

    /** With another descriptor limit than this process's: to see the packing at a small scale in tests. */
    Engine(Topology topology, EngineOptions options, long descriptorLimit) {
        this.topology = topology;
        this.options = options;
        this.descriptorLimit = descriptorLimit;
    }

    public Topology topology() {
        return topology;
    }

    /**
     * The number of nodes of each child process a run of {@code topology} on this machine starts (by its placements
     * and this process's descriptor limit); empty when the topology cannot be planned (it is invalid: validation says
     * why).
     */
    public static List<Integer> childProcessSizes(Topology topology) {
        try {
            ProcessPacking.Packing packing = ProcessPacking.of(Hosts.onOneMachine(topology),
                    DescriptorBudget.processLimit().orElse(Long.MAX_VALUE));
            return ChildFleet.childProcesses(RunPlan.of(packing.placed()), packing.groupOf()).stream().map(List::size).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Child JVMs started ahead ({@link SpareChildren}) for the first children to use; call before {@link #start}. */
    public synchronized void useSpareChildren(SpareChildren spares) {
        if (ctx != null) {
            throw new IllegalStateException("spare children before start");
        }
        this.spares = spares;
    }

    /** Records the run's messages ({@code options}); call before {@link #start}. */
    public synchronized void record(dev.zmqstudio.runtime.record.RecordOptions options) {
        if (ctx != null) {
            throw new IllegalStateException("record before start");
        }
        this.recording = options;
    }

    /** The recording of this run's messages; null when it is not recorded or has not started. */
    public dev.zmqstudio.runtime.record.Capture capture() {
        return capture;
    }

    /**
     * Binds, connects and starts every node; returns when all sockets are set up, in this process and in every
     * child process (failures are on their nodes).
     */
    public synchronized void start() {
        if (ctx != null) {
            throw new IllegalStateException("an Engine runs once; create a new one to run again");
        }
        try {
            startNodes();
        } finally {
            spares.close(); // those not taken end now, even when the start failed
        }
    }

    private void startNodes() {
        List<CommandLaunch> launches = CommandLaunch.of(topology, options.commandDir());
        if (!launches.isEmpty() && !options.commands().approve(launches)) {
            throw new CommandsRefusedException(launches);
        }
        Topology placed = options.attached() ? DeployedHosts.placement(topology) : Hosts.onOneMachine(topology);
        ProcessPacking.Packing packing = options.children() == null || options.attached()
                ? ProcessPacking.of(placed, Long.MAX_VALUE) : ProcessPacking.of(placed, descriptorLimit);
        RunPlan plan = RunPlan.of(packing.placed());
        onTheWay = MessagesOnTheWay.of(plan);
        boolean children = !ChildFleet.childUnits(plan).isEmpty();
        if (children && options.children() == null && !options.attached()) {
            throw new IllegalStateException("child-process placement needs EngineOptions.withChildren(...)");
        }
        List<WireRuntime> wires = plan.wires.stream().map(WireRuntime::new).toList();
        wires.stream().filter(w -> !plan.runs(w.plan.connector().node()) && !plan.runs(w.plan.binder().node()))
                .forEach(w -> w.state(WireState.UNKNOWN)); // between two programs we do not run: we cannot see it
        logs = RunLogs.open(topology, options.log(), options.gateTimeout());
        ctx = new RunContext(plan, RunContext.contextFor(plan), wires, logs.sink(), options.outputDir());
        ctx.expressionBudgets = options.expressionBudgets();
        if (topology.wires().stream().anyMatch(topology::secured)) {
            ctx.curve = new CurveSockets(ctx.zmq, KeyFolder.beside(options.commandDir()));
        }
        GatePlanner.plan(plan, ctx.gate);
        if (packing.movesAny()) {
            ctx.log.line("engine", packing.summary(DescriptorBudget.needed(topology), descriptorLimit));
        }
        java.util.function.Predicate<Node> runsHere = node -> plan.topology.placementOf(node) != Placement.CHILD_PROCESS;
        ctx.faults = WireFaultProxies.open(ctx, node -> runsHere.test(node) && plan.runs(node));
        if (recording != null) {
            capture = new dev.zmqstudio.runtime.record.Capture(plan,
                    side -> runsHere.test(side.node()) && plan.runs(side.node()), side -> plan.runs(side.node()), recording);
            ctx.capture = capture;
        }
        local = new RunnerSet(ctx, runsHere);
        if (children) {
            ctx.gate.holdForRelease();
            fleet = options.attached() ? ChildFleet.attached(ctx, packing.groupOf(), options.attach(),
                    new AttachKeys(KeyFolder.beside(options.commandDir()).path()))
                    : new ChildFleet(ctx, options.children(), packing.groupOf());
            fleet.startAll(spares);
        }
        ctx.nodeRunning = id -> !local.down(id) && (fleet == null || !fleet.down(id));
        local.start();
        units.addAll(local.units());
        devices.addAll(local.devices());
        if (fleet != null && !fleet.awaitReady(options.childStartTimeout())) {
            ctx.log.line("engine", "warning: " + (options.attached() ? "hosts " + String.join(", ", fleet.hostsNotReady())
                    + " did not report" : "some child processes were not ready") + " after "
                    + options.childStartTimeout().toSeconds() + " s");
        }
        // Our sockets are bound and connecting: the programs of external nodes find them as they start.
        launches.forEach(launch -> commands.add(new CommandProcess(launch, ctx.log)));
        commands.forEach(CommandProcess::start);
        logs.startReaders(topology);
        ctx.gate.arm(options.gateTimeout().toNanos(), topology.settings().waitForConnections());
        snapshots = new SnapshotBuilder(ctx, units, devices, commands, fleet == null ? RemoteNodes.NONE : fleet,
                node -> logs.standInStats(node, running ? NodeState.RUNNING : NodeState.STOPPED));
        List<TraceRing> rings = new ArrayList<>(snapshots.handles().stream().map(h -> h.ring).toList());
        if (fleet != null) {
            rings.addAll(fleet.rings());
        }
        collector = new Collector(ctx, rings, snapshots::totalTraffic);
        collectorThread = Thread.ofPlatform().name("zs-collector").daemon().start(collector);
        scenario = new ScenarioPlayer(topology.scenario(), this::play, ctx.gate::openedAtNanos,
                line -> ctx.log.line("scenario", line));
        running = true;
        scenario.start();
    }

    /** Stops every node and child process and releases every socket and port. Blocks until done (call off the FX thread). */
    public synchronized void stop() {
        if (ctx == null || !running) {
            return;
        }
        running = false;
        scenario.stop();
        ctx.stopping = true; // first: a program stopped now does not show its wires as disconnected
        commands.forEach(CommandProcess::requestStop);
        local.join();
        if (fleet != null) {
            fleet.stopAll();
        }
        ctx.childrenReported();
        commands.forEach(CommandProcess::awaitStop);
        ctx.faults.close();
        if (capture != null) {
            capture.close();
        }
        collector.finish();
        join(collectorThread);
        if (ctx.curve != null) {
            ctx.curve.close();
        }
        closeContext();
        logs.close(); // last: the lines of the stop itself are published too
    }

    /**
     * Terminates the ZeroMQ context, waiting at most {@link #JOIN_TIMEOUT_MS}: termination waits for every socket to
     * close, and one that never does (a thread of a library that did not end) must not hang Stop, a run's end, or
     * the window. The sockets left open are reported; their ports stay taken until the process exits.
     */
    private void closeContext() {
        Thread closer = Thread.ofPlatform().name("zs-context-close").daemon().start(() -> {
            try {
                ctx.zmq.close();
            } catch (RuntimeException e) {
                ctx.log.line("engine", "warning: closing the sockets failed: " + e.getMessage());
            }
        });
        join(closer);
        if (closer.isAlive()) {
            ctx.log.line("engine", "warning: some sockets did not close within " + JOIN_TIMEOUT_MS / 1000
                    + " s; their ports stay taken until ZMQ Studio exits");
        }
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        spares.close();
        stop();
        if (logs != null) {
            logs.close(); // a start that failed half-way left the log publisher's port bound
        }
        if (ctx != null && ctx.curve != null) {
            ctx.curve.close();
        }
    }

    public boolean isRunning() {
        return running;
    }

    public void pause() {
        ctx.paused = true;
    }

    public void resume() {
        ctx.paused = false;
    }

    public boolean isPaused() {
        return ctx != null && ctx.paused;
    }

    /** While paused: every generator and requester sends one message. */
    public void step() {
        ctx.stepGeneration++;
    }

    public EngineSnapshot snapshot() {
        logGateOnce();
        return snapshots.build();
    }

    /** Messages node {@code nodeId} has received so far (cheap; for polling loops). */
    public long received(String nodeId) {
        if (local == null) {
            return 0;
        }
        NodeRuntime node = local.node(nodeId);
        if (node != null) {
            return node.handle == null ? 0 : node.handle.received.get();
        }
        EngineSnapshot.NodeStats remote = fleet == null ? null : topology.node(nodeId).map(fleet::stats).orElse(null);
        return remote == null ? 0 : remote.received();
    }

    /** System.nanoTime when generators were let go (the start gate opened); 0 before. */
    public long gateOpenedNanos() {
        return ctx == null ? 0 : ctx.gate.openedAtNanos();
    }

    /** Whether the start gate has opened (generators may send). */
    public boolean gateOpen() {
        return ctx != null && ctx.gate.isOpen();
    }

    /** Once the gate has opened: what it gave up waiting for, when it timed out (not when waiting is off). */
    private void logGateOnce() {
        if (!gateLogged && ctx.gate.isOpen()) {
            gateLogged = true;
            String pending = ctx.gate.pendingDescription(ctx.plan);
            if (!pending.isEmpty() && topology.settings().waitForConnections()) {
                Duration waited = options.gateTimeout();
                ctx.log.line("engine", "warning: generators started after waiting "
                        + (waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " s" : waited.toMillis() + " ms")
                        + " without waiting any longer: " + pending);
            }
        }
    }

    /**
     * True when there is at least one generator or requester and all of them are finished, failed or stopped (a
     * killed child); in a
     * topology without any, when every launched command has exited (its programs are the sources).
     */
    public boolean generatorsFinished() {
        if (local == null) {
            return false;
        }
        boolean any = false;
        for (Node node : topology.nodes()) {
            if (node instanceof dev.zmqstudio.model.SocketNode s
                    && (s.behaviour() instanceof Behaviour.Generator || s.behaviour() instanceof Behaviour.Requester
                    || s.behaviour() instanceof Behaviour.Producer p && p.template() != null)) {
                NodeState state = stateOf(s);
                if (state == null) {
                    continue; // external
                }
                any = true;
                if (state != NodeState.FINISHED && state != NodeState.ERROR && state != NodeState.STOPPED) {
                    return false;
                }
            }
        }
        return any || !commands.isEmpty() && commands.stream().allMatch(CommandProcess::exited);
    }

    private NodeState stateOf(Node node) {
        NodeRuntime runtime = local.node(node.id());
        if (runtime != null) {
            return runtime.state();
        }
        EngineSnapshot.NodeStats remote = fleet == null ? null : fleet.stats(node);
        return remote == null ? null : remote.state();
    }

    /**
     * True when every generator and requester is done, the scenario has played, no counter has moved for {@code quiet}, and no runner
     * has a message pending (a receiver still busy with a backlog is not quiet), nor has any PUSH sent a message that
     * its PULL has not received yet ({@link MessagesOnTheWay}), unless nothing has moved for
     * {@value #STRAGGLERS_SECONDS} s.
     */
    public boolean isQuiet(java.time.Duration quiet) {
        long silent = System.nanoTime() - collector.lastActivityNanos();
        if (!generatorsFinished() || !scenarioDone() || silent < quiet.toNanos()) {
            return false;
        }
        if (!(local.idle() && (fleet == null || fleet.idle()) && logs.idle())) {
            return false;
        }
        // A restarted node dropped what its old sockets held, and counts on from its old counts: the sums cannot tell.
        boolean restarts = restarted || fleet != null && fleet.anyRestarted();
        if (onTheWay.isEmpty() || restarts || silent >= STRAGGLERS_SECONDS * 1_000_000_000L) {
            return true;
        }
        long waiting = onTheWay.count(snapshot()).orElse(0);
        if (waiting > 0 && !stragglersLogged) {
            stragglersLogged = true;
            ctx.log.line("engine", waiting + (waiting == 1 ? " message" : " messages") + " sent but not received yet:"
                    + " waiting for them (at most " + STRAGGLERS_SECONDS + " s with nothing moving)");
        }
        return waiting <= 0;
    }

    /** How the run's log publisher went; empty when the topology has none. */
    public Optional<LogPublisher.Stats> logPublisher() {
        return logs == null ? Optional.empty() : logs.publisherStats();
    }

    /** Why the topology's log publisher could not bind; null when it did, or there is none. */
    public String logPublisherError() {
        return logs == null ? null : logs.publisherError();
    }

    /** Nanos (System.nanoTime) when any counter last changed. */
    public long lastActivityNanos() {
        return collector.lastActivityNanos();
    }

    /** Hands at most {@code max} sampled message tokens to {@code sink}; returns how many. For the animation. */
    public int drainTokens(Consumer<Token> sink, int max) {
        int n = 0;
        Token t;
        while (n < max && (t = collector.tokens().poll()) != null) {
            sink.accept(t);
            n++;
        }
        return n;
    }

    /** The child processes of this run (empty when every node runs in-process). */
    public List<ChildStatus> children() {
        return fleet == null ? List.of() : fleet.statuses();
    }

    /** The child process that runs node {@code nodeId}, if it runs in one. */
    public Optional<ChildStatus> child(String nodeId) {
        return fleet == null ? Optional.empty() : fleet.status(nodeId);
    }

    /**
     * Kills node {@code nodeId}, as a fault to watch the others reconnect: its child process (SIGKILL), or, for a node
     * of this process, its runner (its sockets close, the nodes linked to it go too); its nodes show STOPPED (asked
     * for, so not an error). False when the node is not one we run, or not running.
     */
    public boolean killNode(String nodeId) {
        if (!running) {
            return false;
        }
        if (local.unitOf(nodeId) != null) {
            boolean killed = local.kill(nodeId);
            if (killed) {
                ctx.log.line(nodeId, "killed (Kill node): stopped");
            }
            return killed;
        }
        boolean killed = fleet != null && fleet.kill(nodeId);
        if (killed) {
            forgetChildFaults(nodeId);
        }
        return killed;
    }

    /** A child that ends forgets the faults sent to it; started again, it has the file's. */
    private void forgetChildFaults(String nodeId) {
        Optional<ChildStatus> child = fleet.status(nodeId);
        for (RunPlan.WirePlan w : ctx.plan.wires) {
            Optional<ChildStatus> carrier = fleet.status(w.connector().node().id());
            if (child.isPresent() && carrier.isPresent() && carrier.get().id().equals(child.get().id())) {
                childFaults.remove(w.index);
            }
        }
    }

    /**
     * Kills node {@code nodeId} if it still runs and starts it again; counts go on from where they were. A child
     * process: blocks until the new process is spawned (not until it is ready); a node of this process: until it is
     * bound and connected again. False when the node is not one we run.
     */
    public boolean restartNode(String nodeId) {
        if (!running) {
            return false;
        }
        if (local.unitOf(nodeId) != null) {
            UnitRunner fresh = local.restart(nodeId);
            if (fresh != null) {
                restarted = true;
                snapshots.replace(fresh);
                ctx.log.line(nodeId, "restarted (Restart node)");
            }
            return fresh != null;
        }
        boolean again = fleet != null && fleet.restart(nodeId);
        if (again) {
            restarted = true;
            forgetChildFaults(nodeId);
        }
        return again;
    }

    /**
     * Sets what wire {@code wireId}'s network does from now on (a cut resets its connections and refuses new ones
     * until healed). False when this process does not carry the wire through a fault proxy: the wire has no
     * faults in the file (nor scenario events), or its connecting socket runs in a child process.
     */
    public boolean applyFaults(String wireId, WireFaults faults) {
        int wire = wireIndex(wireId);
        if (!running || wire < 0) {
            return false;
        }
        if (ctx.faults.apply(wire, faults)) {
            return true;
        }
        if (fleet != null && fleet.applyFaults(wire, faults)) {
            childFaults.put(wire, faults);
            return true;
        }
        return false;
    }

    /** Resets the wire's open connections once (its connecting socket reconnects); false as {@link #applyFaults}. */
    public boolean resetWire(String wireId) {
        int wire = wireIndex(wireId);
        return running && wire >= 0 && (ctx.faults.reset(wire) || fleet != null && fleet.applyFaults(wire, null));
    }

    /**
     * What wire {@code wireId}'s network does now (for a wire a child process carries, as last set); empty when no
     * process of the run carries it through a fault proxy.
     */
    public Optional<WireFaults> faults(String wireId) {
        int wire = wireIndex(wireId);
        if (ctx == null || wire < 0) {
            return Optional.empty();
        }
        Optional<WireFaults> local = ctx.faults.faults(wire);
        if (local.isPresent()) {
            return local;
        }
        RunPlan.WirePlan w = ctx.plan.wires.get(wire);
        boolean child = w.faulted && fleet != null && fleet.status(w.connector().node().id()).isPresent();
        return child ? Optional.of(childFaults.getOrDefault(wire, w.wire.faults() == null ? WireFaults.NONE : w.wire.faults()))
                : Optional.empty();
    }

    /** The scenario's events played so far, in order, with when each was applied. */
    public List<ScenarioPlayer.Played> scenarioPlayed() {
        return scenario == null ? List.of() : scenario.played();
    }

    /** True when the scenario has played every event (or has none). */
    public boolean scenarioDone() {
        return scenario == null || scenario.done();
    }

    private int wireIndex(String wireId) {
        if (ctx == null) {
            return -1;
        }
        for (RunPlan.WirePlan w : ctx.plan.wires) {
            if (w.wire.id().equals(wireId)) {
                return w.index;
            }
        }
        return -1;
    }

    /**
     * Pauses socket node {@code nodeId}: it takes no messages and sends none (its generator waits), so what is sent
     * to it queues up to its high-water mark, then its senders block or drop as ZeroMQ does. False when the run has
     * no such socket node of ours (a device, or a program we do not run).
     */
    public boolean pauseNode(String nodeId) {
        return setPaused(nodeId, true);
    }

    /** Resumes a paused node; false as {@link #pauseNode}. */
    public boolean resumeNode(String nodeId) {
        return setPaused(nodeId, false);
    }

    private boolean setPaused(String nodeId, boolean pause) {
        if (!running) {
            return false;
        }
        return local.setPaused(nodeId, pause) || fleet != null && fleet.setPaused(nodeId, pause);
    }

    /** One scenario event; null when applied, else why not. */
    private String play(ScenarioEvent event) {
        if (event.action() == ScenarioAction.PAUSE || event.action() == ScenarioAction.RESUME) {
            boolean done = event.action() == ScenarioAction.PAUSE ? pauseNode(event.target()) : resumeNode(event.target());
            return done ? null : "node " + event.target() + " is not a running socket node of this run";
        }
        if (event.action() == ScenarioAction.KILL) {
            return killNode(event.target()) ? null : "node " + event.target() + " is not a running node of this run";
        }
        if (event.action() == ScenarioAction.RESTART) {
            return restartNode(event.target()) ? null : "node " + event.target() + " is not a node this run runs";
        }
        Optional<WireFaults> now = faults(event.target());
        if (now.isEmpty()) {
            return "wire " + event.target() + " is not carried by a fault proxy (its connecting socket is not running)";
        }
        boolean applied = event.action() == ScenarioAction.RESET ? resetWire(event.target())
                : applyFaults(event.target(), event.applyTo(now.get()));
        return applied ? null : "the process that carries wire " + event.target() + " is not running, or a heal"
                + " found its port taken";
    }
}
