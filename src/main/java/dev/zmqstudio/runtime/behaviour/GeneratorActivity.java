package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.engine.NodeRuntime;

import dev.zmqstudio.model.Behaviour;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sends {@code count} messages at {@code rate}; full speed in batches when the rate is 0. Multi-frame with frames. */
public final class GeneratorActivity implements Activity {
    private static final int BATCH = 1024;

    private final NodeRuntime node;
    private final Behaviour.Generator spec;
    private final MessageTemplate message;
    /** The template of a single-frame generator; null when each message has several frames. */
    private final Template single;
    private final long periodNanos;
    private long startNanos = -1;
    private long n;
    private byte[] pending;
    private List<byte[]> pendingFrames;

    public GeneratorActivity(NodeRuntime node, Behaviour.Generator spec, MessageTemplate message) {
        this.node = node;
        this.spec = spec;
        this.message = message;
        this.single = message.isSingleFrame() ? message.single() : null;
        this.periodNanos = spec.rate() > 0 ? (long) (1_000_000_000L / spec.rate()) : 0;
    }

    @Override
    public long nextDueNanos() {
        if (finished()) {
            return Long.MAX_VALUE;
        }
        return startNanos < 0 || periodNanos == 0 ? 0 : startNanos + n * periodNanos;
    }

    @Override
    public void fire(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        int batch = periodNanos == 0 ? BATCH : 100;
        if (periodNanos == 0 && single != null && single.isConstant() && !spec.log() && node.handle.sendsRepeatedly()) {
            long left = spec.count() > 0 ? spec.count() - n : batch;
            n += node.handle.sendRepeatedly(single.expand(n, null), (int) Math.min(batch, left));
            return;
        }
        for (int i = 0; i < batch && !finished() && now >= nextDueNanos() && !node.ctx.stopping; i++) {
            if (!sendOne()) {
                return;
            }
        }
    }

    @Override
    public void step() {
        if (!finished()) {
            if (startNanos < 0) {
                startNanos = System.nanoTime();
            }
            sendOne();
            startNanos = System.nanoTime() - Math.max(0, n - 1) * periodNanos; // resume the schedule from here
        }
    }

    private boolean sendOne() {
        return single != null ? sendSingle() : sendFrames();
    }

    private boolean sendSingle() {
        if (pending == null) {
            pending = single.expand(n, null);
        }
        if (!node.handle.send(pending)) {
            return false; // no peer ready within the send timeout: retry the same message later
        }
        if (spec.log()) {
            node.log("Sent: " + new String(pending, StandardCharsets.UTF_8));
        }
        pending = null;
        n++;
        return true;
    }

    private boolean sendFrames() {
        if (pendingFrames == null) {
            pendingFrames = message.expand(n, null, null);
        }
        if (!node.handle.send(pendingFrames)) {
            return false;
        }
        if (spec.log()) {
            node.log("Sent: " + new ReceivedFrames(pendingFrames).bracketed());
        }
        pendingFrames = null;
        n++;
        return true;
    }

    @Override
    public boolean finished() {
        return spec.count() > 0 && n >= spec.count();
    }
}
