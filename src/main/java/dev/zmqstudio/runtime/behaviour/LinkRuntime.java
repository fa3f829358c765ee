package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.engine.Counter;
import dev.zmqstudio.runtime.engine.NodeRuntime;
import dev.zmqstudio.runtime.engine.RunContext;

import dev.zmqstudio.model.Link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A link at run time: filter, transform, hand over to the target node's socket; counts both outcomes. */
public final class LinkRuntime {
    public final Link link;
    final NodeRuntime target;
    public final Counter passed = new Counter();
    public final Counter filtered = new Counter();
    private final Expressions.Compiled filter;
    private final Expressions.Compiled transform;

    public LinkRuntime(Link link, NodeRuntime target) {
        this.link = link;
        this.target = target;
        this.filter = link.filter() == null ? null : Expressions.compile(link.filter(), "filter of link " + link.id());
        this.transform = link.transform() == null ? null
                : Expressions.compile(link.transform(), "transform of link " + link.id());
    }

    /** The node the link hands messages to. */
    public NodeRuntime target() {
        return target;
    }

    public boolean evaluates() {
        return filter != null || transform != null;
    }

    /**
     * Offers one message of {@code frames}; blocks (in send-timeout steps) until the target socket takes it or the run
     * stops. Every frame is handed on; a transform replaces the last one (what {@code msg} is).
     */
    public void offer(MessageView message, List<byte[]> frames, RunContext ctx, dev.zmqstudio.runtime.engine.SocketHandle source) {
        if (filter != null && !filter.test(message)) {
            filtered.increment();
            return;
        }
        List<byte[]> out = frames;
        if (transform != null) {
            Object value = transform.evaluate(message);
            out = new ArrayList<>(frames.subList(0, frames.size() - 1));
            out.add(MessageView.render(value).getBytes(StandardCharsets.UTF_8));
        }
        if (target.takeLinked(out)) { // a producer publishes it to its broker, at least once
            passed.increment();
            return;
        }
        target.handle.causedBy(source);
        while (!(out.size() == 1 ? target.handle.send(out.getFirst()) : target.handle.send(out))) {
            if (ctx.stopping) {
                return;
            }
        }
        passed.increment();
    }
}
