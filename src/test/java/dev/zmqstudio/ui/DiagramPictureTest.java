package dev.zmqstudio.ui;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.export.ExportKind;
import dev.zmqstudio.export.ExportedFile;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.TopologyGenerator;
import dev.zmqstudio.ui.picture.DiagramPicture;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #19: the diagram as the designer draws it, as SVG and PDF: a vector picture with every node's name in it as
 * text, from the CLI (export --to svg|pdf), and from File > Export SVG / PDF.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class DiagramPictureTest extends DesignerFixture {
    private final DiagramPicture pictures = new DiagramPicture();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static Document svg(ExportedFile file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
    }

    private static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    private static String label(Node n) {
        return n.label() == null || n.label().isBlank() ? n.id() : n.label();
    }

    @Test
    void everyExampleIsAnSvgWithEachNodesNameAndALineForEachWire() throws Exception {
        for (String example : List.of("pipeline.json", "queue-device.json", "pubsub-weather.json", "req-rep.json")) {
            Topology t = FreePortExamples.load(example);
            ExportedFile file = pictures.draw(t, ExportKind.SVG);
            assertEquals(t.name() + ".svg", file.name());
            Document svg = svg(file);
            assertEquals("svg", svg.getDocumentElement().getLocalName(), example);
            assertTrue(Double.parseDouble(svg.getDocumentElement().getAttribute("width")) > 100, example);
            List<String> texts = texts(svg);
            for (Node n : t.nodes()) {
                assertTrue(texts.contains(label(n)), example + ": " + label(n) + " in " + texts);
            }
            for (var w : t.wires()) {
                String port = w.endpoint().substring(w.endpoint().lastIndexOf(':'));
                assertTrue(texts.stream().anyMatch(s -> s.contains(port)), example + ": " + w.endpoint() + " in " + texts);
            }
            int lines = svg.getElementsByTagNameNS("*", "line").getLength() + svg.getElementsByTagNameNS("*", "path").getLength();
            assertTrue(lines >= t.wires().size(), example + ": " + lines + " lines and paths");
        }
    }

    @Test
    void drawingTheSameDiagramTwiceGivesTheSameSvg() throws Exception {
        Topology t = FreePortExamples.load("pipeline.json");
        assertArrayEquals(pictures.draw(t, ExportKind.SVG).bytes(), pictures.draw(t, ExportKind.SVG).bytes());
    }

    @Test
    void aLargeDiagramIsDrawnWholeNotOnlyWhatAWindowWouldShow() throws Exception {
        Topology t = new TopologyGenerator(6301, 10, 0).pipeline(150); // 302 nodes: the designer culls what is far away
        List<String> texts = texts(svg(pictures.draw(t, ExportKind.SVG)));
        for (Node n : t.nodes()) {
            assertTrue(texts.contains(label(n)), label(n));
        }
    }

    @Test
    void thePdfIsOnePageHoldingEveryNodesName() throws Exception {
        Topology t = FreePortExamples.load("queue-device.json");
        ExportedFile file = pictures.draw(t, ExportKind.PDF);
        assertEquals(t.name() + ".pdf", file.name());
        assertEquals("%PDF-", new String(file.bytes(), 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(file.bytes());
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (Node n : t.nodes()) {
            assertTrue(text.contains(label(n)), label(n) + " in " + text);
        }
    }

    @Test
    void theCliWritesThePictureIntoTheFolderAndRefusesADiagramWithErrors(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pipeline.json"), dev.zmqstudio.io.TopologyFiles.toJson(FreePortExamples.load("pipeline.json")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), List.of(), pictures,
                "export", file.toString(), "--to", "svg", "-o", dir.resolve("svg").toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.size(dir.resolve("svg").resolve("pipeline.svg")) > 1000);
        code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), List.of(), pictures,
                "export", file.toString(), "--to", "pdf", "-o", dir.resolve("pdf").toString());
        assertEquals(0, code, err.toString());
        assertEquals(1, new PdfReader(Files.readAllBytes(dir.resolve("pdf").resolve("pipeline.pdf"))).getNumberOfPages());

        Topology withErrors = FreePortExamples.load("push-pull.json").withoutWire("w1")
                .withWire(dev.zmqstudio.model.Wire.of("w1", "puller", "nobody", "tcp://127.0.0.1:1"));
        Path broken = Files.writeString(dir.resolve("broken.json"), dev.zmqstudio.io.TopologyFiles.toJson(withErrors));
        StringWriter brokenErr = new StringWriter();
        code = Cli.execute(new PrintWriter(out, true), new PrintWriter(brokenErr, true), List.of(), pictures,
                "export", broken.toString(), "--to", "svg", "-o", dir.resolve("broken").toString());
        assertEquals(dev.zmqstudio.cli.ExitCodes.VALIDATION_ERRORS, code, brokenErr.toString());
        assertTrue(brokenErr.toString().contains("nobody"), brokenErr.toString());
        assertTrue(!Files.exists(dir.resolve("broken").resolve("broken.svg")));
    }

    @Test
    void fileExportSvgAndPdfWriteWhereTheUserSays(FxRobot robot, @TempDir Path dir) throws Exception {
        Topology pipeline = FreePortExamples.load("pipeline.json");
        load(pipeline);
        Path svg = dir.resolve("mine.svg");
        dialogs.answers.add(svg);
        clickExport(robot, "#menu-export-svg");
        waitUntil(10, () -> Files.exists(svg));
        assertTrue(texts(svg(new ExportedFile("x.svg", Files.readAllBytes(svg)))).contains("Result collector"));
        Path pdf = dir.resolve("mine.pdf");
        dialogs.answers.add(pdf);
        clickExport(robot, "#menu-export-pdf");
        waitUntil(10, () -> Files.exists(pdf));
        assertEquals(1, new PdfReader(Files.readAllBytes(pdf)).getNumberOfPages());
        waitUntil(5, () -> status().startsWith("Exported " + pdf));
    }
}
