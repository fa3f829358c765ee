package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.record.SideTap;
import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.external.ExternalPeers;
import dev.zmqstudio.runtime.trace.MessageNumbers;
import dev.zmqstudio.runtime.trace.TraceRing;
import dev.zmqstudio.runtime.trace.WirePressure;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Transport;
import org.zeromq.ZContext;
import org.zeromq.ZEvent;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMonitor;
import zmq.Msg;
import zmq.SocketBase;
import zmq.io.Metadata;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One live ZeroMQ socket of a node side, owned by one thread. It counts every message it sends and receives,
 * tells which wire a received message came over (inproc: the only wire; tcp and ipc: the connection's
 * Peer-Address metadata), bumps the wire counters its end is responsible for, and feeds the sampler. It never adds bytes.
 */
public final class SocketHandle implements AutoCloseable {
    private static final int SEND_TIMEOUT_MS = 100;
    /** A blocking receive returns at least this often, so its thread notices Stop. */
    static final int RECEIVE_TIMEOUT_MS = 100;
    /**
     * How long a new connection may take over its ZMTP handshake before it is dropped and made again. JeroMQ 0.6.0
     * sometimes never starts the handshake of a connection it has just made: its I/O thread registers the new
     * channel in the same pass that cancels the connecter's key, so the channel is never polled (jeromq PR #1022).
     * With libzmq's 30 s default such a wire sits dead for 30 s; 2 s is still ample for a handshake over a slow
     * network.
     */
    public static final int HANDSHAKE_TIMEOUT_MS = 2_000;

    public final RunPlan.SidePlan plan;
    final Counter sent = new Counter();
    final Counter received = new Counter();
    /** The frames of the messages counted by {@link #sent} and {@link #received}. */
    final Counter framesSent = new Counter();
    final Counter framesReceived = new Counter();
    public final TraceRing ring;
    /** A PUB is opened as a verbose XPUB so the gate can see its subscribers' subscriptions arrive. */
    final boolean seesSubscriptions;
    /** Frames of the last message received (reused). */
    public final List<Msg> frames = new ArrayList<>(4);

    private final RunContext ctx;
    private final ZMQ.Socket socket;
    private final SocketBase base;
    private final Counter[] receiveCounters;
    private final Counter sendCounter;
    private final int sendWire;
    private final int onlyInprocWire;
    /** The programs we do not run that connect to this bound socket (null: none is drawn). */
    final ExternalPeers externalPeers;
    /** A ROUTER that counts what it sends by the identity it routes by (null: not needed). */
    private final RouterRoutes routes;
    /** The external peer the last message came from (null: one of ours, or not known). */
    private ExternalPeers.Peer lastPeer;
    /** Pressure counters of the wire directions this socket sends on. */
    private final WirePressure[] outPressures;
    /** A publisher's subscribers whose filters we know: what each should receive, and how each numbers it. */
    private final Subscribers subscribers;
    /** When this message's per-subscriber samples were stamped (0: none due). */
    private long fanOutAt;
    /** Whether this socket's own count numbers what it sends as its one peer counts it ({@link MessageNumbers}). */
    private final boolean numbersSends;
    /** Per wire: whether this socket numbers what it receives on it by the wire's own count. */
    private final boolean[] numbersReceipts;
    private final Map<String, Integer> remoteBinders = new HashMap<>();
    private final Map<String, Integer> wireByConnectAddress = new HashMap<>();
    private final OpenedWires opened;
    private Metadata lastMetadata;
    private int lastWire = -1;
    private boolean lastResolved;
    private int lastOwnersVersion;
    /** The peer address of the last message's connection (null: not a tcp connection). */
    private String lastPeerAddress;
    /** Messages from connections of ours not known yet (see {@link LateConnections}); null: none can come. */
    private final LateConnections late;
    /** Set (from any thread) to end a receive waiting without a timeout: see {@link #waitWithoutTimeout}. */
    private final java.util.concurrent.atomic.AtomicBoolean waitCancelled = new java.util.concurrent.atomic.AtomicBoolean();
    /** True between the frames of a multi-frame message being sent. */
    private boolean sendingMore;
    int lastReceiveWire = -1;
    /** Where this socket's messages are recorded (null: the run is not recorded). */
    private final SideTap tap;
    /** The context this socket belongs to: the run's, or a device's own. */
    private final ZContext context;
    /** The recorded receipt the next send forwards (a device's or a link's hop); 0: none. */
    private long cause;

