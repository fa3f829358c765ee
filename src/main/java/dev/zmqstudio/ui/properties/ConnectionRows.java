package dev.zmqstudio.ui.properties;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import dev.zmqstudio.ui.edit.Ports;

import java.util.List;

/** Property rows of a wire, a link, and of the topology itself (when nothing is selected). */
final class ConnectionRows {

    private final Editor editor;

    ConnectionRows(Editor editor) {
        this.editor = editor;
    }

    List<SheetItem> wire(Wire wire) {
        String transport = Ports.parse(wire.endpoint()).map(e -> e.transport().scheme()).orElse("tcp");
        Rows rows = new Rows().category("Wire")
                .readOnly("id", "Id", wire.id())
                .readOnly("data", "Data", dev.zmqstudio.model.WireReading.ends(wire.from(), wire.to(),
                        dev.zmqstudio.model.WireReading.flow(editor.topology(), wire), "→", "↔"))
                .readOnly("from", "Connects", wire.from() + side(wire.fromSide().key()))
                .readOnly("to", "Binds", wire.to() + side(wire.toSide().key()))
                .text("endpoint", "Endpoint", "Where the connecting socket connects; its peer binds it",
                        wire.endpoint(), v -> endpoint(wire.id(), v))
                .choice("transport", "Transport", "tcp works across processes; inproc only inside one process",
                        List.of("tcp", "inproc"), transport, v -> transport(wire.id(), v))
                .bool("curve", "CURVE", "Encrypt and authenticate this wire: " + wire.to() + " is the server, "
                                + wire.from() + " a client; make their keys with zmq-studio keys generate FILE"
                                + " (keys/ beside the file)", wire.curve(),
                        on -> editor.execute(Edits.changeTopology(on ? "secure " + wire.id() : "unsecure " + wire.id(),
                                t -> t.wire(wire.id()).map(w -> t.replaceWire(w.withCurve(on))).orElse(t))) ? null : "not changed");
        network(rows, wire);
        return rows.build();
    }

    /**
     * What the wire's network does: off, the wire is plain; on, it runs through a fault proxy whose latency, cap
     * and cut can change while it runs (inproc too, carried over loopback tcp).
     */
    private void network(Rows rows, Wire wire) {
        WireFaults f = wire.faults();
        rows.category("Network")
                .bool("faults", "Fault proxy", "Carry this wire through a proxy that adds latency, caps bandwidth or"
                                + " cuts it, also while it runs (set before Run)", f != null,
                        on -> faults(wire.id(), on ? WireFaults.NONE : null));
        if (f == null) {
            return;
        }
        rows.integer("latency", "Latency ms", "Added one-way latency (0 to " + WireFaults.MAX_LATENCY_MS + " ms)",
                        f.latencyMs(), v -> v < 0 || v > WireFaults.MAX_LATENCY_MS ? "must be 0 to "
                                + WireFaults.MAX_LATENCY_MS + " ms" : faults(wire.id(), f.withLatency((int) v, Math.min(f.jitterMs(), (int) v))))
                .integer("jitter", "Jitter ms", "Each chunk waits the latency plus or minus up to this (never reordered)",
                        f.jitterMs(), v -> v < 0 || v > f.latencyMs() ? "must be 0 to the latency (" + f.latencyMs() + " ms)"
                                : faults(wire.id(), f.withLatency(f.latencyMs(), (int) v)))
                .integer("bandwidth", "Bytes/s", "Bandwidth cap each way (0: none; at least "
                                + WireFaults.MIN_BYTES_PER_SECOND + ")", f.bytesPerSecond(),
                        v -> v != 0 && (v < WireFaults.MIN_BYTES_PER_SECOND || v > WireFaults.MAX_BYTES_PER_SECOND)
                                ? "0, or " + WireFaults.MIN_BYTES_PER_SECOND + " to " + WireFaults.MAX_BYTES_PER_SECOND
                                : faults(wire.id(), f.withBandwidth(v)))
                .choice("direction", "Direction", "Which way the latency and the cap act",
                        java.util.Arrays.stream(FaultDirection.values()).map(FaultDirection::key).toList(),
                        f.direction().key(), v -> faults(wire.id(), f.withDirection(FaultDirection.byKey(v).orElseThrow())))
                .bool("cut", "Cut", "A partition: connections reset, new ones refused until healed (ZeroMQ retries)",
                        f.cut(), v -> faults(wire.id(), f.withCut(v)));
    }

    private String faults(String wireId, WireFaults faults) {
        Wire wire = editor.topology().wire(wireId).orElse(null);
        if (wire == null) {
            return "the wire no longer exists";
        }
        if (!java.util.Objects.equals(wire.faults(), faults)) {
            editor.execute(Edits.changeWireFaults(wireId, faults));
        }
        return null;
    }

