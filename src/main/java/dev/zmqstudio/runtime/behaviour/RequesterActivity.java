package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.engine.NodeRuntime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** REQ (or DEALER) client: sends a request, waits for its reply, then sends the next at the given rate. */
public final class RequesterActivity implements Activity {
    private static final byte[] EMPTY = new byte[0];

    private final NodeRuntime node;
    private final Behaviour.Requester spec;
    private final MessageTemplate template;
    private final long periodNanos;
    private final boolean dealer;
    private long startNanos = -1;
    private long n;
    private boolean awaitingReply;
    private long sentAtNanos;

    public RequesterActivity(NodeRuntime node, Behaviour.Requester spec, MessageTemplate template) {
        this.node = node;
        this.spec = spec;
        this.template = template;
        this.periodNanos = spec.rate() > 0 ? (long) (1_000_000_000L / spec.rate()) : 0;
        this.dealer = node.handle.plan.type() == SocketType.DEALER;
    }

    /** True once a request has waited for its reply longer than {@code patienceNanos}. */
    public boolean waitingLongerThan(long patienceNanos, long now) {
        return awaitingReply && now - sentAtNanos > patienceNanos;
    }

    @Override
    public long nextDueNanos() {
        if (awaitingReply || finished()) {
            return Long.MAX_VALUE;
        }
        return startNanos < 0 ? 0 : startNanos + n * periodNanos;
    }

    @Override
    public void fire(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        if (!awaitingReply && !finished() && now >= nextDueNanos()) {
            sendRequest();
        }
    }

    @Override
    public void step() {
        if (!awaitingReply && !finished()) {
            startNanos = System.nanoTime() - n * periodNanos;
            sendRequest();
        }
    }

    /** A DEALER puts the empty delimiter a REQ would in front of the request, so a REP or ROUTER can answer it. */
    private void sendRequest() {
        List<byte[]> request = template.expand(n, null, null);
        List<byte[]> frames = request;
        if (dealer) {
            frames = new ArrayList<>(request.size() + 1);
            frames.add(EMPTY);
            frames.addAll(request);
        }
        boolean ok = frames.size() == 1 ? node.handle.send(frames.getFirst()) : node.handle.send(frames);
        if (ok) {
            awaitingReply = true;
            sentAtNanos = System.nanoTime();
            if (spec.log()) {
                node.log("Sent request: " + (request.size() == 1 ? new String(request.getFirst(), StandardCharsets.UTF_8)
                        : new ReceivedFrames(request).bracketed()));
            }
        }
    }

    /** The reply to the outstanding request arrived (a DEALER's with the delimiter in front, not shown). */
    public void onReply(ReceivedFrames reply) {
        if (spec.log()) {
            node.log("Received reply: " + (dealer ? reply.withoutDelimiter() : reply).shown());
        }
        awaitingReply = false;
        n++;
    }

    @Override
    public boolean finished() {
        return spec.count() > 0 && n >= spec.count() && !awaitingReply;
    }
}
