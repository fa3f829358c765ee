package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * N messages through a link-heavy pipeline, with or without expression budgets: generator -> worker 1 (a filter link
 * that passes everything) -> worker 2 (a transform link) -> sink. Both expressions are as cheap as expressions get, so
 * what a budget costs per evaluation weighs as much as it can. Returns messages per second at the sink.
 */
final class ExpressionTrial {
    static final String FILTER = "n % 2 == 0 || bytes > 0";
    static final String TRANSFORM = "msg + '!'";
    private static final int HWM = 100_000;
    private static final long POLL_NANOS = 10_000_000L;

    private ExpressionTrial() {
    }

    static double run(int messages, boolean budgets) {
        SocketOptions options = SocketOptions.DEFAULTS.withHwm(HWM, HWM);
        List<SocketNode> nodes = List.of(
                node("gen", SocketType.PUSH, new Behaviour.Generator("{\"num\": {n}}", 0, messages, List.of(), 1, false),
                        options, "inproc://bench-expr-1"),
                node("filter-in", SocketType.PULL, Behaviour.Passive.INSTANCE, options),
                node("filter-out", SocketType.PUSH, Behaviour.Passive.INSTANCE, options, "inproc://bench-expr-2"),
                node("transform-in", SocketType.PULL, Behaviour.Passive.INSTANCE, options),
                node("transform-out", SocketType.PUSH, Behaviour.Passive.INSTANCE, options, "inproc://bench-expr-3"),
                node("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null), options));
        Topology t = new Topology("bench-expressions", "", Settings.DEFAULTS, List.copyOf(nodes),
                List.of(Wire.of("w1", "filter-in", "gen", "inproc://bench-expr-1"),
                        Wire.of("w2", "transform-in", "filter-out", "inproc://bench-expr-2"),
                        Wire.of("w3", "sink", "transform-out", "inproc://bench-expr-3")),
                List.of(new Link("filter", "filter-in", "filter-out", FILTER, null),
                        new Link("transform", "transform-in", "transform-out", null, TRANSFORM)));
        EngineOptions engineOptions = EngineOptions.logTo(null);
        try (Engine engine = new Engine(t, budgets ? engineOptions : engineOptions.withoutExpressionBudgets())) {
            engine.start();
            while (engine.received("sink") < messages) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            return messages / ((System.nanoTime() - engine.gateOpenedNanos()) / 1e9);
        }
    }

    private static SocketNode node(String id, SocketType type, Behaviour behaviour, SocketOptions options, String... binds) {
        return new SocketNode(id, "", new SocketSpec(type, List.of(binds), options), behaviour, null, null);
    }
}
