package dev.zmqstudio.export;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A topology as pyzmq programs: one per unit (a node, or nodes joined by links or inproc wires, which must share a
 * process), each declaring its sockets, behaviours and links for the runtime {@code zsrt.py} beside it, and
 * {@code run_all.sh} that starts them (binders first) and stops them once every generator has finished. What cannot
 * be exported is said in the result's notes (and in a TODO where it would have gone).
 */
final class PyzmqExport {
    private static final Set<String> PYTHON_WORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "zmq", "zsrt", "unit", "get", "num", "zsrt_sum", "run_all");

    private final Topology t;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<Node>> units = new LinkedHashMap<>();
    private final Map<String, String> unitOf = new LinkedHashMap<>();
    private final Names variables;

    private PyzmqExport(Topology t) {
        this.t = t;
        List<String> socketNames = new ArrayList<>();
        for (Node n : exported()) {
            for (Side side : n.sides()) {
                socketNames.add(socketKey(n, side));
            }
        }
        this.variables = new Names(socketNames, PYTHON_WORDS);
        groupUnits();
    }

    static ExportResult of(Topology t) {
        return new PyzmqExport(t).export();
    }

    private List<Node> exported() {
        return t.nodes().stream().filter(n -> t.placementOf(n) != Placement.EXTERNAL).toList();
    }

    private static String socketKey(Node n, Side side) {
        return n.sides().size() > 1 ? n.id() + "-" + side.key() : n.id();
    }

    /** Nodes joined by a link or an inproc wire run in one program (one context), as in the engine. */
    private void groupUnits() {
        Map<String, String> parent = new LinkedHashMap<>();
        exported().forEach(n -> parent.put(n.id(), n.id()));
        java.util.function.UnaryOperator<String>[] root = new java.util.function.UnaryOperator[1];
        root[0] = id -> parent.get(id).equals(id) ? id : root[0].apply(parent.get(id));
        java.util.function.BiConsumer<String, String> join = (a, b) -> {
            if (parent.containsKey(a) && parent.containsKey(b)) {
                parent.put(root[0].apply(a), root[0].apply(b));
            }
        };
        t.links().forEach(l -> join.accept(l.from(), l.to()));
        t.wires().stream().filter(w -> Endpoint.parse(w.endpoint()).transport() == Transport.INPROC)
                .forEach(w -> join.accept(w.from(), w.to()));
        Map<String, List<Node>> byRoot = new LinkedHashMap<>();
        for (Node n : exported()) {
            byRoot.computeIfAbsent(root[0].apply(n.id()), r -> new ArrayList<>()).add(n);
        }
        Names names = new Names(byRoot.values().stream().map(g -> g.getFirst().id()).toList(), PYTHON_WORDS);
        byRoot.values().forEach(g -> {
            String name = names.of(g.getFirst().id());
            units.put(name, g);
            g.forEach(n -> unitOf.put(n.id(), name));
        });
    }

    private ExportResult export() {
        t.nodes().stream().filter(n -> t.placementOf(n) == Placement.EXTERNAL).forEach(n -> notes.add("node " + n.id()
                + " is a program we do not run (external): not exported; start it yourself"));
        t.wires().stream().filter(w -> w.faults() != null && !w.faults().equals(dev.zmqstudio.model.WireFaults.NONE))
                .forEach(w -> notes.add("wire " + w.id() + ": its faults (" + w.faults().label() + ") are not exported"));
        if (!t.scenario().isEmpty()) {
            notes.add("the scenario (" + t.scenario().size() + " timed faults) is not exported");
        }
        List<ExportedFile> files = new ArrayList<>();
        units.forEach((name, nodes) -> files.add(new ExportedFile(name + ".py", unitScript(name, nodes))));
        files.add(new ExportedFile("zsrt.py", runtime()));
        files.add(new ExportedFile("run_all.sh", runAll()));
        return new ExportResult(files, notes);
    }

    private String header() {
        return "# " + DiagramText.header(t) + "\n";
    }

    private String unitScript(String name, List<Node> nodes) {
        StringBuilder b = new StringBuilder("#!/usr/bin/env python3\n").append(header());
        b.append("# Unit ").append(name).append(": ").append(String.join(", ", nodes.stream().map(Node::id).toList()))
                .append(". Run every unit with run_all.sh (it needs python3 with pyzmq).\n");
        b.append("import zsrt\nfrom zsrt import get, num, zsrt_sum  # noqa: F401 (the expressions below use them)\n\n");
        b.append("unit = zsrt.Unit(").append(py(name)).append(", units=").append(units.size()).append(")\n");
        for (Node n : nodes) {
            for (Side side : n.sides()) {
                b.append(socketLine(n, side));
            }
        }
        for (Node n : nodes) {
            behaviour(n, b);
        }
        for (Link l : t.links()) {
            if (nodes.stream().anyMatch(n -> n.id().equals(l.from()))) {
                b.append(linkLine(l));
            }
        }
        b.append("unit.run()\n");
        return b.toString();
    }

    private String socketLine(Node n, Side side) {
        SocketSpec spec = n.socket(side);
        SocketType type = spec.type();
        List<String> connects = new ArrayList<>();
        int wires = 0;
        int subscriptions = 0;
        for (Wire w : t.wires()) {
            boolean connector = w.from().equals(n.id()) && w.fromSide() == side;
            boolean binder = w.to().equals(n.id()) && w.toSide() == side;
            if (!connector && !binder) {
                continue;
            }
            Node other = t.node(connector ? w.to() : w.from()).orElse(null);
            if (connector) {
                connects.add(w.endpoint());
            }
            boolean otherExported = other != null && t.placementOf(other) != Placement.EXTERNAL;
            if (otherExported && Endpoint.parse(w.endpoint()).transport() != Transport.INPROC) {
                wires++;
            }
            if ((type == SocketType.PUB || type == SocketType.XPUB) && other != null
                    && subscribes(other, connector ? w.toSide() : w.fromSide())) {
                subscriptions++;
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(variables.of(socketKey(n, side))).append(" = unit.socket(").append(py(socketKey(n, side).equals(n.id())
                ? n.id() : n.id() + "." + side.key())).append(", ").append(py(type.name()))
                .append(", binds=").append(pyList(spec.binds())).append(", connects=").append(pyList(connects))
                .append(", wires=").append(wires);
        if (subscriptions > 0) {
            b.append(", subscriptions_expected=").append(subscriptions);
        }
        b.append(", sndhwm=").append(spec.options().sendHwm()).append(", rcvhwm=").append(spec.options().receiveHwm());
        if (!spec.options().subscriptions().isEmpty()) {
            b.append(", subscribe=").append(pyList(spec.options().subscriptions()));
        }
        if (spec.options().identity() != null && !spec.options().identity().isEmpty()) {
            b.append(", identity=").append(py(spec.options().identity()));
        }
        return b.append(")\n").toString();
    }

    /** Whether the socket at {@code side} of {@code node} sends a subscription upstream once connected. */
    private boolean subscribes(Node node, Side side) {
        if (node instanceof SocketNode s) {
            return (s.type() == SocketType.SUB || s.type() == SocketType.XSUB) && !s.socket().options().subscriptions().isEmpty();
        }
        // A forwarder's XSUB frontend relays the subscriptions of the subscribers behind its backend.
        return node instanceof DeviceNode d && d.type() == DeviceType.FORWARDER && side == Side.FRONTEND
                && t.wires().stream().anyMatch(w -> (w.to().equals(d.id()) && w.toSide() == Side.BACKEND
                || w.from().equals(d.id()) && w.fromSide() == Side.BACKEND)
                && t.node(w.to().equals(d.id()) ? w.from() : w.to()).map(o -> subscribes(o, Side.MAIN)).orElse(false));
    }

    private void behaviour(Node n, StringBuilder b) {
        if (n instanceof DeviceNode d) {
            b.append("unit.device(").append(py(d.id())).append(", ").append(py(d.type().name())).append(", ")
                    .append(variables.of(socketKey(d, Side.FRONTEND))).append(", ")
                    .append(variables.of(socketKey(d, Side.BACKEND))).append(")\n");
            return;
        }
        SocketNode s = (SocketNode) n;
        String v = variables.of(s.id());
        String port = s.socket().binds().isEmpty() ? "" : portOf(s.socket().binds().getFirst());
        switch (s.behaviour()) {
            case Behaviour.Generator g -> b.append("unit.generator(").append(v).append(", frames=").append(pyList(frames(g.template(), g.frames())))
                    .append(", rate=").append(number(g.rate())).append(", count=").append(g.count())
                    .append(", topics=").append(pyList(g.topics())).append(", seed=").append(g.seed())
                    .append(", log=").append(g.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            case Behaviour.Requester r -> b.append("unit.requester(").append(v).append(", frames=").append(pyList(frames(r.template(), r.frames())))
                    .append(", rate=").append(number(r.rate())).append(", count=").append(r.count())
                    .append(", log=").append(r.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            case Behaviour.Replier r -> {
                if (s.type() != SocketType.REP) {
                    notes.add("node " + s.id() + ": a " + s.type() + " replier is not exported (REP repliers are)");
                    b.append("# TODO: ").append(s.id()).append(" replies as a ").append(s.type()).append(" (not exported)\n");
                    return;
                }
                b.append("unit.replier(").append(v).append(", frames=").append(pyList(frames(r.template(), r.frames())))
                        .append(", log=").append(r.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            }
            case Behaviour.Sink k -> {
                String aggregate = lambda(k.aggregate(), "node " + s.id() + ": the aggregate", "it is not computed", b);
                b.append("unit.sink(").append(v).append(", log=").append(k.log() ? "True" : "False")
                        .append(", fmt=").append(py(k.format())).append(", aggregate=").append(aggregate)
                        .append(", record=").append(k.record() == null ? "None" : py(k.record()))
                        .append(", work_ms=").append(number(k.workMillis())).append(")\n");
            }
            case Behaviour.Passive p -> { }
            default -> {
                notes.add("node " + s.id() + ": its behaviour (" + s.behaviour().kind() + ") is not exported");
                b.append("# TODO: ").append(s.id()).append(" behaves as ").append(s.behaviour().kind()).append(" (not exported)\n");
            }
        }
    }

    private String linkLine(Link l) {
        StringBuilder b = new StringBuilder();
        String keep = lambda(l.filter(), "link " + l.id() + ": the filter", "every message passes", b);
        String transform = lambda(l.transform(), "link " + l.id() + ": the transform", "messages pass unchanged", b);
        b.append("# link ").append(l.id()).append("\n");
        b.append("unit.link(").append(variables.of(l.from())).append(", ").append(variables.of(l.to()))
                .append(", keep=").append(keep).append(", transform=").append(transform).append(")\n");
        return b.toString();
    }

    /**
     * {@code expression} as a Python lambda over the message, "None" when there is none; one that cannot be
     * translated is "None" too, with a note ("{@code what} '...' is not translated: {@code instead}") and a TODO in
     * {@code b}.
     */
    private String lambda(String expression, String what, String instead, StringBuilder b) {
        if (expression == null) {
            return "None";
        }
        Optional<String> python = PyExpression.of(expression);
        if (python.isPresent()) {
            return "lambda m: " + python.get();
        }
        notes.add(what + " '" + expression + "' is not translated: " + instead);
        b.append("# TODO: ").append(expression).append(" (not translated: ").append(instead).append(")\n");
        return "None";
    }

    private String runAll() {
        StringBuilder b = new StringBuilder("#!/bin/sh\n").append(header());
        b.append("# Starts every unit (those that bind first), waits until every generator and requester has finished,\n")
                .append("# lets the last messages settle, then stops them all; each writes its counts to run/counts/.\n")
                .append("cd \"$(dirname \"$0\")\" || exit 2\n")
                .append("rm -rf run && mkdir -p run/ready run/done run/counts\n")
                .append("PY=${PYTHON:-python3}\npids=\"\"\n");
        List<String> order = new ArrayList<>(units.keySet());
        order.sort((a, c) -> Boolean.compare(!binds(units.get(a)), !binds(units.get(c))));
        for (String unit : order) {
            b.append("$PY ").append(unit).append(".py & pids=\"$pids $!\"\n");
        }
        long senders = units.values().stream().filter(g -> g.stream().anyMatch(PyzmqExport::sends)).count();
        b.append("deadline=$(( $(date +%s) + ${TIMEOUT:-300} ))\n")
                .append("while [ \"$(ls run/done | wc -l)\" -lt ").append(senders).append(" ]; do\n")
                .append("  if [ \"$(date +%s)\" -ge \"$deadline\" ]; then echo \"run_all.sh: timed out\" >&2; kill $pids; exit 1; fi\n")
                .append("  for p in $pids; do kill -0 \"$p\" 2>/dev/null || { echo \"run_all.sh: a unit stopped early\" >&2; kill $pids 2>/dev/null; exit 1; }; done\n")
                .append("  sleep 0.1\ndone\n")
                .append("sleep ${SETTLE:-1.5}\n")
                .append("kill -TERM $pids 2>/dev/null\nstatus=0\nfor p in $pids; do wait \"$p\" || status=1; done\nexit $status\n");
        return b.toString();
    }

    private static boolean binds(List<Node> nodes) {
        return nodes.stream().anyMatch(n -> n.sides().stream().anyMatch(s -> !n.socket(s).binds().isEmpty()));
    }

    private static boolean sends(Node n) {
        return n instanceof SocketNode s && (s.behaviour() instanceof Behaviour.Generator || s.behaviour() instanceof Behaviour.Requester);
    }

    private static List<String> frames(String template, List<String> frames) {
        return frames.isEmpty() ? List.of(Objects.requireNonNullElse(template, "")) : frames;
    }

    private static String portOf(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        return colon < 0 ? "" : endpoint.substring(colon + 1);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A Python string literal (double quotes; backslashes, quotes and control characters escaped). */
    static String py(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String pyList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(PyzmqExport::py).toList()) + "]";
    }

    private static String runtime() {
        try (InputStream in = PyzmqExport.class.getResourceAsStream("zsrt.py")) {
            return new String(Objects.requireNonNull(in, "zsrt.py").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
