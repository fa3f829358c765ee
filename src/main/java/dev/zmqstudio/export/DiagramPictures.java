package dev.zmqstudio.export;

import dev.zmqstudio.model.Topology;

import java.io.IOException;

/**
 * The diagram as the designer draws it, as a picture file ({@link ExportKind#drawn()}: SVG, PDF). The designer's
 * drawing lives in {@code ui}, which {@code cli} may not use: the app hands an implementation to the CLI.
 */
@FunctionalInterface
public interface DiagramPictures {
    /** The one file of {@code topology} drawn as {@code kind}. */
    ExportedFile draw(Topology topology, ExportKind kind) throws IOException;
}
