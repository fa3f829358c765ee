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
 * A topology as JeroMQ programs: one single-file Java program per unit (run by JDK 25's source launcher, {@code java
 * -cp jeromq.jar unit.java}, which compiles the runtime {@code Zsrt.java} beside it on demand), declaring its sockets,
 * behaviours and links as {@link PyzmqExport}'s Python programs do, and {@code run_all.sh} that starts them (binders
 * first) and stops them once every generator has finished. What cannot be exported is said in the notes.
 */
final class JavaExport {
    private static final Set<String> JAVA_WORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "_", "Zsrt", "List",
            "String", "Object", "System", "Math", "m", "unit", "args", "main", "run_all");

    private final Topology t;
    private final ProgramPlan plan;

    private JavaExport(Topology t) {
        this.t = t;
        this.plan = new ProgramPlan(t, JAVA_WORDS);
    }

    static ExportResult of(Topology t) {
        return new JavaExport(t).export();
    }

    private ExportResult export() {
        List<ExportedFile> files = new ArrayList<>();
        plan.units.forEach((name, nodes) -> files.add(new ExportedFile(name + ".java", program(name, nodes))));
        files.add(new ExportedFile("Zsrt.java", runtime()));
        files.add(new ExportedFile("run_all.sh", plan.runAll("# " + comment(DiagramText.header(t)) + "\n",
                """
                JAVA=${JAVA:-java}
                [ -f "$JEROMQ" ] || { echo "run_all.sh: set JEROMQ to JeroMQ 0.6.0's jar (e.g. ~/.m2/repository/org/zeromq/jeromq/0.6.0/jeromq-0.6.0.jar)" >&2; exit 2; }
                """, unit -> "$JAVA -cp \"$JEROMQ\" " + unit + ".java")));
        return new ExportResult(files, plan.notes);
    }

    private String program(String name, List<Node> nodes) {
        StringBuilder b = new StringBuilder("// ").append(comment(DiagramText.header(t))).append('\n');
        b.append("// Unit ").append(name).append(": ").append(comment(String.join(", ", nodes.stream().map(Node::id).toList())))
                .append(". Run every unit with run_all.sh (JDK 25, and JEROMQ set to JeroMQ's jar).\n");
        b.append("import java.util.List;\n\n");
        b.append("public final class ").append(name).append(" {\n");
        b.append("    public static void main(String[] args) throws Exception {\n");
        StringBuilder body = new StringBuilder();
        body.append("Zsrt.Unit unit = new Zsrt.Unit(").append(java(name)).append(", ").append(plan.units.size()).append(");\n");
        for (Node n : nodes) {
            for (Side side : n.sides()) {
                body.append(socketLine(n, side));
            }
        }
        for (Node n : nodes) {
            behaviour(n, body);
        }
        for (Link l : t.links()) {
            if (nodes.stream().anyMatch(n -> n.id().equals(l.from()))) {
                body.append(linkLine(l));
            }
        }
        body.append("unit.run();\n");
        body.toString().lines().forEach(line -> b.append("        ").append(line).append('\n'));
        return b.append("    }\n}\n").toString();
    }

    private String socketLine(Node n, Side side) {
        ProgramPlan.SocketFacts f = plan.socket(n, side);
        SocketSpec spec = n.socket(side);
        String identity = spec.options().identity() == null || spec.options().identity().isEmpty() ? "null" : java(spec.options().identity());
        return "Zsrt.Node " + f.variable() + " = unit.socket(" + java(f.label()) + ", " + java(f.type().name())
                + ", " + list(f.binds()) + ", " + list(f.connects()) + ", " + f.wires() + ", " + f.subscriptionsExpected()
                + ", " + spec.options().sendHwm() + ", " + spec.options().receiveHwm() + ", "
                + list(spec.options().subscriptions()) + ", " + identity + ");\n";
    }

    private void behaviour(Node n, StringBuilder b) {
        if (n instanceof DeviceNode d) {
            b.append("unit.device(").append(java(d.id())).append(", ").append(java(d.type().name())).append(", ")
                    .append(plan.variable(d.id(), Side.FRONTEND)).append(", ").append(plan.variable(d.id(), Side.BACKEND)).append(");\n");
            return;
        }
        SocketNode s = (SocketNode) n;
        String v = plan.variable(s.id());
        String port = java(ProgramPlan.firstPort(s));
        switch (s.behaviour()) {
            case Behaviour.Generator g -> b.append("unit.generator(").append(v).append(", ")
                    .append(list(ProgramPlan.frames(g.template(), g.frames()))).append(", ").append(ProgramPlan.number(g.rate()))
                    .append(", ").append(g.count()).append("L, ").append(list(g.topics())).append(", ").append(g.seed())
                    .append("L, ").append(g.log()).append(", ").append(port).append(");\n");
            case Behaviour.Requester r -> b.append("unit.requester(").append(v).append(", ")
                    .append(list(ProgramPlan.frames(r.template(), r.frames()))).append(", ").append(ProgramPlan.number(r.rate()))
                    .append(", ").append(r.count()).append("L, ").append(r.log()).append(", ").append(port).append(");\n");
            case Behaviour.Replier r -> {
                if (s.type() != SocketType.REP) {
                    plan.notes.add("node " + s.id() + ": a " + s.type() + " replier is not exported (REP repliers are)");
                    b.append("// TODO: ").append(comment(s.id())).append(" replies as a ").append(s.type()).append(" (not exported)\n");
                    return;
                }
                b.append("unit.replier(").append(v).append(", ").append(list(ProgramPlan.frames(r.template(), r.frames())))
                        .append(", ").append(r.log()).append(", ").append(port).append(");\n");
            }
            case Behaviour.Sink k -> {
                String aggregate = lambda(k.aggregate(), false, "node " + s.id() + ": the aggregate", "it is not computed", b);
                if (k.countBy() != null) {
                    plan.notes.add("node " + s.id() + ": countBy '" + k.countBy() + "' is not exported: the program counts messages, not by key");
                    b.append("// TODO: count by ").append(comment(k.countBy())).append(" (not exported)\n");
                }
                b.append("unit.sink(").append(v).append(", ").append(k.log()).append(", ").append(java(k.format()))
                        .append(", ").append(aggregate).append(", ").append(k.record() == null ? "null" : java(k.record()))
                        .append(", ").append(ProgramPlan.number(k.workMillis())).append(");\n");
            }
            case Behaviour.Passive p -> { }
            default -> {
                plan.notes.add("node " + s.id() + ": its behaviour (" + s.behaviour().kind() + ") is not exported");
                b.append("// TODO: ").append(comment(s.id())).append(" behaves as ").append(s.behaviour().kind()).append(" (not exported)\n");
            }
        }
    }

    private String linkLine(Link l) {
        StringBuilder b = new StringBuilder();
        String keep = lambda(l.filter(), true, "link " + l.id() + ": the filter", "every message passes", b);
        String transform = lambda(l.transform(), false, "link " + l.id() + ": the transform", "messages pass unchanged", b);
        b.append("// link ").append(comment(l.id())).append('\n');
        b.append("unit.link(").append(plan.variable(l.from())).append(", ").append(plan.variable(l.to())).append(", ")
                .append(keep).append(", ").append(transform).append(");\n");
        return b.toString();
    }

    /**
     * {@code expression} as a Java lambda over the message ({@code test}: a predicate), "null" when there is none or it
     * cannot be translated (then with a note and a TODO in {@code b}).
     */
    private String lambda(String expression, boolean test, String what, String instead, StringBuilder b) {
        if (expression == null) {
            return "null";
        }
        Optional<String> code = JavaExpression.of(expression);
        if (code.isPresent()) {
            return test ? "m -> Zsrt.truthy(" + code.get() + ")" : "m -> " + code.get();
        }
        plan.notes.add(what + " '" + expression + "' is not translated: " + instead);
        b.append("// TODO: ").append(comment(expression)).append(" (not translated: ").append(instead).append(")\n");
        return "null";
    }

    /**
     * {@code text} for a {@code //} comment: one line, and every backslash doubled, as the compiler reads a Unicode
     * escape ({@code \\u000a}, a line break) even inside a comment.
     */
    private static String comment(String text) {
        return DiagramText.oneLine(text).replace("\\", "\\\\");
    }

    /** A Java string literal. */
    static String java(String s) {
        return ProgramPlan.quoted(s, "\\u%04x");
    }

    private static String list(List<String> items) {
        return "List.of(" + String.join(", ", items.stream().map(JavaExport::java).toList()) + ")";
    }

    private static String runtime() {
        return ProgramPlan.resource("Zsrt.java");
    }
}
