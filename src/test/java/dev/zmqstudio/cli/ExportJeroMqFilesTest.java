package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #19: what `export --to java` writes: a program per unit, the runtime, run_all.sh; stable; nothing the file says becomes code. */
@Timeout(120)
class ExportJeroMqFilesTest {
    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aProgramPerUnitTheRuntimeAndRunAllTheSameBytesEachTime(@TempDir Path dir) throws Exception {
        for (String n : List.of("1", "2")) {
            CliHarness r = CliHarness.run("export", CliHarness.example("pipeline.json").toString(), "--to", "java",
                    "-o", dir.resolve(n).toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        assertEquals(List.of("Zsrt.java", "collector.java", "consumer_1_in.java", "consumer_2_in.java", "consumer_3_in.java",
                "producer.java", "run_all.sh"), list(dir.resolve("1")));
        for (String f : list(dir.resolve("1"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("1").resolve(f)), Files.readAllBytes(dir.resolve("2").resolve(f)), f);
        }
        String worker = Files.readString(dir.resolve("1").resolve("consumer_1_in.java"));
        assertTrue(worker.startsWith("// Exported by ZMQ Studio "), worker);
        assertTrue(worker.contains("public final class consumer_1_in {"), worker);
        assertTrue(Files.isExecutable(dir.resolve("1").resolve("run_all.sh")));
        assertTrue(Files.readString(dir.resolve("1").resolve("run_all.sh")).contains("$JAVA -cp \"$JEROMQ\" producer.java &"));
    }

    /**
     * An expression outside the translated subset goes into a comment: a line break in it, or a Unicode escape of one
     * (which javac reads even inside a comment), must not end the comment and run what follows.
     */
    @Test
    void whatTheFileSaysStaysInComments(@TempDir Path dir) throws Exception {
        Topology pipeline = TopologyFiles.load(CliHarness.example("pipeline.json"));
        Link even = pipeline.links().getFirst();
        String sneaky = "json.num % 2 == 0 // \\u000a Runtime.getRuntime().halt(7); //\n && true";
        Topology t = pipeline.replaceLink(new Link(even.id(), even.from(), even.to(), sneaky, null));
        Path file = Files.writeString(dir.resolve("sneaky.json"), TopologyFiles.toJson(t));
        CliHarness r = CliHarness.run("export", file.toString(), "--to", "java", "-o", dir.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("not exported: link " + even.id() + ": the filter"), r.out());
        Path program = dir.resolve("out").resolve("consumer_1_in.java");
        for (String line : Files.readAllLines(program)) {
            assertFalse(line.contains("halt") && !line.strip().startsWith("//"), line);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), program.toString(), dir.resolve("out").resolve("Zsrt.java").toString());
        assertEquals(0, compiled, errors.toString());
        String bytecode = new String(Files.readAllBytes(dir.resolve("classes").resolve("consumer_1_in.class")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytecode.contains("halt"), "the comment's text is not compiled");
    }
}
