package dev.zmqstudio.export;

import dev.zmqstudio.model.Family;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

/**
 * A topology as a Graphviz DOT digraph, left to right: a rounded box per node in its family's colours, an edge per
 * wire in the data's direction (both ways for request-reply and pairs) labelled with its id, endpoint and who
 * connects, a dashed orange edge per link. Ids are quoted as they are: DOT takes any string.
 */
final class DotDiagram {
    private DotDiagram() {
    }

    static ExportedFile of(Topology t) {
        StringBuilder b = new StringBuilder();
        b.append("// ").append(DiagramText.header(t)).append('\n');
        b.append("digraph ").append(quote(t.name() == null ? "topology" : t.name())).append(" {\n");
        b.append("  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=11, nodesep=0.5, ranksep=1.2];\n");
        b.append("  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=11, penwidth=1.5];\n");
        b.append("  edge [fontname=\"DejaVu Sans Mono\", fontsize=9, color=\"#64748b\", fontcolor=\"#334155\"];\n");
        for (Node n : t.nodes()) {
            DiagramColours c = DiagramColours.of(Family.of(n.type()));
            b.append("  ").append(quote(n.id())).append(" [label=").append(quote(String.join("\n", DiagramText.nodeLines(n))))
                    .append(", fillcolor=\"").append(c.fill).append("\", color=\"").append(c.stroke)
                    .append("\", fontcolor=\"").append(c.text).append("\"];\n");
        }
        for (Wire w : t.wires()) {
            String label = quote(DiagramText.wireLabel(t, w));
            String from = quote(w.from());
            String to = quote(w.to());
            switch (DiagramText.arrow(t, w)) {
                case FROM_TO -> b.append("  ").append(from).append(" -> ").append(to).append(" [label=").append(label);
                case TO_FROM -> b.append("  ").append(to).append(" -> ").append(from).append(" [label=").append(label);
                case BOTH -> b.append("  ").append(from).append(" -> ").append(to).append(" [dir=both, label=").append(label);
                case NONE -> b.append("  ").append(from).append(" -> ").append(to).append(" [dir=none, label=").append(label);
            }
            b.append("];\n");
        }
        for (Link l : t.links()) {
            b.append("  ").append(quote(l.from())).append(" -> ").append(quote(l.to())).append(" [style=dashed, color=\"")
                    .append(DiagramColours.LINK).append("\", fontcolor=\"").append(DiagramColours.LINK).append("\", label=")
                    .append(quote(DiagramText.linkLabel(l))).append("];\n");
        }
        b.append("}\n");
        return new ExportedFile(DiagramText.fileName(t) + ".dot", b.toString());
    }

    /** A DOT string: in double quotes, with quotes and backslashes escaped and line breaks as \n. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