    List<SheetItem> link(Link link) {
        return new Rows().category("Link")
                .readOnly("id", "Id", link.id())
                .readOnly("from", "From", link.from())
                .readOnly("to", "Into", link.to())
                .text("filter", "Filter", "Boolean expression; messages it rejects are dropped (empty: all pass)",
                        link.filter() == null ? "" : link.filter(),
                        v -> changeLink(link.id(), l -> l.withExpressions(v, l.transform())))
                .text("transform", "Transform", "Expression that rewrites the message (empty: unchanged)",
                        link.transform() == null ? "" : link.transform(),
                        v -> changeLink(link.id(), l -> l.withExpressions(l.filter(), v)))
                .build();
    }

    List<SheetItem> topology(Topology t) {
        return new Rows().category("Topology")
                .text("name", "Name", "Shown in the title bar", t.name(),
                        v -> topologyEdit("name", x -> x.withName(v)))
                .prose("description", "Description", "What this topology shows", t.description(),
                        v -> topologyEdit("description", x -> x.withDescription(v)))
                .bool("wait", "Wait for peers", "Generators wait (up to 5 s) until every wire is connected and every declared subscription has arrived (exact counts)",
                        t.settings().waitForConnections(),
                        v -> topologyEdit("wait for connections", x -> x.withSettings(x.settings().withWaitForConnections(v))))
                .choice("default-placement", "Placement", "Where nodes with placement 'default' run",
                        List.of(Placement.IN_PROCESS.key(), Placement.CHILD_PROCESS.key()),
                        t.settings().defaultPlacement().key(),
                        v -> topologyEdit("default placement", x -> x.withSettings(
                                x.settings().withDefaultPlacement(Placement.byKey(v).orElseThrow()))))
                .integer("expression-budget", "Expression ms", "Time one evaluation of a filter, transform or aggregate"
                                + " may take; past it, that message fails (" + Settings.MIN_EXPRESSION_BUDGET_MS + " to "
                                + Settings.MAX_EXPRESSION_BUDGET_MS + " ms)",
                        t.settings().expressionBudgetMs(), this::expressionBudget)
                .bool("curve-all", "CURVE", "Encrypt and authenticate every tcp and ipc wire with CURVE (keys/ beside"
                                + " the file; zmq-studio keys generate FILE makes them)", t.settings().curve(),
                        v -> topologyEdit("CURVE on every wire", x -> x.withSettings(x.settings().withCurve(v))))
                .text("log-publisher", "Log publisher", "Endpoint where Run publishes every node's log lines as"
                                + " [zmq-studio.LEVEL.node][text] (python3 -m zmq.log ENDPOINT prints them), e.g."
                                + " tcp://127.0.0.1:5565 (empty: none)",
                        t.settings().logPublisher() == null ? "" : t.settings().logPublisher(),
                        v -> topologyEdit("log publisher", x -> x.withSettings(x.settings().withLogPublisher(v))))
                .readOnly("counts", "Contents", count(t.nodes().size(), "node") + ", "
                        + count(t.wires().size(), "wire") + ", " + count(t.links().size(), "link"))
                .build();
    }

    private String endpoint(String wireId, String text) {
        try {
            Endpoint.parse(text);
        } catch (EndpointSyntaxException e) {
            return e.getMessage();
        }
        return editor.execute(Edits.changeWireEndpoint(wireId, text)) ? null : "not changed";
    }

    private String transport(String wireId, String scheme) {
        Wire wire = editor.topology().wire(wireId).orElse(null);
        if (wire == null) {
            return "the wire no longer exists";
        }
        String endpoint = scheme.equals(Transport.INPROC.scheme())
                ? Ports.freshInproc(editor.topology(), wire.to())
                : editor.ports().freshTcp(editor.topology());
        return endpoint(wireId, endpoint);
    }

    private String changeLink(String linkId, java.util.function.UnaryOperator<Link> f) {
        Link link = editor.topology().link(linkId).orElse(null);
        if (link == null) {
            return "the link no longer exists";
        }
        Link changed = f.apply(link);
        if (!changed.equals(link)) {
            editor.execute(Edits.changeLink(changed));
        }
        return null;
    }

    private String topologyEdit(String what, java.util.function.UnaryOperator<Topology> f) {
        Topology changed = f.apply(editor.topology());
        if (!changed.equals(editor.topology())) {
            editor.execute(Edits.changeTopology(what, f));
        }
        return null;
    }

    private String expressionBudget(long millis) {
        if (millis < Settings.MIN_EXPRESSION_BUDGET_MS || millis > Settings.MAX_EXPRESSION_BUDGET_MS) {
            return "must be " + Settings.MIN_EXPRESSION_BUDGET_MS + " to " + Settings.MAX_EXPRESSION_BUDGET_MS + " ms";
        }
        return topologyEdit("expression budget", x -> x.withSettings(x.settings().withExpressionBudgetMs((int) millis)));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String side(String key) {
        return key.equals("main") ? "" : " (" + key + ")";
    }
}