    public SocketHandle(RunContext ctx, RunPlan.SidePlan plan) {
        this(ctx, plan, null, ctx.zmq);
    }

    /** A socket of {@code context}, which may be other than the run's (a device's own: see DeviceContext). */
    public SocketHandle(RunContext ctx, RunPlan.SidePlan plan, ZContext context) {
        this(ctx, plan, null, context);
    }

    SocketHandle(RunContext ctx, RunPlan.SidePlan plan, SocketHandle before) {
        this(ctx, plan, before, ctx.zmq);
    }

    /**
     * A socket for a node started again in this process ({@code before}: its socket until it was killed, closed, or
     * null): its counts go on from where they were, and its samples go on through the same ring to the collector.
     * Owner thread.
     */
    private SocketHandle(RunContext ctx, RunPlan.SidePlan plan, SocketHandle before, ZContext context) {
        this.ctx = ctx;
        this.context = context;
        this.plan = plan;
        this.ring = before != null ? before.ring : new TraceRing(plan.index());
        this.opened = new OpenedWires(plan);
        this.tap = ctx.capture == null ? null : ctx.capture.tap(plan.index());
        SocketType type = plan.type();
        this.seesSubscriptions = type == SocketType.PUB || type == SocketType.XPUB;
        this.socket = open(ctx, context, zmqType(type));
        this.base = socket.base();
        this.receiveCounters = new Counter[ctx.plan.wires.size()];
        Counter single = null;
        int singleWire = -1;
        int inproc = -1;
        long inprocCount = RunPlan.inprocWires(plan);
        for (RunPlan.WirePlan w : plan.wires()) {
            WireRuntime wr = ctx.wire(w);
            boolean iAmBinder = w.binder() == plan;
            if ((iAmBinder ? w.countsToBinder : w.countsToConnector) == plan) {
                receiveCounters[w.index] = iAmBinder ? wr.towardsBinder : wr.towardsConnector;
            }
            if ((iAmBinder ? w.countsToConnector : w.countsToBinder) == plan && plan.wires().size() == 1) {
                single = iAmBinder ? wr.towardsConnector : wr.towardsBinder;
            }
            if (w.carried() == Transport.INPROC && inprocCount == 1) {
                inproc = w.index;
            }
            java.util.Optional<String> proxied = ctx.faults.endpoint(w.index);
            if (!iAmBinder && proxied.isPresent()) {
                // Through the wire's fault proxy: what comes back over it shows the proxy's address.
                wireByConnectAddress.put(proxied.get(), w.index);
                remoteBinders.put(proxied.get().substring("tcp://".length()), w.index);
            } else if (!iAmBinder) {
                wireByConnectAddress.put(w.wire.endpoint(), w.index);
                if (w.endpoint.transport() == Transport.TCP) {
                    String resolved = resolve(w.endpoint.host()) + ":" + w.endpoint.port();
                    remoteBinders.put(resolved, w.index);
                    // JeroMQ's events name a host name's connection by the address it resolved to
                    wireByConnectAddress.put("tcp://" + resolved, w.index);
                } else if (w.endpoint.transport() == Transport.IPC) {
                    remoteBinders.put(ipcPeerAddress(w.endpoint.name()), w.index);
                }
            }
        }
        if (plan.wires().size() == 1) {
            singleWire = plan.wires().getFirst().index;
        }
        this.sendCounter = single;
        this.sendWire = singleWire;
        this.onlyInprocWire = inproc;
        this.late = acceptsOurTcp(ctx, plan) ? new LateConnections() : null;
        this.externalPeers = ExternalPeers.of(ctx, plan);
        if (externalPeers != null) {
            ctx.externalPeers.add(externalPeers);
        }
        this.routes = RouterRoutes.of(ctx, plan);
        this.outPressures = outPressures(ctx, plan);
        this.subscribers = Subscribers.of(ctx, plan);
        this.numbersSends = singleWire >= 0 && !seesSubscriptions;
        this.numbersReceipts = new boolean[ctx.plan.wires.size()];
        plan.wires().forEach(w -> numbersReceipts[w.index] = MessageNumbers.receiverNumbers(plan, w));
        configure();
        if (before != null) {
            sent.add(before.sent.get());
            received.add(before.received.get());
            framesSent.add(before.framesSent.get());
            framesReceived.add(before.framesReceived.get());
        }
    }

