package dev.zmqstudio.export;

import dev.zmqstudio.model.Topology;

import java.util.List;

/**
 * A topology exported as {@link ExportKind} (all but the drawn ones, {@link DiagramPictures}, and the deployments,
 * {@link DeploymentExport}): the files to write
 * (pure; {@link ExportFolder} writes them).
 */
public final class TopologyExport {
    private TopologyExport() {
    }

    public static ExportResult of(Topology topology, ExportKind kind) {
        return switch (kind) {
            case MERMAID -> new ExportResult(List.of(MermaidDiagram.of(topology)), List.of());
            case DOT -> new ExportResult(List.of(DotDiagram.of(topology)), List.of());
            case PYZMQ -> PyzmqExport.of(topology);
            case JAVA -> JavaExport.of(topology);
            case SVG, PDF -> throw new IllegalArgumentException(kind.key() + " is drawn by the designer: see DiagramPictures");
            case COMPOSE, KUBERNETES -> throw new IllegalArgumentException(kind.key() + " needs the file's name and the app's"
                    + " files: see DeploymentExport");
        };
    }
}
