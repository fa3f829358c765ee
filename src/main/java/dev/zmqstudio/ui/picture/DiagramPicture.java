package dev.zmqstudio.ui.picture;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dev.zmqstudio.export.DiagramPictures;
import dev.zmqstudio.export.ExportKind;
import dev.zmqstudio.export.ExportedFile;
import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.edit.Editor;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D.Double;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A topology drawn by the designer's own canvas (its styles, icons, wire labels; at 100%, light, nothing selected)
 * as a vector picture: SVG (JFreeSVG) or PDF (OpenPDF), one page the size of the diagram. Built off screen, in a
 * scene of its own, so the user's view (zoom, selection, a run) never shows in it. Callable from any thread; the
 * drawing happens on the FX thread, which is started (headless when there is no display) if it is not yet.
 */
public final class DiagramPicture implements DiagramPictures {
    /** Room around the diagram, in points (= diagram units at 100%). */
    private static final double MARGIN = 24;

    @Override
    public ExportedFile draw(Topology topology, ExportKind kind) throws IOException {
        if (!kind.drawn()) {
            throw new IllegalArgumentException(kind.key() + " is not a picture");
        }
        FxToolkit.ensureStarted();
        CompletableFuture<ExportedFile> result = new CompletableFuture<>();
        Runnable job = () -> {
            try {
                result.complete(drawOnFxThread(topology, kind));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        if (Platform.isFxApplicationThread()) {
            job.run();
        } else {
            Platform.runLater(job);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the diagram", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot draw the diagram: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static ExportedFile drawOnFxThread(Topology topology, ExportKind kind) throws IOException {
        Editor editor = new Editor();
        editor.document().replace(topology, null);
        DiagramCanvas canvas = new DiagramCanvas(editor);
        Scene scene = new Scene(new StackPane(canvas), 1200, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                DiagramCanvas.class.getResource("/dev/zmqstudio/ui/designer.css"), "designer.css").toExternalForm());
        Rectangle2D content = canvas.drawWhole();
        double width = content == null ? 2 * MARGIN : content.getWidth() + 2 * MARGIN;
        double height = content == null ? 2 * MARGIN : content.getHeight() + 2 * MARGIN;
        AffineTransform toPicture = content == null ? new AffineTransform()
                : AffineTransform.getTranslateInstance(MARGIN - content.getMinX(), MARGIN - content.getMinY());
        java.awt.Color paper = paper(canvas);
        String name = fileName(topology, kind);
        if (kind == ExportKind.SVG) {
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            paint(svg, canvas, toPicture, paper, width, height);
            // No DOCTYPE: it names the SVG 1.0 DTD on w3.org, which XML parsers would then fetch.
            return new ExportedFile(name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n");
        }
        return new ExportedFile(name, pdf(topology, canvas, toPicture, paper, width, height));
    }

    private static byte[] pdf(Topology topology, DiagramCanvas canvas, AffineTransform toPicture, java.awt.Color paper,
                              double width, double height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new com.lowagie.text.Rectangle((float) width, (float) height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(topology.name());
            doc.addCreator("ZMQ Studio " + AppVersion.current());
            doc.open();
            PdfContentByte content = writer.getDirectContent();
            Graphics2D g = content.createGraphics((float) width, (float) height);
            try {
                paint(g, canvas, toPicture, paper, width, height);
            } finally {
                g.dispose();
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void paint(Graphics2D g, DiagramCanvas canvas, AffineTransform toPicture, java.awt.Color paper,
                              double width, double height) {
        g.setColor(paper);
        g.fill(new Double(0, 0, width, height));
        new FxPainter(g, canvas.world(), toPicture).paintChildren(canvas.world());
    }

    /** The canvas's own background colour (the stylesheet's), white when it has none. */
    private static java.awt.Color paper(DiagramCanvas canvas) {
        if (canvas.getBackground() != null) {
            for (BackgroundFill f : canvas.getBackground().getFills()) {
                if (f.getFill() instanceof Color c && c.getOpacity() > 0) {
                    return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
                }
            }
        }
        return java.awt.Color.WHITE;
    }

    /** The picture's file name: the topology's name ({@link #safeName}) and the kind's extension. */
    public static String fileName(Topology topology, ExportKind kind) {
        String name = topology.name() == null || topology.name().isBlank() ? "diagram" : safeName(topology.name());
        return name + "." + kind.key();
    }

    /** The topology's name as a file name: letters, digits, '-', '_' and '.' kept, the rest '-'. */
    static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return s.isEmpty() ? "diagram" : s;
    }
}
