package dev.zmqstudio.export;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;

import java.util.ArrayList;
import java.util.List;
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
    private final ProgramPlan plan;
    private final List<String> notes;

    private PyzmqExport(Topology t) {
        this.t = t;
        this.plan = new ProgramPlan(t, PYTHON_WORDS);
        this.notes = plan.notes;
    }

    static ExportResult of(Topology t) {
        return new PyzmqExport(t).export();
    }

    private ExportResult export() {
        List<ExportedFile> files = new ArrayList<>();
        plan.units.forEach((name, nodes) -> files.add(new ExportedFile(name + ".py", unitScript(name, nodes))));
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
        b.append("unit = zsrt.Unit(").append(py(name)).append(", units=").append(plan.units.size()).append(")\n");
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
        ProgramPlan.SocketFacts f = plan.socket(n, side);
        SocketSpec spec = n.socket(side);
        StringBuilder b = new StringBuilder();
        b.append(f.variable()).append(" = unit.socket(").append(py(f.label())).append(", ").append(py(f.type().name()))
                .append(", binds=").append(pyList(f.binds())).append(", connects=").append(pyList(f.connects()))
                .append(", wires=").append(f.wires());
        if (f.subscriptionsExpected() > 0) {
            b.append(", subscriptions_expected=").append(f.subscriptionsExpected());
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

    private void behaviour(Node n, StringBuilder b) {
        if (n instanceof DeviceNode d) {
            b.append("unit.device(").append(py(d.id())).append(", ").append(py(d.type().name())).append(", ")
                    .append(plan.variable(d.id(), Side.FRONTEND)).append(", ")
                    .append(plan.variable(d.id(), Side.BACKEND)).append(")\n");
            return;
        }
        SocketNode s = (SocketNode) n;
        String v = plan.variable(s.id());
        String port = ProgramPlan.firstPort(s);
        switch (s.behaviour()) {
            case Behaviour.Generator g -> b.append("unit.generator(").append(v).append(", frames=").append(pyList(ProgramPlan.frames(g.template(), g.frames())))
                    .append(", rate=").append(ProgramPlan.number(g.rate())).append(", count=").append(g.count())
                    .append(", topics=").append(pyList(g.topics())).append(", seed=").append(g.seed())
                    .append(", log=").append(g.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            case Behaviour.Requester r -> b.append("unit.requester(").append(v).append(", frames=").append(pyList(ProgramPlan.frames(r.template(), r.frames())))
                    .append(", rate=").append(ProgramPlan.number(r.rate())).append(", count=").append(r.count())
                    .append(", log=").append(r.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            case Behaviour.Replier r -> {
                if (s.type() != SocketType.REP) {
                    notes.add("node " + s.id() + ": a " + s.type() + " replier is not exported (REP repliers are)");
                    b.append("# TODO: ").append(s.id()).append(" replies as a ").append(s.type()).append(" (not exported)\n");
                    return;
                }
                b.append("unit.replier(").append(v).append(", frames=").append(pyList(ProgramPlan.frames(r.template(), r.frames())))
                        .append(", log=").append(r.log() ? "True" : "False").append(", port=").append(py(port)).append(")\n");
            }
            case Behaviour.Sink k -> {
                String aggregate = lambda(k.aggregate(), "node " + s.id() + ": the aggregate", "it is not computed", b);
                if (k.countBy() != null) {
                    notes.add("node " + s.id() + ": countBy '" + k.countBy() + "' is not exported: the program counts messages, not by key");
                    b.append("# TODO: count by ").append(DiagramText.oneLine(k.countBy())).append(" (not exported)\n");
                }
                b.append("unit.sink(").append(v).append(", log=").append(k.log() ? "True" : "False")
                        .append(", fmt=").append(py(k.format())).append(", aggregate=").append(aggregate)
                        .append(", record=").append(k.record() == null ? "None" : py(k.record()))
                        .append(", work_ms=").append(ProgramPlan.number(k.workMillis())).append(")\n");
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
        b.append("# link ").append(DiagramText.oneLine(l.id())).append("\n");
        b.append("unit.link(").append(plan.variable(l.from())).append(", ").append(plan.variable(l.to()))
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
        b.append("# TODO: ").append(DiagramText.oneLine(expression)).append(" (not translated: ").append(instead).append(")\n");
        return "None";
    }

    private String runAll() {
        return plan.runAll(header(), "PY=${PYTHON:-python3}\n", unit -> "$PY " + unit + ".py");
    }

    /** A Python string literal (double quotes; backslashes, quotes and control characters escaped). */
    static String py(String s) {
        return ProgramPlan.quoted(s, "\\x%02x");
    }

    private static String pyList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(PyzmqExport::py).toList()) + "]";
    }

    private static String runtime() {
        return ProgramPlan.resource("zsrt.py");
    }
}
