package dev.zmqstudio.export;

import dev.zmqstudio.model.Topology;

import java.util.List;

/** A topology exported as {@link ExportKind}: the files to write (pure; {@link ExportFolder} writes them). */
public final class TopologyExport {
    private TopologyExport() {
    }

    public static List<ExportedFile> of(Topology topology, ExportKind kind) {
        return switch (kind) {
            case MERMAID -> List.of(MermaidDiagram.of(topology));
            case DOT -> List.of(DotDiagram.of(topology));
        };
    }
}
