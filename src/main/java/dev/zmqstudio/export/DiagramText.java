package dev.zmqstudio.export;

import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/** What exported diagrams say about a topology, whatever their syntax: node and wire labels, data direction, header. */
final class DiagramText {
    private DiagramText() {
    }

    /** Which way data goes on a wire, for the arrow. */
    enum Arrow { FROM_TO, TO_FROM, BOTH, NONE }

    /** "Exported by ZMQ Studio 0.1.0 from topology pipeline; export again to update (edits here are replaced)." */
    static String header(Topology t) {
        return "Exported by ZMQ Studio " + AppVersion.current() + " from topology " + oneLine(t.name())
                + "; export again to update (edits here are replaced)";
    }

    /**
     * Text from the file made fit for a one-line comment in a generated program: every line break and other control
     * character (the Unicode line and paragraph separators too) a space, so that nothing the file says can end the
     * comment and become code.
     */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return b.toString();
    }

    /** The node's lines: its label (or id), its type (a device's two sockets), what it binds. */
    static List<String> nodeLines(Node n) {
        List<String> lines = new ArrayList<>();
        lines.add(n.label() == null || n.label().isBlank() ? n.id() : n.label());
        if (n instanceof DeviceNode d) {
            lines.add(d.type().name() + " (" + d.type().frontend() + " → " + d.type().backend() + ")");
        } else {
            lines.add(n.type().name());
        }
        for (Side side : n.sides()) {
            SocketSpec spec = n.socket(side);
            for (String bind : spec.binds()) {
                lines.add((n.sides().size() > 1 ? side.key() + " " : "") + "binds " + bind);
            }
        }
        return lines;
    }

    /** "w1 · tcp://127.0.0.1:5555 · puller connects" (a device's side named where it has two). */
    static String wireLabel(Topology t, Wire w) {
        String connector = w.from() + (t.node(w.from()).map(n -> n.sides().size() > 1).orElse(false) ? "." + w.fromSide().key() : "");
        return w.id() + " · " + w.endpoint() + " · " + connector + " connects";
    }

    /** The data direction of a wire: from its connector (from) to its binder (to), back, both ways, or none. */
    static Arrow arrow(Topology t, Wire w) {
        Node from = t.node(w.from()).orElse(null);
        Node to = t.node(w.to()).orElse(null);
        if (from == null || to == null) {
            return Arrow.NONE;
        }
        return switch (Compatibility.flow(from.socket(w.fromSide()).type(), to.socket(w.toSide()).type())) {
            case TO_BINDER -> Arrow.FROM_TO;
            case TO_CONNECTOR -> Arrow.TO_FROM;
            case BOTH -> Arrow.BOTH;
            case NONE -> Arrow.NONE;
        };
    }

    /**
     * The exported file's name without its extension: the topology's name with every character other than a letter,
     * digit, dot, dash or underscore made an underscore, never starting with a dot; "topology" when it has none.
     */
    static String fileName(Topology t) {
        String name = t.name() == null || t.name().isBlank() ? "topology" : t.name();
        String plain = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return plain.startsWith(".") ? "_" + plain.substring(1) : plain;
    }

    /** "even-1: if json.num % 2 == 0", "sum-1: → {...}". */
    static String linkLabel(Link l) {
        StringBuilder b = new StringBuilder(l.id());
        if (l.filter() != null) {
            b.append(": if ").append(l.filter());
        }
        if (l.transform() != null) {
            b.append(l.filter() == null ? ": → " : ", → ").append(l.transform());
        }
        return b.toString();
    }
}