    private static WirePressure[] outPressures(RunContext ctx, RunPlan.SidePlan plan) {
        List<WirePressure> out = new ArrayList<>();
        for (RunPlan.WirePlan w : plan.wires()) {
            boolean iAmBinder = w.binder() == plan;
            if (RunPlan.sends(w, plan)) {
                out.add(ctx.wire(w).pressure(!iAmBinder));
            }
        }
        return out.toArray(WirePressure[]::new);
    }

    private static org.zeromq.SocketType zmqType(SocketType type) {
        return type == SocketType.PUB ? org.zeromq.SocketType.XPUB : org.zeromq.SocketType.valueOf(type.name());
    }

    private static String resolve(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }

    /**
     * The Peer-Address our connection to {@code ipc://name} shows: JeroMQ carries ipc over tcp on a loopback
     * address, on a port it derives from the name, so an ipc wire is told apart exactly like a tcp one.
     */
    private static String ipcPeerAddress(String name) {
        try {
            if (new zmq.io.net.ipc.IpcAddress(name).address() instanceof InetSocketAddress a) {
                return a.getAddress().getHostAddress() + ":" + a.getPort();
            }
        } catch (IllegalArgumentException e) {
            // no loopback interface: connecting fails too, and says so
        }
        return "ipc://" + name;
    }

