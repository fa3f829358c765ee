package dev.zmqstudio.cli;

import dev.zmqstudio.runtime.engine.CountsText;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** The human summary printed at the end of a run. */
final class Summary {
    /** Counts by key or by sender: the largest this many (the report has them all). */
    private static final int COUNTS_SHOWN = 20;

    private Summary() {
    }

    static void print(PrintWriter out, Duration elapsed, EngineSnapshot s) {
        out.printf(Locale.ROOT, "%nSummary after %.1f s%n", elapsed.toMillis() / 1000.0);
        int w = Math.max(4, s.nodes().keySet().stream().mapToInt(String::length).max().orElse(4));
        out.printf(Locale.ROOT, "  %-" + w + "s  %-9s  %-8s  %10s  %10s%n", "node", "type", "state", "sent", "received");
        for (EngineSnapshot.NodeStats n : s.nodes().values()) {
            out.printf(Locale.ROOT, "  %-" + w + "s  %-9s  %-8s  %10d  %10d%s%n", n.id(), n.type(), n.state().key(),
                    n.sent(), n.received(), n.error() == null ? "" : "  " + n.error());
            if (n.framesSent() != n.sent() || n.framesReceived() != n.received()) {
                out.printf(Locale.ROOT, "  %" + w + "s  frames: sent %d, received %d%n", "", n.framesSent(), n.framesReceived());
            }
            if (n.aggregate() != null && n.aggregate().count() > 0) {
                out.printf(Locale.ROOT, "  %" + w + "s  aggregate: count %d, sum %s, average %.3f, min %s, max %s%n", "",
                        n.aggregate().count(), num(n.aggregate().sum()), n.aggregate().average(),
                        num(n.aggregate().min()), num(n.aggregate().max()));
            }
            if (n.queue() != null) {
                out.printf(Locale.ROOT, "  %" + w + "s  %s%n", "", queue(n.queue()));
            }
            if (n.countsBy() != null && !n.countsBy().isEmpty()) {
                out.printf(Locale.ROOT, "  %" + w + "s  counts by %s%n", "", CountsText.of(n.countsBy(), COUNTS_SHOWN));
            }
            if (n.errors().count() > 1 || n.errors().count() == 1 && !n.errors().first().equals(n.error())) {
                out.printf(Locale.ROOT, "  %" + w + "s  errors: %d, the first: %s%n", "", n.errors().count(), n.errors().first());
            }
            if (n.perSender().size() > 1) {
                out.printf(Locale.ROOT, "  %" + w + "s  per sender: %s%n", "", CountsText.of(n.perSender(), COUNTS_SHOWN));
            }
        }
        if (!s.wires().isEmpty()) {
            out.println("  wires:");
        }
        for (EngineSnapshot.WireStats wire : s.wires().values()) {
            String latency = wire.latencyP50Micros() == null ? "no latency sample"
                    : "latency p50 " + wire.latencyP50Micros() + " us, p99 " + wire.latencyP99Micros() + " us";
            String dropped = wire.dropped() > 0 ? ", " + wire.dropped() + " dropped at the high-water mark" : "";
            out.printf(Locale.ROOT, "  %s (%s; %s): %d messages%s%s, %s%n", wire.id(), wire.reading("->", "<->"), wire.state().key(),
                    wire.messages(), wire.exact() ? "" : " (estimate)", dropped, latency);
        }
        for (EngineSnapshot.LinkStats link : s.links().values()) {
            out.printf(Locale.ROOT, "  link %s (%s -> %s): %d passed, %d filtered%n", link.id(), link.from(), link.to(),
                    link.passed(), link.filtered());
        }
        out.flush();
    }

    /** "topic All Invoices: 100 kept (0-99), consumer filter at 100 (lag 0)", "published 100 to T, 3 resent"... */
    static String queue(EngineSnapshot.QueueFacts q) {
        return switch (q.role()) {
            case "broker" -> q.topics().isEmpty() ? "no topic yet" : String.join("; ", q.topics().entrySet().stream()
                    .map(e -> "topic " + e.getKey() + ": " + e.getValue().depth() + " kept (next " + e.getValue().next() + ")"
                            + e.getValue().committed().entrySet().stream().map(c -> ", " + c.getKey() + " at " + c.getValue()
                            + " (lag " + Math.max(0, e.getValue().next() - c.getValue()) + ")").reduce("", String::concat))
                    .toList());
            case "producer" -> "published " + q.published() + " to " + q.topic() + ", " + q.resent() + " resent";
            default -> "consumed " + q.consumed() + " of " + q.topic() + ", " + q.redelivered() + " redelivered, committed "
                    + q.committed() + " (lag " + q.lag() + ")";
        };
    }

    /** "log publisher tcp://...: 120 lines published, 0 dropped" (or why it did not bind), from the report's entry. */
    static String logPublisher(java.util.Map<String, Object> entry) {
        if (entry.containsKey("error")) {
            return "  log publisher: error: " + entry.get("error");
        }
        return "  log publisher " + entry.get("endpoint") + ": " + entry.get("published") + " lines published, "
                + entry.get("dropped") + " dropped";
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.3f", d);
    }
}
