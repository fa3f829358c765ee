package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.SocketType;
import zmq.Msg;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A ROUTER's wires by the identity its messages are routed by, so that what it sends to a peer that cannot count
 * (an external program) is counted exactly on the wire it leaves by. JeroMQ puts the sending peer's identity first
 * on every message a ROUTER receives, and a ROUTER sends each message to the peer its first frame names: learned
 * from each peer's first message, before anything can be routed back to it. Socket thread.
 */
final class RouterRoutes {
    private final Counter[] sentOn;
    private final Map<ByteBuffer, Integer> wireByIdentity = new HashMap<>();
    /**
     * Sent to a peer whose wire was not known yet (its connection waited to be judged ours or a program's), by
     * identity: counted on the wire once it is learned. At most {@value #MOST_UNROUTED} identities.
     */
    private final Map<ByteBuffer, Long> unrouted = new HashMap<>();
    private static final int MOST_UNROUTED = 4_096;
    private byte[] lastIdentity;
    private int lastWire = -1;

    private RouterRoutes(Counter[] sentOn) {
        this.sentOn = sentOn;
    }

    /** For a ROUTER with several wires that counts what it sends on some of them ({@link RunPlan}); else null. */
    static RouterRoutes of(RunContext ctx, RunPlan.SidePlan side) {
        if (side.type() != SocketType.ROUTER || side.wires().size() < 2) {
            return null;
        }
        Counter[] counters = new Counter[ctx.plan.wires.size()];
        boolean any = false;
        for (RunPlan.WirePlan w : side.wires()) {
            boolean iAmBinder = w.binder() == side;
            if ((iAmBinder ? w.countsToConnector : w.countsToBinder) == side) {
                counters[w.index] = iAmBinder ? ctx.wire(w).towardsConnector : ctx.wire(w).towardsBinder;
                any = true;
            }
        }
        return any ? new RouterRoutes(counters) : null;
    }

    /** A message came over {@code wire} from the peer named {@code identity}. */
    void learn(Msg identity, int wire) {
        if (wire < 0) {
            return;
        }
        byte[] id = identity.data();
        if (lastWire == wire && Arrays.equals(id, lastIdentity)) {
            return;
        }
        ByteBuffer key = ByteBuffer.wrap(id.clone());
        wireByIdentity.put(key, wire);
        lastIdentity = id.clone();
        lastWire = wire;
        Long waiting = unrouted.isEmpty() ? null : unrouted.remove(key);
        if (waiting != null && sentOn[wire] != null) {
            sentOn[wire].add(waiting);
        }
    }

    /** A message was sent to the peer named {@code id}: counted on its wire when this ROUTER counts that wire. */
    void sent(byte[] id) {
        int wire = Arrays.equals(id, lastIdentity) ? lastWire : wireByIdentity.getOrDefault(ByteBuffer.wrap(id), -1);
        if (wire >= 0) {
            if (sentOn[wire] != null) {
                sentOn[wire].increment();
            }
        } else if (unrouted.size() < MOST_UNROUTED || unrouted.containsKey(ByteBuffer.wrap(id))) {
            unrouted.merge(ByteBuffer.wrap(id.clone()), 1L, Long::sum);
        }
    }
}