    private void configure() {
        var options = plan.spec().options();
        socket.setLinger(0);
        socket.setSndHWM(options.sendHwm());
        socket.setRcvHWM(options.receiveHwm());
        socket.setSendTimeOut(SEND_TIMEOUT_MS);
        socket.setReceiveTimeOut(RECEIVE_TIMEOUT_MS);
        socket.setHandshakeIvl(HANDSHAKE_TIMEOUT_MS);
        if (options.identity() != null && !options.identity().isEmpty()) {
            socket.setIdentity(options.identity().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (seesSubscriptions) {
            socket.setXpubVerbose(true);
            // A full subscriber queue makes send fail instead of dropping silently, so drops can be counted.
            socket.setXpubNoDrop(true);
        }
        if (plan.type() == SocketType.SUB) {
            for (String topic : options.subscriptions()) {
                socket.subscribe(topic.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        socket.setEventHook(this::onEvent, ZMQ.EVENT_ALL);
    }

    public ZMQ.Socket socket() {
        return socket;
    }

    public void bindAll() {
        secureAsServer();
        for (String endpoint : plan.spec().binds()) {
            try {
                socket.bind(endpoint);
            } catch (ZMQException e) {
                throw new NodeFailure("cannot bind " + endpoint + ": " + describe(e) + hint(e), e);
            }
            opened.bound(endpoint);
        }
        listenForFaultedInprocWires();
    }

    /**
     * A faulted inproc wire goes through its fault proxy over loopback tcp: this binder listens for it on an
     * ephemeral loopback port too (one for all such wires of this socket), which the proxy carries the wire to.
     */
    private void listenForFaultedInprocWires() {
        int port = -1;
        for (RunPlan.WirePlan w : plan.wires()) {
            if (w.binder() == plan && w.endpoint.transport() == Transport.INPROC && ctx.faults.carries(w.index)) {
                if (port < 0) {
                    socket.bind("tcp://127.0.0.1:*");
                    String last = socket.getLastEndpoint();
                    port = Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
                }
                ctx.faults.binderListens(w.index, port);
            }
        }
    }

    /**
     * The wires of {@code side} whose end its socket has not set up (its node failed before binding or connecting
     * them); all of them when the socket could not even be made ({@code handle} null).
     */
    public static List<Integer> unopenedWires(SocketHandle handle, RunPlan.SidePlan side) {
        return handle == null ? side.wires().stream().map(w -> w.index).toList() : handle.opened.unopened();
    }

    /** A socket that binds a secured wire is its node's CURVE server (the wires' validation keeps the roles apart). */
    private void secureAsServer() {
        dev.zmqstudio.runtime.security.CurveSockets curve = ctx.curve;
        if (curve == null || plan.wires().stream().noneMatch(w -> w.binder() == plan && ctx.plan.topology.secured(w.wire))) {
            return;
        }
        try {
            curve.server(socket, plan.node().id());
        } catch (dev.zmqstudio.runtime.security.KeyFolder.KeyException e) {
            throw new NodeFailure("cannot secure its wires with CURVE: " + e.getMessage(), e);
        }
    }

    /** Before connecting a secured wire: this node's key pair, and the public key of the node that binds it. */
    private void secureAsClient(RunPlan.WirePlan w) {
        dev.zmqstudio.runtime.security.CurveSockets curve = ctx.curve;
        if (curve == null || !ctx.plan.topology.secured(w.wire)) {
            return;
        }
        try {
            curve.client(socket, plan.node().id(), w.binder().node().id());
        } catch (dev.zmqstudio.runtime.security.KeyFolder.KeyException e) {
            throw new NodeFailure("cannot secure wire " + w.wire.id() + " with CURVE: " + e.getMessage(), e);
        }
    }

    public void connectAll() {
        for (RunPlan.WirePlan w : plan.connects()) {
            java.util.Optional<String> noProxy = ctx.faults.failure(w.index);
            if (noProxy.isPresent()) {
                throw new NodeFailure("wire " + w.wire.id() + " has faults, but its fault proxy could not be opened ("
                        + noProxy.get() + "); too many open files? run fewer nodes in one process");
            }
            // JeroMQ checks socket types at the tcp handshake but not over inproc: refuse illegal pairs ourselves.
            java.util.Optional<String> illegal = Compatibility.whyNot(plan.type(), w.binder().type());
            if (illegal.isPresent()) {
                throw new NodeFailure("wire " + w.wire.id() + " is not allowed: " + illegal.get());
            }
            secureAsClient(w);
            try {
                if (w.carried() != Transport.INPROC) {
                    ctx.wire(w).state(WireState.CONNECTING);
                }
                socket.connect(ctx.faults.endpoint(w.index).orElse(w.wire.endpoint()));
                opened.connected(w);
                if (w.carried() == Transport.INPROC) {
                    ctx.wire(w).state(WireState.CONNECTED);
                }
            } catch (ZMQException e) {
                throw new NodeFailure("cannot connect to " + w.wire.endpoint() + " (wire " + w.wire.id() + "): "
                        + describe(e), e);
            }
        }
        if (plan.type() == SocketType.XSUB) {
            for (String topic : plan.spec().options().subscriptions()) {
                byte[] t = topic.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] msg = new byte[t.length + 1];
                msg[0] = 1;
                System.arraycopy(t, 0, msg, 1, t.length);
                socket.send(msg, 0);
            }
        }
    }

    private static ZMQ.Socket open(RunContext ctx, ZContext context, org.zeromq.SocketType type) {
        try {
            return context.createSocket(type);
        } catch (ZMQException e) {
            if (e.getErrorCode() == zmq.ZError.EMFILE) {
                throw tooMany(ctx, e);
            }
            throw e;
        } catch (zmq.ZError.IOException e) {
            // The process's own file limit: JeroMQ's mailbox could not open its pipe.
            throw tooMany(ctx, e);
        }
    }

    private static NodeFailure tooMany(RunContext ctx, RuntimeException cause) {
        return new NodeFailure("cannot open its socket: too many sockets or open files (this run may open "
                + ctx.zmq.getContext().getMaxSockets() + " sockets; the process's file limit is `ulimit -n`);"
                + " run fewer nodes in one process (place some in child processes) or raise the limit", cause);
    }

    private static String describe(ZMQException e) {
        return switch (e.getErrorCode()) {
            case zmq.ZError.EADDRINUSE -> "address already in use";
            case zmq.ZError.EADDRNOTAVAIL -> "address not available on this machine";
            case zmq.ZError.EPROTONOSUPPORT -> "transport not supported";
            case zmq.ZError.EINVAL -> "invalid endpoint";
            default -> e.getMessage() == null ? "error " + e.getErrorCode() : e.getMessage().toLowerCase();
        };
    }

    private static String hint(ZMQException e) {
        return e.getErrorCode() == zmq.ZError.EADDRINUSE
                ? " (another program or node holds this port; stop it or pick a free port)" : "";
    }

    /** Called on JeroMQ's I/O thread: keeps wire states and the tcp connection map current. */
    private void onEvent(ZEvent event) {
        Integer wire = wireByConnectAddress.get(event.getAddress());
        if (wire == null) {
            // Events of our binds: our own connections are attributed by their connecting end, programs' here.
            if (externalPeers != null) {
                externalPeers.onEvent(event.getEvent(), event.getValue());
            }
            return;
        }
        WireRuntime wr = ctx.wires.get(wire);
        ZMonitor.Event kind = event.getEvent();
        if (ctx.stopping) {
            return; // peers closing one by one (disconnected, then retrying): the wires keep the state they ran in
        }
        switch (kind) {
            case CONNECTED -> {
                Object channel = event.getValue();
                if (channel instanceof SocketChannel sc) {
                    try {
                        if (sc.getLocalAddress() instanceof InetSocketAddress local) {
                            ctx.ownConnection(local.getAddress().getHostAddress() + ":" + local.getPort(), wire);
                        }
                    } catch (java.io.IOException ignored) {
                        // the connection closed already; its messages cannot arrive either
                    }
                }
            }
            case CONNECT_DELAYED -> wr.state(WireState.CONNECTING);
            case CONNECT_RETRIED -> wr.state(WireState.RETRYING);
            case HANDSHAKE_PROTOCOL -> {
                wr.state(WireState.CONNECTED);
                ctx.gate.wireReady(wire);
            }
            case DISCONNECTED -> wr.state(WireState.DISCONNECTED);
            case HANDSHAKE_FAILED_PROTOCOL, HANDSHAKE_FAILED_NO_DETAIL, HANDSHAKE_FAILED_AUTH ->
                    wr.state(WireState.HANDSHAKE_FAILED);
            default -> { }
        }
    }

    /** Sends one single-frame message; false when it could not be queued within the send timeout. */
    public boolean send(byte[] body) {
        long at = sampleTime(sent);
        long tapAt = tap == null ? 0 : System.nanoTime();
        if (!sendFrame(new Msg(body), 0)) {
            return false;
        }
        long counted = countSend(1);
        if (at != 0 || fanOutAt != 0) {
            recordSent(body, Envelope.NONE, at);
        }
        if (tap != null) {
            tap.sent(sendWire, new byte[][] {body}, tapAt, takeCause(), counted);
        }
        return true;
    }

    /**
     * Sends the same single-frame message up to {@code max} times, as {@link #send(byte[])} would, with the
     * counters bumped once at the end: the hot loop of a full-speed generator. Returns how many were sent (fewer
     * when one could not be queued within the send timeout). Not for publishers, which count per subscriber.
     */
    public int sendRepeatedly(byte[] body, int max) {
        long first = sent.get() + 1;
        long mask = ctx.sampleMask;
        int done = 0;
        while (done < max) {
            boolean sample = ((first + done) & mask) == 0 && ring.hasRoom();
            long at = sample ? System.nanoTime() : 0;
            Msg msg = new Msg(body);
            if (!base.send(msg, ZMQ.DONTWAIT) && !sendWhenFull(msg, 0)) {
                break;
            }
            if (sample) {
                ring.record(true, sendWire, numbersSends ? first + done : 0, body, 0, body.length, at);
            }
            done++;
        }
        sent.add(done);
        framesSent.add(done);
        if (sendCounter != null) {
            sendCounter.add(done);
        }
        return done;
    }

    /** True when {@link #sendRepeatedly} may be used (not while recorded: the recording sees every send). */
    public boolean sendsRepeatedly() {
        return !seesSubscriptions && tap == null;
    }

    /**
     * Owner thread: the next message this socket sends forwards the one {@code source} last received (a device's or
     * a link's hop), so a recording can follow a message along its path.
     */
    public void causedBy(SocketHandle source) {
        if (tap != null && source.tap != null) {
            cause = source.tap.lastReceipt();
        }
    }

    private long takeCause() {
        long c = cause;
        cause = 0;
        return c;
    }

    /**
     * The send time of the next message if it is to be sampled, else 0. Taken before sending, so it never
     * follows the receive.
     */
    private long sampleTime(Counter count) {
        return sampled(count.get() + 1) ? System.nanoTime() : 0;
    }

    private boolean sampled(long messageNumber) {
        return (messageNumber & ctx.sampleMask) == 0 && ring.hasRoom();
    }

    /** Sends one message of these frames, byte for byte, as one send each with "more" on all but the last. */
    public boolean send(List<byte[]> parts) {
        long at = sampleTime(sent);
        long tapAt = tap == null ? 0 : System.nanoTime();
        int last = parts.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (!sendFrame(new Msg(parts.get(i)), i < last ? ZMQ.SNDMORE : 0)) {
                return false;
            }
        }
        if (routes != null) {
            routes.sent(parts.getFirst());
        }
        long counted = countSend(parts.size());
        if (at != 0 || fanOutAt != 0) {
            recordSent(parts.getLast(), Envelope.of(parts), at);
        }
        if (tap != null) {
            tap.sent(sendWire, parts.toArray(byte[][]::new), tapAt, takeCause(), counted);
        }
        return true;
    }

    /** Re-sends frames just received on another socket (devices, ROUTER replies). */
    public boolean forward(List<Msg> parts) {
        long at = sampleTime(sent);
        long tapAt = tap == null ? 0 : System.nanoTime();
        int last = parts.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (!sendFrame(parts.get(i), i < last ? ZMQ.SNDMORE : 0)) {
                return false;
            }
        }
        if (routes != null) {
            routes.sent(parts.getFirst().data());
        }
        long counted = countSend(parts.size());
        if (at != 0 || fanOutAt != 0) {
            List<byte[]> data = dataOf(parts);
            recordSent(data.getLast(), Envelope.of(data), at);
        }
        if (tap != null) {
            tap.sent(sendWire, dataOf(parts).toArray(byte[][]::new), tapAt, takeCause(), counted);
        }
        return true;
    }

    private static List<byte[]> dataOf(List<Msg> frames) {
        List<byte[]> data = new ArrayList<>(frames.size());
        for (Msg frame : frames) {
            data.add(frame.data());
        }
        return data;
    }

    /**
     * Sends one frame. When the queue is full, a publisher drops the message for the full subscriber (and counts
     * it) and any other socket waits up to the send timeout (and counts that it had to). Only a message's first
     * frame can meet a full queue: queues count whole messages.
     */
    private boolean sendFrame(Msg frame, int more) {
        boolean first = !sendingMore;
        sendingMore = more != 0;
        if (first && !subscribers.isEmpty()) {
            fanOutAt = subscribers.count(frame, ctx.sampleMask) ? System.nanoTime() : 0;
        }
        boolean ok = base.send(frame, more | ZMQ.DONTWAIT) || sendWhenFull(frame, more);
        if (!ok) {
            sendingMore = false;
            subscribers.forget();
            fanOutAt = 0;
        } else if (more == 0) {
            subscribers.commit();
        }
        return ok;
    }

    /** After a send found no room (or failed otherwise): the publisher's drop or the others' wait, counted. */
    private boolean sendWhenFull(Msg frame, int more) {
        if (base.errno() != zmq.ZError.EAGAIN) {
            return false;
        }
        if (seesSubscriptions) {
            socket.setXpubNoDrop(false);
            boolean ok = base.send(frame, more);
            socket.setXpubNoDrop(true);
            if (ok) {
                for (WirePressure p : outPressures) {
                    p.foundFull.increment();
                }
            }
            return ok;
        }
        for (WirePressure p : outPressures) {
            p.waited.increment();
        }
        return base.send(frame, more);
    }

    /**
     * Records the samples due for the message just sent (already counted): its own when {@code at} is not 0, and one
     * per subscriber whose number for it is sampled ({@link #fanOutAt}).
     */
    private void recordSent(byte[] last, Envelope envelope, long at) {
        if (at != 0 && !subscribers.numbersEveryWire()) {
            ring.record(true, sendWire, numbersSends ? sent.get() : 0, last, 0, last.length, envelope, at);
        }
        if (fanOutAt != 0) {
            subscribers.recordDue(ring, last, envelope, fanOutAt);
            fanOutAt = 0;
        }
    }

    /** Counts a message sent; returns its number among this socket's sends. */
    private long countSend(int frameCount) {
        long number = sent.increment();
        framesSent.add(frameCount);
        if (sendCounter != null) {
            sendCounter.increment();
        }
        return number;
    }

    /**
     * Owner thread: from now on a waiting receive waits until a message comes or {@link #cancelWait} is called,
     * instead of returning every {@link #RECEIVE_TIMEOUT_MS}. A timed wait costs JeroMQ a timed selector wait
     * every time the receiver catches up with its sender: a fast receiver then runs about a third slower
     * (measured: PUSH->PULL inproc 16.7M msg/s without a receive timeout, 11.7M with one).
     */
    void waitWithoutTimeout() {
        socket.setReceiveTimeOut(-1);
    }

    /** Owner thread: a waiting receive waits at most {@code millis} from now on (0: it does not wait). */
    public void waitAtMost(int millis) {
        socket.setReceiveTimeOut(millis);
    }

    /** Any thread: ends a receive waiting without a timeout (and every later wait); for Stop, and for a pause. */
    void cancelWait() {
        base.cancel(waitCancelled);
    }

    /** Owner thread, after a pause: receives wait again, unless Stop came meanwhile (then they stay cancelled). */
    void resumeWait() {
        waitCancelled.set(false);
        if (ctx.stopping) {
            base.cancel(waitCancelled);
        }
    }

    /** Same as {@link #receive(boolean)} without waiting. */
    public boolean receive() {
        return receive(false);
    }

    /**
     * Receives one whole message (all frames) into {@link #frames}, waiting up to the receive timeout when
     * {@code wait}; false when none came. Counts it and notes its wire in {@link #lastReceiveWire}.
     */
    public boolean receive(boolean wait) {
        Msg first = wait ? base.recv(0, waitCancelled) : base.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return false;
        }
        frames.clear();
        frames.add(first);
        Msg last = first;
        while (last.hasMore()) {
            last = base.recv(0);
            if (last == null) {
                break;
            }
            frames.add(last);
        }
        int wire = wireOf(last);
        lastReceiveWire = wire;
        if (wire < 0 && late != null && lastPeer == null && lastPeerAddress != null) {
            late.arrived(lastPeerAddress, plan.type() == SocketType.ROUTER ? first : null);
        }
        if (lastPeer != null) {
            lastPeer.received.increment();
            if (plan.type() == SocketType.ROUTER) {
                lastPeer.identity(first);
            }
        }
        if (routes != null) {
            routes.learn(first, wire);
        }
        long n = received.increment();
        long number = n;
        framesReceived.add(frames.size());
        if (wire >= 0) {
            Counter c = receiveCounters[wire];
            if (c != null) {
                n = c.increment(); // the wire's own sequence lines up with a single-wire sender's count
            }
        }
        if (sampled(n)) {
            recordReceived(wire, wire >= 0 && numbersReceipts[wire] ? n : 0, frames);
        }
        if (tap != null) {
            tap.received(wire, frames, number);
        }
        return true;
    }

    /** Records a received message; {@code seq}: its number on {@code wire} (0: none, see {@link MessageNumbers}). */
    private void recordReceived(int wire, long seq, List<Msg> message) {
        long at = System.nanoTime();
        if (message.size() == 1) {
            byte[] data = message.getFirst().data();
            ring.record(false, wire, seq, data, 0, data.length, at);
        } else {
            ring.record(false, wire, seq, dataOf(message), at);
        }
    }

    /**
     * True when every message this socket receives comes over one known wire (a single inproc wire), so
     * {@link #receiveCounted} can count without looking at each message.
     */
    boolean receivesFromOneKnownWire() {
        return onlyInprocWire >= 0 && plan.wires().size() == 1 && !seesSubscriptions && tap == null;
    }

    /**
     * Receives and drops up to {@code max} whole messages without waiting, as {@link #receive(boolean)} would, for a
     * node that only counts them: the counters move once per batch. Only when {@link #receivesFromOneKnownWire()}.
     * Returns how many came.
     */
    int receiveCounted(int max) {
        Counter wireCount = receiveCounters[onlyInprocWire];
        long first = (wireCount != null ? wireCount : received).get() + 1;
        int done = 0;
        long frameCount = 0;
        while (done < max) {
            Msg msg = base.recv(ZMQ.DONTWAIT);
            if (msg == null) {
                break;
            }
            frameCount += takeRest(msg, first + done);
            done++;
        }
        received.add(done);
        framesReceived.add(frameCount);
        if (wireCount != null) {
            wireCount.add(done);
        }
        lastReceiveWire = onlyInprocWire;
        return done;
    }

    /**
     * Receives and drops {@code max} whole messages, waiting for each, counting each as it comes; fewer only when
     * {@link #cancelWait} ends a wait. For a lone node that only counts: it never tries a receive that comes back
     * empty, the costly case (see {@code UnitRunner.receiveLoop}). Only when {@link #receivesFromOneKnownWire()}.
     */
    void receiveCountedWaiting(int max) {
        Counter wireCount = receiveCounters[onlyInprocWire];
        lastReceiveWire = onlyInprocWire;
        for (int i = 0; i < max; i++) {
            Msg msg = base.recv(0, waitCancelled);
            if (msg == null) {
                return;
            }
            long n = received.increment();
            if (wireCount != null) {
                n = wireCount.increment();
            }
            framesReceived.add(takeRest(msg, n));
        }
    }

    /**
     * Takes the frames of message {@code number} (on this socket's one wire) after its {@code first}; when that number
     * is sampled, keeps them in {@link #frames} and records the message in the ring. Returns how many frames it had.
     */
    private int takeRest(Msg first, long number) {
        boolean sample = sampled(number);
        if (sample) {
            frames.clear();
            frames.add(first);
        }
        int count = 1;
        Msg msg = first;
        while (msg.hasMore()) {
            Msg next = base.recv(0);
            if (next == null) {
                break;
            }
            msg = next;
            count++;
            if (sample) {
                frames.add(msg);
            }
        }
        if (sample) {
            recordReceived(onlyInprocWire, number, frames);
        }
        return count;
    }

    /** Receives one message without counting it (subscription frames of an XPUB). Null when none. */
    public Msg receiveControl() {
        return base.recv(ZMQ.DONTWAIT);
    }

    private int wireOf(Msg msg) {
        if (late != null && late.waiting() && late.worthLookingUp(ctx.ownersVersion())
                && late.settle(ctx.ownersVersion(), (peer, n) -> lateWireOf(peer, n, false), receiveCounters, routes)) {
            lastResolved = false; // a connection just judged a program's is looked up again
        }
        Metadata md = msg.getMetadata();
        if (lastResolved && md == lastMetadata && (lastWire >= 0 || lastOwnersVersion == ctx.ownersVersion())) {
            return lastWire;
        }
        lastMetadata = md;
        lastResolved = true;
        lastOwnersVersion = ctx.ownersVersion();
        lastPeer = null;
        lastPeerAddress = md == null ? null : md.get(Metadata.PEER_ADDRESS);
        lastWire = md == null ? onlyInprocWire : wireOfPeer(lastPeerAddress);
        return lastWire;
    }

    private int wireOfPeer(String peer) {
        if (peer == null) {
            return -1;
        }
        int wire = ownWireOf(peer);
        if (wire < 0 && externalPeers != null) {
            lastPeer = externalPeers.peerAt(peer); // a peer address none of our sockets owns is a program's
            return lastPeer == null ? -1 : lastPeer.wire();
        }
        return wire;
    }

    /** The wire of one of our connections, by the peer address it comes from (-1: none known). */
    private int ownWireOf(String peer) {
        Integer wire = remoteBinders.get(peer);
        if (wire == null) {
            wire = ctx.connectionOwners.get(peer);
            if (wire != null && ctx.plan.wires.get(wire).binder() != plan) {
                wire = null;
            }
        }
        return wire == null ? -1 : wire;
    }

    /**
     * For {@link LateConnections}: one of our connections by its wire, or a program's (its count goes to it);
     * {@code last}: at the end of the run, a connection still not known as ours is a program's.
     */
    private int lateWireOf(String peer, long messages, boolean last) {
        int wire = ownWireOf(peer);
        if (wire >= 0) {
            return wire;
        }
        ExternalPeers.Peer program = externalPeers == null ? null
                : last ? externalPeers.peerAtLast(peer) : externalPeers.peerAt(peer);
        if (program != null) {
            program.received.add(messages);
            return program.wire() >= 0 ? program.wire() : LateConnections.NO_WIRE;
        }
        return last ? LateConnections.NO_WIRE : LateConnections.NOT_YET;
    }

    /** Whether nodes we run connect to this socket over tcp (their connections become known a moment late). */
    private static boolean acceptsOurTcp(RunContext ctx, RunPlan.SidePlan plan) {
        return plan.wires().stream().anyMatch(w -> w.binder() == plan && w.carried() != Transport.INPROC
                && ctx.plan.runs(w.connector().node()));
    }

    @Override
    public void close() {
        if (late != null) {
            late.settle(ctx.ownersVersion(), (peer, n) -> lateWireOf(peer, n, false), receiveCounters, routes);
            if (late.waiting()) { // a child process's connection it has not reported yet: its last report will
                ctx.afterChildrenReported(() -> late.settle(ctx.ownersVersion(), (peer, n) -> lateWireOf(peer, n, true),
                        receiveCounters, routes)); // this socket's thread has ended: the counters are ours to write
            }
        }
        socket.setEventHook(null, 0);
        context.destroySocket(socket);
    }
}
