package dev.zmqstudio.runtime.broker;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.runtime.behaviour.Activity;
import dev.zmqstudio.runtime.behaviour.ReceivedFrames;
import dev.zmqstudio.runtime.behaviour.Template;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeRuntime;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zmqstudio.runtime.broker.BrokerProtocol.text;

/**
 * A DEALER publishing to a broker's topic, at least once: each message is kept, under a key of its own, until the
 * broker acknowledges it, and sent again when no acknowledgement came within a second (the broker's process died and
 * came back, say). Up to {@value #WINDOW} messages are in flight. Messages come from the template, or from links.
 */
public final class ProducerActivity implements Activity {
    private static final int WINDOW = 100;
    private static final int BATCH = 1024;
    private static final long ACK_TIMEOUT_NANOS = 1_000_000_000L;

    private final NodeRuntime node;
    private final Behaviour.Producer spec;
    private final Template template;
    private final byte[] topic;
    private final long periodNanos;
    private final ArrayDeque<byte[]> linked = new ArrayDeque<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private long startNanos = -1;
    private long made;
    private long keys;
    private volatile long published;
    private volatile long resent;
    /** Resent since the last warning: one warning a second at most, however many time out one by one. */
    private long resentUnsaid;
    private long warnedAtNanos = Long.MIN_VALUE;

    private static final class Pending {
        final byte[] payload;
        long sentAtNanos;

        Pending(byte[] payload, long sentAtNanos) {
            this.payload = payload;
            this.sentAtNanos = sentAtNanos;
        }
    }

    /** {@code template} null: the producer publishes only what links hand it. */
    public ProducerActivity(NodeRuntime node, Behaviour.Producer spec, Template template) {
        this.node = node;
        this.spec = spec;
        this.template = template;
        this.topic = text(spec.topic());
        this.periodNanos = spec.rate() > 0 ? (long) (1_000_000_000L / spec.rate()) : 0;
    }

    /** A message a link hands over: published in turn, at least once. */
    public void take(byte[] payload) {
        linked.add(payload);
    }

    private boolean templateDone() {
        return template == null || (spec.count() > 0 && made >= spec.count());
    }

    private long templateDue() {
        return startNanos < 0 || periodNanos == 0 ? 0 : startNanos + made * periodNanos;
    }

    @Override
    public long nextDueNanos() {
        long next = Long.MAX_VALUE;
        if (!pending.isEmpty()) {
            next = pending.values().iterator().next().sentAtNanos + ACK_TIMEOUT_NANOS;
        }
        if (pending.size() < WINDOW) {
            if (!linked.isEmpty()) {
                return 0;
            }
            if (!templateDone()) {
                next = Math.min(next, templateDue());
            }
        }
        return next;
    }

    @Override
    public void fire(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        resendOverdue(now);
        for (int i = 0; i < BATCH && pending.size() < WINDOW && !node.ctx.stopping; i++) {
            if (!publishNext(now)) {
                return;
            }
        }
    }

    @Override
    public void step() {
        if (startNanos < 0) {
            startNanos = System.nanoTime();
        }
        publishNext(Long.MAX_VALUE);
    }

    /** Sends the next message when one is due; false when none is, or the socket cannot take it now. */
    private boolean publishNext(long now) {
        byte[] payload;
        boolean fromLink = !linked.isEmpty();
        if (fromLink) {
            payload = linked.peek();
        } else if (!templateDone() && now >= templateDue()) {
            payload = template.expand(made, null);
        } else {
            return false;
        }
        String key = nodeId() + ":" + keys;
        if (!send(key, payload)) {
            return false;
        }
        keys++;
        if (fromLink) {
            linked.poll();
        } else {
            made++;
        }
        pending.put(key, new Pending(payload, System.nanoTime()));
        return true;
    }

    private String nodeId() {
        return node.handle.plan.node().id();
    }

    private boolean send(String key, byte[] payload) {
        return node.handle.send(List.of(text(BrokerProtocol.PUB), topic, payload, text(key)));
    }

    private void resendOverdue(long now) {
        int again = 0;
        for (Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Pending> e = it.next();
            Pending p = e.getValue();
            if (now - p.sentAtNanos < ACK_TIMEOUT_NANOS) {
                break; // in the order sent: the rest are younger
            }
            if (!send(e.getKey(), p.payload)) {
                break;
            }
            p.sentAtNanos = now;
            again++;
        }
        if (again > 0) {
            resent += again;
            // Re-sent ones go to the back: the map stays in the order of the last send.
            pending.entrySet().stream().limit(again).toList().forEach(e -> pending.put(e.getKey(), pending.remove(e.getKey())));
            resentUnsaid += again;
        }
        if (resentUnsaid > 0 && now - warnedAtNanos >= ACK_TIMEOUT_NANOS) {
            node.log("warning: no acknowledgement from the broker within a second; sent " + resentUnsaid
                    + (resentUnsaid == 1 ? " message" : " messages") + " again (" + resent + " in all)");
            resentUnsaid = 0;
            warnedAtNanos = now;
        }
    }

    @Override
    public boolean readsMessages() {
        return true;
    }

    @Override
    public boolean onMessage(ReceivedFrames message) {
        List<byte[]> f = message.data();
        String command = f.isEmpty() ? "" : text(f.getFirst());
        if (command.equals(BrokerProtocol.ACK) && f.size() == 4) {
            Pending p = pending.remove(text(f.get(3)));
            if (p != null) {
                published++;
                if (spec.log()) {
                    node.log("Published to " + spec.topic() + " #" + text(f.get(2)) + ": " + text(p.payload));
                }
            }
        } else if (command.equals(BrokerProtocol.ERR)) {
            node.log("error: the broker refused a publish: " + (f.size() > 1 ? text(f.get(1)) : ""));
        }
        return true;
    }

    @Override
    public boolean finished() {
        return template != null && templateDone() && pending.isEmpty() && linked.isEmpty();
    }

    @Override
    public boolean busy() {
        return !pending.isEmpty() || !linked.isEmpty();
    }

    @Override
    public EngineSnapshot.QueueFacts facts() {
        return EngineSnapshot.QueueFacts.producer(spec.topic(), published, resent);
    }
}
