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

    /** The diagram at 2× scale on white, independent of the current zoom and pan. */
    public static void writeDiagram(DiagramCanvas canvas, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        double zoom = canvas.viewport().zoom();
        params.setTransform(Transform.scale(2 / zoom, 2 / zoom));
        WritableImage image = canvas.world().snapshot(params, null);
        write(image, file);
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
