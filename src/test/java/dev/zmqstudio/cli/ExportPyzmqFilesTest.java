package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue #19: what `export --to pyzmq` writes, says it could not export, and how its {rand} draws. */
@Timeout(60)
class ExportPyzmqFilesTest {
    @Test
    void whatCannotBeExportedIsSaid(@TempDir Path dir) {
        CliHarness r = CliHarness.run("export", CliHarness.example("failover-drill.json").toString(), "--to", "pyzmq",
                "-o", dir.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> notes = r.outLines().stream().filter(l -> l.startsWith("not exported: ")).toList();
        assertTrue(notes.contains("not exported: the scenario (6 timed faults) is not exported"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("not exported: wire w-beat: its faults (")), notes.toString());
    }

    @Test
    void theLogPublisherAndCountByAreSaidNotToBeExported(@TempDir Path dir) throws Exception {
        for (String kind : List.of("pyzmq", "java")) {
            CliHarness r = CliHarness.run("export", CliHarness.example("pub-logger.json").toString(), "--to", kind,
                    "-o", dir.resolve(kind).toString());
            assertEquals(0, r.exitCode(), r.err());
            List<String> notes = r.outLines().stream().filter(l -> l.startsWith("not exported: ")).toList();
            assertTrue(notes.stream().anyMatch(n -> n.startsWith("not exported: the log publisher (tcp://127.0.0.1:5565)")),
                    kind + ": " + notes);
            assertTrue(notes.contains("not exported: node logger: countBy 'split(frames[0], '[.]')[1]' is not exported:"
                    + " the program counts messages, not by key"), kind + ": " + notes);
        }
    }

    @Test
    void aProgramPerUnitTheRuntimeAndRunAllTheSameBytesEachTime(@TempDir Path dir) throws Exception {
        for (String n : List.of("1", "2")) {
            CliHarness r = CliHarness.run("export", CliHarness.example("pipeline.json").toString(), "--to", "pyzmq",
                    "-o", dir.resolve(n).toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        assertEquals(List.of("collector.py", "consumer_1_in.py", "consumer_2_in.py", "consumer_3_in.py", "producer.py",
                "run_all.sh", "zsrt.py"), list(dir.resolve("1")));
        for (String f : list(dir.resolve("1"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("1").resolve(f)), Files.readAllBytes(dir.resolve("2").resolve(f)), f);
        }
        String worker = Files.readString(dir.resolve("1").resolve("consumer_1_in.py"));
        assertTrue(worker.contains("unit.link(consumer_1_in, consumer_1_out, keep=lambda m: get(m.json, 'num') % 2 == 0, transform=None)"), worker);
        assertTrue(Files.isExecutable(dir.resolve("1").resolve("run_all.sh")));
    }

    /** The exported runtime draws {rand:A..B} as java.util.SplittableRandom does, for small, power-of-two and huge ranges. */
    @Test
    void randomNumbersAreTheEnginesOnes(@TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        CliHarness.run("export", CliHarness.example("push-pull.json").toString(), "--to", "pyzmq", "-o", dir.toString());
        long[][] ranges = {{1, 6}, {9999, 10004}, {-80, 135}, {0, 1023}, {Long.MIN_VALUE / 2, Long.MAX_VALUE / 2}, {Long.MIN_VALUE, Long.MAX_VALUE}};
        List<String> expected = new ArrayList<>();
        for (long[] r : ranges) {
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < 200; i++) {
                long width = r[1] - r[0] + 1;
                long v;
                if (width > 0) {
                    v = r[0] + random.nextLong(width);
                } else {
                    do {
                        v = random.nextLong();
                    } while (v < r[0] || v > r[1]);
                }
                expected.add(Long.toString(v));
            }
        }
        StringBuilder script = new StringBuilder("import zsrt\n");
        for (long[] r : ranges) {
            script.append("g = zsrt.SplittableRandom(42)\nfor _ in range(200): print(g.draw(").append(r[0]).append(", ").append(r[1]).append("))\n");
        }
        Path file = Files.writeString(dir.resolve("draw.py"), script);
        Process p = new ProcessBuilder(python.toString(), file.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> got = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(expected, got);
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
