package dev.zmqstudio.runtime;

import dev.zmqstudio.model.Link;

import java.nio.charset.StandardCharsets;

/** A link at run time: filter, transform, hand over to the target node's socket; counts both outcomes. */
final class LinkRuntime {
    final Link link;
    final NodeRuntime target;
    final Counter passed = new Counter();
    final Counter filtered = new Counter();
    private final Expressions.Compiled filter;
    private final Expressions.Compiled transform;

    LinkRuntime(Link link, NodeRuntime target) {
        this.link = link;
        this.target = target;
        this.filter = link.filter() == null ? null : Expressions.compile(link.filter(), "filter of link " + link.id());
        this.transform = link.transform() == null ? null
                : Expressions.compile(link.transform(), "transform of link " + link.id());
    }

    boolean evaluates() {
        return filter != null || transform != null;
    }

    /** Offers one message; blocks (in send-timeout steps) until the target socket takes it or the run stops. */
    void offer(MessageView message, byte[] body, RunContext ctx) {
        if (filter != null && !filter.test(message)) {
            filtered.increment();
            return;
        }
        byte[] out = body;
        if (transform != null) {
            Object value = transform.evaluate(message);
            out = MessageView.render(value).getBytes(StandardCharsets.UTF_8);
        }
        while (!target.handle.send(out)) {
            if (ctx.stopping) {
                return;
            }
        }
        passed.increment();
    }
}
