package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.Clock;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.trace.TraceRing;
import dev.zmqstudio.runtime.engine.WireRuntime;

import dev.zmqstudio.runtime.security.AttachKeys;
import dev.zmqstudio.runtime.security.CurveSockets;
import dev.zmqstudio.runtime.security.KeyFolder;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The parent's end of the telemetry: one ROUTER on loopback that every child's DEALER connects to. Its thread
 * merges each report into the run (wire counters whose counting end is in the child, wire states, gate events,
 * connections, trace samples, log lines), tells every child which connection is which wire, and releases the
 * start gate (the parent's and the children's) once the gate is ready and every child has that map.
 */
final class ChildHub implements Runnable {
    private static final int POLL_MS = 5;
    /**
     * A deployed host that has not reported for this long is shown as gone (it reports every 20 ms, at most every
     * {@link ChildNode#LARGE_REPORT_MS} ms when it carries thousands of wires) until it reports again.
     */
    static final long HOST_SILENCE_NANOS = 5_000_000_000L;
    /** A round of the hub's loop this long after the last one means the hub itself was held up (GC, load). */
    private static final long STALL_NANOS = 1_000_000_000L;
    private long lastRoundNanos = System.nanoTime();

    private final RunContext ctx;
    private final ZContext zmq = new ZContext(1);
    private final ZMQ.Socket router;
    private final String endpoint;
    private final Map<String, ChildProcess> byIdentity = new ConcurrentHashMap<>();
    private final Map<Integer, TraceRing> rings;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final long epochOffset = Clock.epochOffsetNanos();
    private final List<ChildProcess> children;
    /** Per child incarnation, what it captured for the recording that its reports have not counted yet. */
    private final Map<String, CapturedSinceReport> captured = new HashMap<>();
    private volatile boolean running = true;
    /**
     * Deployed hosts hear from an attached designer at least this often (the sampling mask again), so that a host
     * whose designer went away stops ({@link ChildNode#DESIGNER_SILENCE_NANOS}), as a child stops without its parent.
     */
    static final long KEEP_ALIVE_NANOS = 2_000_000_000L;
    private long lastKeepAlive;
    /** The ZAP handler of an attached run's hub (null: a loopback hub of our own children). */
    private final CurveSockets curve;

    ChildHub(RunContext ctx, List<ChildProcess> children, Map<Integer, TraceRing> rings) {
        this(ctx, children, rings, null, null);
    }

    /**
     * The hub of an attached run: deployed hosts report to {@code endpoint} from other machines, so it is always a
     * CURVE server that lets in only the hosts' keys.
     *
     * @throws IllegalStateException when the designer's keys are missing or the endpoint cannot be bound
     */
    static ChildHub attached(RunContext ctx, List<ChildProcess> children, Map<Integer, TraceRing> rings, String endpoint,
                             AttachKeys keys) {
        return new ChildHub(ctx, children, rings, endpoint, keys);
    }

    private ChildHub(RunContext ctx, List<ChildProcess> children, Map<Integer, TraceRing> rings, String attachAt,
                     AttachKeys keys) {
        this.ctx = ctx;
        this.children = children;
        this.rings = rings;
        router = zmq.createSocket(SocketType.ROUTER);
        router.setLinger(0);
        router.setRcvHWM(0);
        // A restarted host comes back under its name while the old connection may still look open (its machine went
        // away without closing it): the newer connection takes the name, or its reports would go unheard.
        router.setRouterHandover(true);
        if (attachAt == null) {
            int port = router.bindToRandomPort("tcp://127.0.0.1");
            endpoint = "tcp://127.0.0.1:" + port;
            curve = null;
            return;
        }
        try {
            curve = keys.secureServer(zmq, router);
            router.bind(attachAt);
        } catch (KeyFolder.KeyException | org.zeromq.ZMQException e) {
            zmq.close();
            throw new IllegalStateException("cannot attach at " + attachAt + ": " + e.getMessage(), e);
        }
        endpoint = attachAt;
    }

    String endpoint() {
        return endpoint;
    }

    /** Reports sent under {@code identity} belong to {@code child} (its current incarnation). */
    void register(String identity, ChildProcess child) {
        byIdentity.put(identity, child);
    }

    /** Sends a command to a child from the hub's thread. */
    void send(ChildProcess child, Telemetry.Command command) {
        tasks.add(() -> sendNow(child, command));
    }

