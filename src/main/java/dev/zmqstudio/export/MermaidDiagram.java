package dev.zmqstudio.export;

import dev.zmqstudio.model.Family;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.EnumSet;
import java.util.Set;

/**
 * A topology as a Mermaid flowchart: a box per node in its family's colours (a class per family), an edge per wire
 * in the data's direction labelled with its id, endpoint and who connects, a dotted edge per link.
 */
final class MermaidDiagram {
    /** Words Mermaid reads as syntax when they stand alone as a node id. */
    private static final Set<String> RESERVED = Set.of("end", "graph", "flowchart", "subgraph", "click", "style",
            "classDef", "class", "linkStyle", "direction");

    private MermaidDiagram() {
    }

    static ExportedFile of(Topology t) {
        Names names = new Names(t.nodes().stream().map(Node::id).toList(), RESERVED);
        StringBuilder b = new StringBuilder();
        b.append("%% ").append(DiagramText.header(t)).append('\n');
        b.append("flowchart LR\n");
        Set<Family> used = EnumSet.noneOf(Family.class);
        for (Node n : t.nodes()) {
            Family family = Family.of(n.type());
            used.add(family);
            b.append("  ").append(names.of(n.id())).append("[\"").append(String.join("<br/>", DiagramText.nodeLines(n).stream().map(MermaidDiagram::text).toList()))
                    .append("\"]:::").append(family.key()).append('\n');
        }
        for (Wire w : t.wires()) {
            String label = text(DiagramText.wireLabel(t, w));
            String from = names.of(w.from());
            String to = names.of(w.to());
            switch (DiagramText.arrow(t, w)) {
                case FROM_TO -> b.append("  ").append(from).append(" -->|\"").append(label).append("\"| ").append(to);
                case TO_FROM -> b.append("  ").append(to).append(" -->|\"").append(label).append("\"| ").append(from);
                case BOTH -> b.append("  ").append(from).append(" <-->|\"").append(label).append("\"| ").append(to);
                case NONE -> b.append("  ").append(from).append(" ---|\"").append(label).append("\"| ").append(to);
            }
            b.append('\n');
        }
        for (Link l : t.links()) {
            b.append("  ").append(names.of(l.from())).append(" -.->|\"").append(text(DiagramText.linkLabel(l))).append("\"| ")
                    .append(names.of(l.to())).append('\n');
        }
        for (Family f : used) {
            DiagramColours c = DiagramColours.of(f);
            b.append("  classDef ").append(f.key()).append(" fill:").append(c.fill).append(",stroke:").append(c.stroke)
                    .append(",color:").append(c.text).append('\n');
        }
        if (!t.links().isEmpty()) {
            int first = t.wires().size();
            StringBuilder indexes = new StringBuilder();
            for (int i = 0; i < t.links().size(); i++) {
                indexes.append(i == 0 ? "" : ",").append(first + i);
            }
            b.append("  linkStyle ").append(indexes).append(" stroke:").append(DiagramColours.LINK).append('\n');
        }
        return new ExportedFile(DiagramText.fileName(t) + ".mmd", b.toString());
    }

    /** Mermaid label text: its own entity codes for the characters its syntax uses. */
    private static String text(String s) {
        return s.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("|", "#124;");
    }
}
