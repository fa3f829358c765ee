package dev.zmqstudio.runtime.external;

import dev.zmqstudio.runtime.engine.Counter;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireState;

import dev.zmqstudio.model.Transport;
import org.zeromq.ZMonitor;

import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs we do not run that connect to one of our bound sockets (its wires from external nodes), seen through
 * the socket's monitor: every connection it accepts that none of our connecting sockets owns is an external peer.
 * <p>Our own connections are told apart by their address ({@link RunContext#connectionOwners}); an accepted
 * connection is judged once every wire our nodes connect to the same port has its connection known (the monitor
 * may report the accept before our connecting socket reports its connect), or at its first message, which only
 * comes after that. Each external peer takes one of the wires drawn from external nodes to that port, in the
 * file's order, the least used first: the drawn programs are interchangeable as far as the socket can tell.
 * A wire is connected while a peer holds it, disconnected once its last peer went, pending before any came.
 * <p>Monitor events come on JeroMQ's I/O thread, lookups on the socket's thread when a message comes from a
 * connection not seen before, snapshots on any thread: all under this object's lock, never per message.
 */
public final class ExternalPeers {
    /** One program's connection. Counts are written by the socket's thread only. */
    public static final class Peer {
        final String address;
        public final Counter received = new Counter();
        private int wire = -1;
        private volatile String identity;

        private Peer(String address) {
            this.address = address;
        }

        /** The name it goes by in the report: the identity it gave a ROUTER (when readable), else its address. */
        public String name() {
            String id = identity;
            return id != null ? id : address;
        }

        /** Socket thread, at a ROUTER: the identity frame its messages come with. */
        public void identity(zmq.Msg frame) {
            if (identity == null) {
                byte[] id = frame.data();
                identity = readable(id) ? new String(id, StandardCharsets.UTF_8) : address;
            }
        }

        public int wire() {
            return wire;
        }

        /** An identity JeroMQ or libzmq made up (a zero byte and a number) is no name; one the program set is. */
        private static boolean readable(byte[] frame) {
            if (frame.length == 0 || frame[0] == 0) {
                return false;
            }
            for (byte b : frame) {
                if (b < 0x20 || b == 0x7f) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A connection accepted and not yet judged ours or theirs. */
    private record Unjudged(String address, int port) {
    }

    private static final int ANY_PORT = -1;

    private final RunContext ctx;
    /** Per bound port: the wires drawn from external nodes to it, and those our nodes connect to it. */
    private final Map<Integer, List<RunPlan.WirePlan>> external = new LinkedHashMap<>();
    private final Map<Integer, List<RunPlan.WirePlan>> ours = new HashMap<>();
    private final Map<Object, Unjudged> unjudged = new IdentityHashMap<>();
    private final Map<Object, Peer> liveByChannel = new IdentityHashMap<>();
    private final Map<String, Peer> byAddress = new HashMap<>();
    private final List<Peer> all = new ArrayList<>();
    private final Map<Integer, Integer> holders = new HashMap<>();
    /** Our connections accepted here, by channel: the wire each is. */
    private final Map<Object, Integer> oursByChannel = new IdentityHashMap<>();
    /**
     * Our wires whose connection here went away (its node was killed, its process restarted): until a new one is
     * known, a connection to that port may be its next one, reported a moment after it was made.
     */
    private final java.util.Set<Integer> awaitingOurs = new java.util.HashSet<>();

    private ExternalPeers(RunContext ctx, RunPlan.SidePlan side) {
        this.ctx = ctx;
        for (RunPlan.WirePlan w : side.wires()) {
            if (w.binder() != side) {
                continue;
            }
            Map<Integer, List<RunPlan.WirePlan>> group = ctx.plan.runs(w.connector().node()) ? ours : external;
            group.computeIfAbsent(portOf(w), k -> new ArrayList<>()).add(w);
        }
    }

    /** The external peers of {@code side}'s socket, or null when no external node connects to it. */
    public static ExternalPeers of(RunContext ctx, RunPlan.SidePlan side) {
        boolean any = side.wires().stream().anyMatch(w -> w.binder() == side && !ctx.plan.runs(w.connector().node())
                && w.endpoint.transport() != Transport.INPROC);
        return any ? new ExternalPeers(ctx, side) : null;
    }

    private static int portOf(RunPlan.WirePlan w) {
        return w.endpoint.transport() == Transport.TCP ? w.endpoint.port() : ANY_PORT;
    }

    /** JeroMQ's I/O thread: a monitor event of one of the socket's binds. */
    public synchronized void onEvent(ZMonitor.Event kind, Object channel) {
        if (!(channel instanceof SocketChannel sc)) {
            return;
        }
        switch (kind) {
            case ACCEPTED -> {
                String address = remoteAddress(sc);
                if (address != null) {
                    unjudged.put(sc, new Unjudged(address, localPort(sc)));
                    judge();
                }
            }
            case DISCONNECTED -> {
                unjudged.remove(sc);
                Integer ours = oursByChannel.remove(sc);
                if (ours != null && !ctx.stopping && !oursByChannel.containsValue(ours)) {
                    awaitingOurs.add(ours); // unless its next connection came first (events of one poll, any order)
                }
                Peer peer = liveByChannel.remove(sc);
                if (peer != null) {
                    release(peer);
                }
            }
            default -> { }
        }
    }

    /** Our connecting sockets made a connection known (any thread): what it was accepted as may now be clear. */
    public synchronized void ownersChanged() {
        judge();
    }

    /**
     * Socket thread, when a message comes over a connection not seen before: the external peer at {@code address}
     * (a connection that is not ours by then is a program's, unless one of our wires to its port waits for its next
     * connection), or null when it is one of ours or not known yet.
     */
    public synchronized Peer peerAt(String address) {
        return peerAt(address, false);
    }

    /** As {@link #peerAt(String)} at the end of the run: a connection still not known as ours is a program's. */
    public synchronized Peer peerAtLast(String address) {
        return peerAt(address, true);
    }

    private Peer peerAt(String address, boolean last) {
        Peer known = byAddress.get(address);
        if (known != null) {
            return known;
        }
        if (ctx.connectionOwners.containsKey(address)) {
            return null;
        }
        for (Map.Entry<Object, Unjudged> e : unjudged.entrySet()) {
            Object channel = e.getKey();
            Unjudged u = e.getValue();
            if (u.address().equals(address) && (last || !awaiting(u.port()))) {
                unjudged.remove(channel);
                return admit(channel, u);
            }
        }
        return null;
    }

    /** Every external peer seen so far, in the order they came (any thread). */
    public synchronized List<Peer> peers() {
        return List.copyOf(all);
    }

    private void judge() {
        unjudged.entrySet().removeIf(e -> {
            Integer ours = ctx.connectionOwners.get(e.getValue().address());
            if (ours == null) {
                return false;
            }
            oursByChannel.put(e.getKey(), ours);
            awaitingOurs.remove(ours);
            return true;
        });
        boolean admitted = false;
        for (var it = unjudged.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, Unjudged> e = it.next();
            Object channel = e.getKey(); // read before removing: an identity map's entry is a view of its table
            Unjudged u = e.getValue();
            if (oursAllKnown(u.port())) {
                it.remove();
                admit(channel, u);
                admitted = true;
            }
        }
        if (admitted) {
            ctx.connectionJudged(); // messages from it may have waited while it could have been ours
        }
    }

    /** True when every wire our nodes connect to {@code port} has its connection known (or will never have one). */
    private boolean oursAllKnown(int port) {
        for (RunPlan.WirePlan w : ours.getOrDefault(port, List.of())) {
            if (!ctx.ownedWires.contains(w.index) && !ctx.gate.abandoned(w.index)) {
                return false;
            }
        }
        return !awaiting(port);
    }

    /** True while one of our wires to {@code port} lost its connection and its node, still running, may make the next. */
    private boolean awaiting(int port) {
        for (RunPlan.WirePlan w : ours.getOrDefault(port, List.of())) {
            if (awaitingOurs.contains(w.index) && ctx.nodeRunning.test(w.connector().node().id())) {
                return true;
            }
        }
        return false;
    }

    private Peer admit(Object channel, Unjudged u) {
        Peer peer = new Peer(u.address());
        all.add(peer);
        byAddress.put(peer.address, peer);
        liveByChannel.put(channel, peer);
        List<RunPlan.WirePlan> wires = external.getOrDefault(u.port(), external.get(ANY_PORT));
        if (wires == null) {
            return peer; // a program on a port no external node is drawn to: counted as a sender, on no wire
        }
        RunPlan.WirePlan least = null;
        for (RunPlan.WirePlan w : wires) {
            if (least == null || holders.getOrDefault(w.index, 0) < holders.getOrDefault(least.index, 0)) {
                least = w;
            }
        }
        peer.wire = least.index;
        if (holders.merge(least.index, 1, Integer::sum) == 1) {
            ctx.wires.get(least.index).state(WireState.CONNECTED);
            ctx.gate.wireReady(least.index);
        }
        return peer;
    }

    private void release(Peer peer) {
        if (peer.wire < 0) {
            return;
        }
        if (holders.merge(peer.wire, -1, Integer::sum) == 0 && !ctx.stopping) {
            ctx.wires.get(peer.wire).state(WireState.DISCONNECTED);
        }
    }

    private static String remoteAddress(SocketChannel sc) {
        try {
            return sc.getRemoteAddress() instanceof InetSocketAddress remote
                    ? remote.getAddress().getHostAddress() + ":" + remote.getPort() : null;
        } catch (java.io.IOException e) {
            return null; // closed already: nothing will come over it
        }
    }

    private static int localPort(SocketChannel sc) {
        try {
            return sc.getLocalAddress() instanceof InetSocketAddress local ? local.getPort() : ANY_PORT;
        } catch (java.io.IOException e) {
            return ANY_PORT;
        }
    }
}
