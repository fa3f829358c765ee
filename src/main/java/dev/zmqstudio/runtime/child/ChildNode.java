package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.gate.GateEvents;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.RunnerSet;
import dev.zmqstudio.runtime.engine.SocketHandle;
import dev.zmqstudio.runtime.engine.WireRuntime;
import dev.zmqstudio.runtime.fault.WireFaultProxies;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The child-process side of a run: runs one unit of a topology (a group of linked socket nodes, or a device)
 * with the same runners as in-process, and reports to the parent over a DEALER socket connected to the parent's
 * ROUTER: a report once its sockets are set up, then batches every {@value #REPORT_MS} ms (less often in a large
 * topology, or when no one watches the run live: {@link #reportMillis}). Its start
 * gate opens when the parent says so; it stops on the parent's STOP (after a final report) or when the parent
 * process is gone.
 */
public final class ChildNode {
    static final long REPORT_MS = 20;
    /**
     * A report carries every wire of the topology, and one hub thread reads the reports of every child: a large
     * topology reports less often (measured: 3 children of 2,600 nodes each reporting 5,000 wires every 20 ms kept
     * the parent's hub so far behind that the start gate never opened).
     */
    static final long LARGE_REPORT_MS = 500;
    private static final int WIRES_PER_REPORT_STEP = 250;
    private static final int LINGER_MS = 5_000;
    /** The app's command that starts a child (the class {@code NodeCommand} of the command line). */
    public static final String COMMAND = "node";
    /** The option that makes a child capture every message for the parent's recording. */
    public static final String RECORD_OPTION = "--record";
    private static final long CAPTURE_MS = 5;

    private final Topology topology;
    private final Set<String> unit;
    private final String hub;
    private final String identity;
    private final Path outputDir;
    private final Path keys;
    /** Option naming the key folder, given when the topology secures wires with CURVE. */
    public static final String KEYS_OPTION = "--keys";
    private final boolean record;
    /** The run's capture of this child's sockets, when recorded (null: not recorded). */
    private dev.zmqstudio.runtime.record.Capture capture;
    private final long epochOffset = dev.zmqstudio.runtime.engine.Clock.epochOffsetNanos();
    private int ownersApplied;
    private volatile boolean stopRequested;
    /** Standalone: the file written once the sockets are set up (null: none). */
    private Path readyFile;
    /** The key pairs that secure the telemetry to an attached designer (null: the parent's loopback hub). */
    private dev.zmqstudio.runtime.security.AttachKeys attachKeys;
    private static final long PRINT_MS = 100;
    /** A deployed host stops once its attached designer has been silent this long (it says something every 2 s). */
    static final long DESIGNER_SILENCE_NANOS = 15_000_000_000L;
    /** When the telemetry thread last heard from the hub. */
    private long lastHeard = System.nanoTime();
    private RunnerSet runners;

    /**
     * @param unit     ids of the nodes to run (one link group, or one device)
     * @param hub      the parent's ROUTER endpoint, or an attached designer's; null: a host that reports to nobody
     * @param identity  this child's name at the parent (unit index and incarnation)
     * @param outputDir the parent's folder for relative record paths
     * @param record   whether the parent records the run: then every message is captured and sent to it
     * @param keys     the topology's key folder, when it secures wires with CURVE (else null)
     */
    public ChildNode(Topology topology, List<String> unit, String hub, String identity, Path outputDir, boolean record,
                     Path keys) {
        this.record = record;
        this.keys = keys;
        this.topology = topology;
        this.unit = Set.copyOf(unit);
        this.hub = hub;
        this.identity = identity;
        this.outputDir = outputDir;
    }

    /** Runs until the parent says stop or goes away; returns the exit code (0, or 3 when a node had errors). */
    public int run(long parentPid) {
        ParentWatch.start(parentPid, 0);
        return runUntilStopped();
    }

    /**
     * Runs on its own, as one host of a deployment: until SIGTERM or SIGINT, or, when it reports to an attached
     * designer, until the designer says stop. Writes {@code readyFile} (when not null) once every socket is bound
     * and connected, for health checks.
     */
    public int runStandalone(Path readyFile) {
        this.readyFile = readyFile;
        StopSignals.onStop(() -> stopRequested = true);
        return runUntilStopped();
    }

    private int runUntilStopped() {
        RunPlan plan = RunPlan.of(topology);
        List<WireRuntime> wires = plan.wires.stream().map(WireRuntime::new).toList();
        LineQueue lines = new LineQueue();
        GateEvents gateEvents = new GateEvents();
        RunContext ctx = new RunContext(plan, RunContext.contextFor(plan), wires, lines, outputDir);
        if (keys != null) {
            ctx.curve = new dev.zmqstudio.runtime.security.CurveSockets(ctx.zmq, new dev.zmqstudio.runtime.security.KeyFolder(keys));
        }
        if (hub != null) {
            ctx.gate.holdForRelease();
        }
        ctx.gate.relayTo(gateEvents);
        ctx.faults = WireFaultProxies.open(ctx, this::isMine); // the faults the file sets on wires this child connects
        if (record) {
            capture = dev.zmqstudio.runtime.record.Capture.relay(plan, side -> isMine(side.node()), side -> plan.runs(side.node()));
            ctx.capture = capture;
        }
        runners = new RunnerSet(ctx, this::isMine);
        Set<Integer> ownSides = new HashSet<>();
        plan.sides.stream().filter(s -> isMine(s.node())).forEach(s -> ownSides.add(s.index()));
        ZMQ.Socket socket = hub == null ? null : telemetrySocket(ctx);
        runners.start();
        ChildReporter reporter = new ChildReporter(ctx, runners, gateEvents, lines, ownSides);
        Telemetry.Report last;
        if (socket != null) {
            socket.send(TelemetryCodec.encode(reporter.report(Telemetry.ReportKind.READY, ownersApplied)), 0);
            ReadyFile.write(readyFile, lines);
            loop(ctx, socket, reporter);
            last = stopAndReport(ctx, socket, reporter);
        } else {
            last = runOnItsOwn(ctx, reporter, lines);
        }
        if (ctx.curve != null) {
            ctx.curve.close();
        }
        ctx.zmq.close(); // lingers until the last reports are out
        return last.nodes().values().stream().anyMatch(EngineSnapshot.NodeStats::hadErrors) ? 3 : 0;
    }

    /**
     * The DEALER the reports go out on: to the parent's hub over loopback, or to an attached designer as a CURVE client
     * with this host's pair of the attach keys.
     */
    private ZMQ.Socket telemetrySocket(RunContext ctx) {
        ZMQ.Socket socket = ctx.zmq.createSocket(SocketType.DEALER);
        socket.setIdentity(identity.getBytes(StandardCharsets.UTF_8));
        socket.setLinger(LINGER_MS);
        socket.setSndHWM(0);
        // JeroMQ sometimes never starts a fresh connection's handshake (see SocketHandle): the reports would wait 30 s.
        socket.setHandshakeIvl(SocketHandle.HANDSHAKE_TIMEOUT_MS);
        if (attachKeys != null) {
            try {
                attachKeys.secureClient(socket, identity);
            } catch (dev.zmqstudio.runtime.security.KeyFolder.KeyException e) {
                throw new IllegalStateException("cannot secure the telemetry to the designer: " + e.getMessage(), e);
            }
        }
        socket.connect(hub);
        return socket;
    }

    /** After STOP: stops the nodes, sends what is left (lines, captures) and the final report; returns it. */
    private Telemetry.Report stopAndReport(RunContext ctx, ZMQ.Socket socket, ChildReporter reporter) {
        ctx.stopping = true;
        runners.join();
        ctx.faults.close();
        takeLastConnections(ctx, socket);
        reporter.collectSamples();
        Telemetry.Report last = reporter.report(Telemetry.ReportKind.REPORT, ownersApplied);
        sendCaptured(socket);
        while (reporter.hasLines()) {
            socket.send(TelemetryCodec.encode(last), 0);
            last = reporter.report(Telemetry.ReportKind.REPORT, ownersApplied);
        }
        socket.send(TelemetryCodec.encode(withKind(last, Telemetry.ReportKind.FINAL)), 0);
        socket.close();
        return last;
    }

    /**
     * A host with no designer: its gate opens at once (the nodes start as ZeroMQ peers do, each when it is up), its
     * nodes' lines go to standard output (a container's log), and once stopped it prints each node's totals.
     */
    private Telemetry.Report runOnItsOwn(RunContext ctx, ChildReporter reporter, LineQueue lines) {
        ctx.gate.release();
        ReadyFile.write(readyFile, lines);
        printUntilStopped(lines);
        ctx.stopping = true;
        runners.join();
        ctx.faults.close();
        ctx.childrenReported(); // no parent will tell more: a connection still not known is a program's
        printLines(lines);
        Telemetry.Report last = reporter.report(Telemetry.ReportKind.FINAL, ownersApplied);
        last.nodes().values().forEach(n -> System.out.println(n.id() + ": sent " + n.sent() + ", received "
                + n.received() + (n.error() == null ? "" : ", error: " + n.error())));
        System.out.flush();
        return last;
    }

    /** Prints the nodes' lines until the host is told to stop. */
    private void printUntilStopped(LineQueue lines) {
        while (!stopRequested) {
            printLines(lines);
            try {
                Thread.sleep(PRINT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void printLines(LineQueue lines) {
        for (Telemetry.Line line : lines.drain(Integer.MAX_VALUE)) {
            System.out.println(line.node() + ": " + line.text());
        }
        System.out.flush();
    }

    /** Reports to an attached designer, secured with these keys. */
    public ChildNode attachedWith(dev.zmqstudio.runtime.security.AttachKeys keys) {
        this.attachKeys = keys;
        return this;
    }

    private boolean isMine(Node node) {
        return unit.contains(node.id());
    }


    private static Telemetry.Report withKind(Telemetry.Report r, Telemetry.ReportKind kind) {
        return new Telemetry.Report(kind, r.pid(), r.ownersApplied(), r.idle(), r.nodes(), r.links(), r.towardsBinder(),
                r.towardsConnector(), r.wireStates(), r.pressure(), r.wiresReady(), r.subscriptions(), r.wiresAbandoned(),
                r.forgotten(), r.owners(), r.samples(), r.lines());
    }

    /**
     * {@code base} ms ({@value #REPORT_MS} unless the parent asked for less often, {@link ChildLaunch#reportingEvery})
     * up to 250 wires, one more step for each 250 more, at most {@value #LARGE_REPORT_MS} ms.
     */
    static long reportMillis(int wires, long base) {
        long step = Math.clamp(base, REPORT_MS, LARGE_REPORT_MS);
        return Math.min(LARGE_REPORT_MS, step * Math.max(1, (wires + WIRES_PER_REPORT_STEP - 1) / WIRES_PER_REPORT_STEP));
    }

    /** Sleeps in poll until a command or the next report is due: about 50 wake-ups a second when nothing happens. */
    private void loop(RunContext ctx, ZMQ.Socket socket, ChildReporter reporter) {
        long runningNanos = reportMillis(ctx.plan.wires.size(), Long.getLong(ChildLaunch.REPORT_PROPERTY, REPORT_MS))
                * 1_000_000L;
        // Until GO the parent waits for this child's handshakes and subscriptions, which reports carry: they go at
        // the usual pace then, even in a run that asked for fewer reports once it runs.
        long startingNanos = reportMillis(ctx.plan.wires.size(), REPORT_MS) * 1_000_000L;
        long reportNanos = startingNanos;
        long nextReport = System.nanoTime() + reportNanos;
        ZMQ.Poller poller = ctx.zmq.createPoller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        while (!stopRequested) {
            boolean answer = false;
            long waitMs = Math.max(0, (nextReport - System.nanoTime()) / 1_000_000L);
            if (capture != null) {
                waitMs = Math.min(waitMs, CAPTURE_MS); // the sockets' capture queues are taken often
            }
            if (poller.poll(waitMs) > 0) {
                for (byte[] data = socket.recv(ZMQ.DONTWAIT); data != null; data = socket.recv(ZMQ.DONTWAIT)) {
                    answer |= apply(ctx, data);
                    lastHeard = System.nanoTime();
                }
            }
            long now = System.nanoTime();
            if (attachKeys != null && ctx.gate.isOpen() && now - lastHeard > DESIGNER_SILENCE_NANOS) {
                System.err.println("host " + identity + ": the designer at " + hub + " has not been heard for "
                        + DESIGNER_SILENCE_NANOS / 1_000_000_000L + " s: stopping"); // no one reads its reports now
                stopRequested = true;
            }
            if (answer || now >= nextReport) {
                reporter.collectSamples();
                Telemetry.Report report = reporter.report(Telemetry.ReportKind.REPORT, ownersApplied);
                // Captured after the counts were read: the parent then holds all a report counts when it comes.
                sendCaptured(socket);
                socket.send(TelemetryCodec.encode(report), 0);
                reportNanos = ctx.gate.isOpen() ? runningNanos : startingNanos;
                nextReport = now + reportNanos;
            } else {
                sendCaptured(socket);
            }
        }
        poller.close();
    }

    /**
     * Telemetry thread: sends what the sockets captured since the last call. Taken often, so that they never wait
     * for room while the parent keeps up.
     */
    private void sendCaptured(ZMQ.Socket socket) {
        if (capture == null) {
            return;
        }
        List<dev.zmqstudio.runtime.record.Captured> batch = capture.drain();
        if (!batch.isEmpty()) {
            socket.send(CaptureCodec.encode(batch, epochOffset), 0);
        }
    }

    /**
     * After the nodes stopped: the connection maps the parent sent meanwhile, then what the sockets took over
     * connections still not known is counted (see {@code RunContext.childrenReported}), before the final report.
     */
    private void takeLastConnections(RunContext ctx, ZMQ.Socket socket) {
        for (byte[] data = socket.recv(ZMQ.DONTWAIT); data != null; data = socket.recv(ZMQ.DONTWAIT)) {
            Telemetry.Command command = decode(ctx, data);
            if (command != null && command.kind() == Telemetry.CommandKind.OWNERS) {
                applyOwners(ctx, command);
            }
        }
        ctx.childrenReported();
    }

    /** The parent's command in {@code data}, or null (logged) when it cannot be read. */
    private Telemetry.Command decode(RunContext ctx, byte[] data) {
        try {
            return TelemetryCodec.command(data);
        } catch (IOException e) {
            ctx.log.line(identity, "error: unreadable command from the parent: " + e.getMessage());
            return null;
        }
    }

    private void applyOwners(RunContext ctx, Telemetry.Command owners) {
        owners.owners().forEach(ctx::ownConnection);
        ownersApplied = owners.ownersVersion();
    }

    /** Applies one command; true when the parent waits for an answer (an acknowledgement of the owners). */
    private boolean apply(RunContext ctx, byte[] data) {
        Telemetry.Command command = decode(ctx, data);
        if (command == null) {
            return false;
        }
        switch (command.kind()) {
            case OWNERS -> {
                applyOwners(ctx, command);
                return true;
            }
            case SAMPLING -> ctx.sampleMask = command.sampleMask();
            case GO -> ctx.gate.release();
            case STOP -> stopRequested = true;
            case PAUSE, RESUME -> command.owners().keySet().forEach(id ->
                    runners.setPaused(id, command.kind() == Telemetry.CommandKind.PAUSE));
            case FAULT -> {
                Telemetry.Fault f = command.fault();
                boolean applied = f.reset() ? ctx.faults.reset(f.wire()) : ctx.faults.apply(f.wire(), f.faults());
                if (!applied) {
                    ctx.log.line("faults", "wire " + ctx.plan.wires.get(f.wire()).wire.id()
                            + ": not applied (not carried here, or its port could not be listened on again)");
                }
            }
        }
        return false;
    }
}