    void finish() {
        running = false;
    }

    @Override
    public void run() {
        ZMQ.Poller poller = zmq.createPoller(1);
        poller.register(router, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MS) > 0) {
                    receiveAll();
                }
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                shareConnections();
                shareSampling();
                openGate();
                long now = System.nanoTime();
                if (now - lastRoundNanos < STALL_NANOS) { // after a stall of this thread, first take what came meanwhile
                    noticeSilentHosts(now);
                }
                lastRoundNanos = now;
            }
            receiveAll();
        } finally {
            poller.close();
            if (curve != null) {
                curve.close();
            }
            zmq.close();
        }
    }

    private void receiveAll() {
        for (byte[] id = router.recv(ZMQ.DONTWAIT); id != null; id = router.recv(ZMQ.DONTWAIT)) {
            byte[] data = router.hasReceiveMore() ? router.recv(0) : null;
            String identity = new String(id, StandardCharsets.UTF_8);
            ChildProcess child = byIdentity.get(identity);
            if (data == null || child == null || !child.identity().equals(identity)) {
                continue; // an earlier incarnation, or not one of ours
            }
            try {
                if (CaptureCodec.isCapture(data)) {
                    if (ctx.capture != null) {
                        captured.computeIfAbsent(identity, c -> new CapturedSinceReport(ctx.plan))
                                .add(CaptureCodec.decode(data, epochOffset));
                    }
                    continue;
                }
                Telemetry.Report report = TelemetryCodec.report(data);
                CapturedSinceReport held = captured.get(identity);
                if (held != null) {
                    ctx.capture.inject(identity, held.countedBy(report));
                }
                synchronized (child) { // a Restart node on another thread waits: the report counts for one incarnation
                    if (child.identity().equals(identity)) { // not restarted since the check above
                        apply(child, report);
                    }
                }
            } catch (IOException e) {
                ctx.log.line(child.id(), "error: unreadable report from the child process: " + e.getMessage());
            }
        }
    }

    private void apply(ChildProcess child, Telemetry.Report r) {
        if (child.deployed()) {
            noticeRestart(child, r);
        }
        r.owners().forEach((address, wire) -> {
            if (!wire.equals(ctx.connectionOwners.get(address))) {
                ctx.ownConnection(address, wire);
            }
        });
        r.lines().forEach(l -> ctx.log.line(l.node(), l.text()));
        mirrorWires(child, r);
        r.wiresReady().forEach(ctx.gate::wireReady);
        r.subscriptions().forEach(s -> ctx.gate.subscriptionSeen(s.side(), s.topic()));
        r.wiresAbandoned().forEach(ctx.gate::wireAbandoned);
        r.forgotten().forEach(side -> ctx.gate.forget(ctx.plan.sides.get(side)));
        for (Telemetry.Sample s : r.samples()) {
            TraceRing ring = rings.get(s.side());
            if (ring != null) {
                ring.recordHashed(s.send(), s.wire(), s.seq(), s.hash(), s.preview(), 0, s.size(), s.envelope(),
                        s.epochNanos() - epochOffset);
            }
        }
        child.ownersAcked = r.ownersApplied();
        child.lastReport(child.identity(), r, System.nanoTime());
        switch (r.kind()) {
            case READY -> child.markReady(System.nanoTime());
            case FINAL -> child.finalReceived();
            default -> { }
        }
    }

    /**
     * A host sends READY once per process: one from a host that has reported before is a new process (its deployment
     * restarted it), which counts from zero, so what the earlier one counted becomes the base, and it gets the
     * connection map and GO like a host that has just come.
     */
    private void noticeRestart(ChildProcess child, Telemetry.Report r) {
        if (r.kind() == Telemetry.ReportKind.READY && child.lastReport() != null) {
            child.nextIncarnation();
            ctx.log.line(child.id(), "host " + child.identity() + " reports from a new process (pid " + r.pid()
                    + "): it was restarted; its counts go on from what it had counted");
        } else if (child.state() == ChildState.SILENT) {
            child.heardAgain();
            ctx.log.line(child.id(), "host " + child.identity() + " reports again");
        }
    }

    /** Deployed hosts that stopped reporting show as gone: their nodes in error, their connections disconnected. */
    private void noticeSilentHosts(long now) {
        for (ChildProcess child : children) {
            if (child.deployed() && child.state() == ChildState.RUNNING && now - child.heardNanos() > HOST_SILENCE_NANOS
                    && !ctx.stopping) {
                // the line first: whoever sees the node in error finds why in its log
                ctx.log.line(child.id(), "error: host " + child.identity() + " has not reported for "
                        + HOST_SILENCE_NANOS / 1_000_000_000L + " s: shown as stopped until it reports again");
                child.silent();
                ChildFleet.leave(ctx, child);
            }
        }
    }

    /** Copies the counters and states the child is the source of into the parent's wires. */
    private void mirrorWires(ChildProcess child, Telemetry.Report r) {
        for (WireRuntime w : ctx.wires) {
            int i = w.plan.index;
            if (i >= r.towardsBinder().length) {
                break;
            }
            if (w.plan.countsToBinder != null && child.sides.contains(w.plan.countsToBinder.index())) {
                w.towardsBinder.set(child.toBinder(i, r.towardsBinder()[i]));
            }
            if (w.plan.countsToConnector != null && child.sides.contains(w.plan.countsToConnector.index())) {
                w.towardsConnector.set(child.toConnector(i, r.towardsConnector()[i]));
            }
            if (child.sides.contains(w.plan.connector().index())
                    || (!ctx.plan.runs(w.plan.connector().node()) && child.sides.contains(w.plan.binder().index()))) {
                w.state(r.wireStates().get(i)); // its connecting end sees it; a program's connection, its binding end
            }
            mirrorPressure(child, r.pressure(), w);
        }
    }

    /** The pressure counters of a wire direction are the sender's: copied from the child that runs it. */
    private static void mirrorPressure(ChildProcess child, long[] pressure, WireRuntime w) {
        int at = w.plan.index * Telemetry.PRESSURE_PER_WIRE;
        if (at + Telemetry.PRESSURE_PER_WIRE > pressure.length) {
            return;
        }
        if (child.sides.contains(w.plan.connector().index())) {
            w.pressureTowardsBinder.mirror(pressure[at], pressure[at + 1], pressure[at + 2]);
        }
        if (child.sides.contains(w.plan.binder().index())) {
            w.pressureTowardsConnector.mirror(pressure[at + 3], pressure[at + 4], pressure[at + 5]);
        }
    }

    /** Every ready child gets the whole connection map whenever it has grown. */
    private void shareConnections() {
        int version = ctx.ownersVersion();
        Map<String, Integer> owners = null;
        for (ChildProcess child : children) {
            if (child.ready() && child.ownersSent != version) {
                if (owners == null) {
                    owners = new HashMap<>(ctx.connectionOwners);
                }
                sendNow(child, new Telemetry.Command(Telemetry.CommandKind.OWNERS, version, owners, 0));
                child.ownersSent = version;
            }
        }
    }

    /** Every ready child samples the message numbers the collector's current mask picks. */
    private void shareSampling() {
        long mask = ctx.sampleMask;
        long now = System.nanoTime();
        boolean keepAlive = curve != null && now - lastKeepAlive > KEEP_ALIVE_NANOS;
        if (keepAlive) {
            lastKeepAlive = now;
        }
        for (ChildProcess child : children) {
            if (child.ready() && (child.maskSent != mask || keepAlive)) {
                sendNow(child, new Telemetry.Command(Telemetry.CommandKind.SAMPLING, 0, Map.of(), mask));
                child.maskSent = mask;
            }
        }
    }

    /**
     * Opens the gate once it is ready and every ready child knows every connection (so no first message goes
     * uncounted); a child that becomes ready later gets GO once it has the map.
     */
    private void openGate() {
        boolean open = ctx.gate.isOpen();
        if (!open) {
            if (!ctx.gate.isReady() || !children.stream().filter(ChildProcess::ready).allMatch(this::knowsConnections)) {
                return;
            }
            ctx.gate.release();
        }
        for (ChildProcess child : children) {
            if (child.ready() && !child.goSent && knowsConnections(child)) {
                sendNow(child, Telemetry.Command.of(Telemetry.CommandKind.GO));
                child.goSent = true;
            }
        }
    }

    private boolean knowsConnections(ChildProcess child) {
        return child.ownersAcked == child.ownersSent;
    }

    private void sendNow(ChildProcess child, Telemetry.Command command) {
        router.sendMore(child.identity());
        router.send(TelemetryCodec.encode(command), 0);
    }
}
