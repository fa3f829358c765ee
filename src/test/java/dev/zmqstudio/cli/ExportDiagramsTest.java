package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #19, diagrams: every shipped example exports as DOT that Graphviz draws (its SVG a valid XML document with a
 * node per node and an edge per wire and link) and as a Mermaid flowchart whose structure holds every node and wire;
 * exports are stable; bad input is refused and nothing is written outside the output folder.
 */
@Timeout(60)
class ExportDiagramsTest {
    private static final Pattern MERMAID_NODE = Pattern.compile("^  ([A-Za-z0-9_]+)\\[\"(.*)\"\\]:::([a-z]+)$");
    private static final Pattern MERMAID_EDGE = Pattern.compile("^  ([A-Za-z0-9_]+) (-->|<-->|---|-\\.->)\\|\"([^\"]*)\"\\| ([A-Za-z0-9_]+)$");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(CliHarness.example(""))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Path export(String example, String kind, Path out) {
        CliHarness r = CliHarness.run("export", CliHarness.example(example).toString(), "--to", kind, "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String name = example.replace(".json", "") + (kind.equals("dot") ? ".dot" : ".mmd");
        assertEquals("Wrote " + out.toAbsolutePath().normalize().resolve(name), r.out().strip());
        return out.resolve(name);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void dotIsDrawnByGraphvizWithANodePerNodeAndAnEdgePerWireAndLink(String example, @TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(graphvizInstalled(), "Graphviz's dot is not installed (apt-get install graphviz)");
        Path dot = export(example, "dot", dir.resolve("out"));
        Path svg = dir.resolve("graph.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o", svg.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), "dot -Tsvg: " + said);
        assertEquals("", said.strip(), "no warning from Graphviz");
        Topology t = TopologyFiles.load(CliHarness.example(example));
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // SVG's DTD is on the web
        Document doc = xml.newDocumentBuilder().parse(svg.toFile());
        var groups = doc.getElementsByTagName("g");
        int nodes = 0;
        int edges = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String cls = groups.item(i).getAttributes().getNamedItem("class") == null ? ""
                    : groups.item(i).getAttributes().getNamedItem("class").getNodeValue();
            nodes += cls.equals("node") ? 1 : 0;
            edges += cls.equals("edge") ? 1 : 0;
        }
        assertEquals(t.nodes().size(), nodes, example);
        assertEquals(t.wires().size() + t.links().size(), edges, example);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void mermaidDeclaresEveryNodeOnceAndEveryWireAsAnEdgeBetweenItsNodes(String example, @TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(export(example, "mermaid", dir.resolve("out")));
        assertTrue(lines.get(0).startsWith("%% Exported by ZMQ Studio "), lines.get(0));
        assertEquals("flowchart LR", lines.get(1));
        Topology t = TopologyFiles.load(CliHarness.example(example));
        Map<String, String> declared = new HashMap<>();
        Map<String, String> edgeLabels = new HashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            Matcher node = MERMAID_NODE.matcher(line);
            Matcher edge = MERMAID_EDGE.matcher(line);
            if (node.matches()) {
                assertFalse(declared.containsKey(node.group(1)), "declared once: " + line);
                declared.put(node.group(1), node.group(2));
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("  classDef " + node.group(3) + " fill:#")), node.group(3));
            } else if (edge.matches()) {
                assertTrue(declared.containsKey(edge.group(1)) && declared.containsKey(edge.group(4)), "between declared nodes: " + line);
                edgeLabels.put(edge.group(3).split(" ")[0].replace(":", ""), line);
            } else {
                assertTrue(line.startsWith("  classDef ") || line.startsWith("  linkStyle "), "a line Mermaid reads: " + line);
            }
        }
        assertEquals(t.nodes().size(), declared.size());
        for (Wire w : t.wires()) {
            assertTrue(edgeLabels.containsKey(w.id()), "wire " + w.id() + " in " + edgeLabels.keySet());
            assertTrue(edgeLabels.get(w.id()).contains(w.endpoint()), edgeLabels.get(w.id()));
        }
        t.links().forEach(l -> assertTrue(edgeLabels.containsKey(l.id()), "link " + l.id()));
    }

    @Test
    void exportingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
        for (String kind : List.of("dot", "mermaid")) {
            byte[] first = Files.readAllBytes(export("invoice-filter.json", kind, dir.resolve(kind + "-1")));
            byte[] second = Files.readAllBytes(export("invoice-filter.json", kind, dir.resolve(kind + "-2")));
            assertArrayEquals(first, second, kind);
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliHarness refused = CliHarness.run("export", CliHarness.example("pair.json").toString(), "--to", "dot", "-o", out.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is not empty: export into a new or empty folder, or add --force"), refused.err());
        assertEquals(List.of("notes.txt"), list(out));
        CliHarness forced = CliHarness.run("export", CliHarness.example("pair.json").toString(), "--to", "dot", "-o", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(List.of("notes.txt", "pair.dot"), list(out));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void aTopologyWithErrorsIsRefusedWithItsErrorsAndNothingIsWritten(@TempDir Path dir) throws Exception {
        String json = Files.readString(CliHarness.example("push-pull.json")).replace("\"to\": \"pusher\"", "\"to\": \"nobody\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), json);
        Path out = dir.resolve("out");
        CliHarness r = CliHarness.run("export", bad.toString(), "--to", "mermaid", "-o", out.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad.json:") && r.err().contains("nobody"), r.err());
        assertTrue(r.err().contains("fix them before exporting"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aNameThatWouldLeaveTheFolderStaysInIt(@TempDir Path dir) throws Exception {
        String json = Files.readString(CliHarness.example("pair.json")).replace("\"name\": \"pair\"", "\"name\": \"../../escape\"");
        Path file = Files.writeString(dir.resolve("escape.json"), json);
        Path out = dir.resolve("deep").resolve("out");
        Files.createDirectories(out.getParent());
        CliHarness r = CliHarness.run("export", file.toString(), "--to", "dot", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("_._.._escape.dot"), list(out));
        assertEquals(List.of("escape.json", "deep"), Stream.of("escape.json", "deep").filter(n -> Files.exists(dir.resolve(n))).toList());
    }

    @Test
    void anUnknownKindSaysWhatExportWrites(@TempDir Path dir) {
        CliHarness r = CliHarness.run("export", CliHarness.example("pair.json").toString(), "--to", "visio", "-o", dir.resolve("o").toString());
        assertEquals(2, r.exitCode());
        assertEquals("error: --to visio: export writes mermaid, dot, svg, pdf, pyzmq, java, compose, kubernetes (a topology) or csv"
                + " (a recording)", r.err().strip());
    }

    /** CI installs Graphviz, so these run there; a machine without it skips them and says why. */
    private static boolean graphvizInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
