package dev.zmqstudio.ui;

import dev.zmqstudio.ui.canvas.DiagramCanvas;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PNG pictures: of the diagram alone (Export PNG) or of the whole window (--screenshot). */
public final class Snapshots {

    private Snapshots() {
    }

    /** Largest side of an exported picture, so a huge diagram cannot exhaust memory. */
    static final double MAX_SIDE = 8000;

    /**
     * The diagram at 2× scale (less if it would exceed {@link #MAX_SIDE}) on the canvas's own background (dark in the
     * dark theme), whatever the zoom and pan.
     */
    public static void writeDiagram(DiagramCanvas canvas, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background(canvas));
        double zoom = canvas.viewport().zoom();
        javafx.geometry.Rectangle2D content = canvas.contentBounds();
        double scale = 2;
        if (content != null) {
            scale = Math.min(scale, MAX_SIDE / Math.max(content.getWidth() + 40, content.getHeight() + 40));
        }
        params.setTransform(Transform.scale(scale / zoom, scale / zoom));
        WritableImage image = canvas.world().snapshot(params, null);
        write(image, file);
    }

    private static javafx.scene.paint.Paint background(DiagramCanvas canvas) {
        var fills = canvas.getBackground() == null ? java.util.List.<javafx.scene.layout.BackgroundFill>of()
                : canvas.getBackground().getFills();
        return fills.isEmpty() ? Color.WHITE : fills.getFirst().getFill();
    }

    public static void writeScene(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
