package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `sweep` runs every cell of a spec and writes what a user reads: results.csv, latency CSVs, plots, report.md. */
@Timeout(120)
class SweepCommandTest {
    private static final String SPEC = """
            {"name": "tiny", "description": "two hosts, direct and through a broker", "kind": "tree",
             "options": {"depth": 1, "fanout": 2, "rate": 20, "hopMs": 5},
             "vary": {"mode": ["direct", "broker"]}, "duration": "1s", "x": "hosts"}""";

    private static int colours(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void everyCellRunsAndItsResultsPlotsAndReportAreWritten(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("tiny.json"), SPEC);
        Path out = dir.resolve("out");
        CliHarness r = CliHarness.run("sweep", spec.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("cell 1 of 2 (mode=direct)"), r.out());
        assertTrue(r.out().contains("cell 2 of 2 (mode=broker); about "), "the time left: " + r.out());

        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("cell,mode,repetition,hosts,sent,delivered,dropped,seconds,throughput_per_s,latency_count,"
                + "p50_ms,p90_ms,p99_ms,max_ms,note", results.getFirst());
        assertEquals(3, results.size(), results.toString());
        String[] direct = results.get(1).split(",");
        String[] broker = results.get(2).split(",");
        assertEquals("direct", direct[1]);
        assertEquals("20", direct[4], "rate 20 for 1 s");
        assertEquals("20", direct[5], "every message reached the subscriber");
        assertEquals("20", direct[9], "a latency for each");
        assertTrue(Double.parseDouble(direct[10]) >= 10, "two links of 5 ms: p50 " + direct[10]);
        assertTrue(Double.parseDouble(broker[10]) >= 20, "two links to the broker's host and two back: p50 " + broker[10]);

        List<String> latencies = Files.readAllLines(out.resolve("cell-001/latency.csv"));
        assertEquals("subscriber,publisher,topic,latency_us", latencies.getFirst());
        assertEquals(21, latencies.size());
        assertTrue(latencies.get(1).startsWith("sub-1,pub-1,t"), latencies.get(1));
        assertTrue(Files.exists(out.resolve("cell-002/topology.json")), "each run keeps the topology it ran");

        for (String plot : List.of("latency-cdf", "latency-vs-hosts")) {
            assertTrue(colours(out.resolve(plot + ".png")) > 20, plot + ".png is not blank");
            String svg = Files.readString(out.resolve(plot + ".svg"));
            assertTrue(svg.contains("<svg") && svg.contains("<path"), plot + ".svg has drawing in it");
        }
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.startsWith("# Sweep: tiny\n\ntwo hosts, direct and through a broker"), report);
        assertTrue(report.contains("cores, load average"), report);
        assertTrue(report.contains("| mode | rep | hosts | delivered |"), report);
        assertTrue(report.contains("| direct | 1 | 2 | 20 | 0 |"), report);
        assertTrue(report.contains("![latency-cdf](latency-cdf.png)"), report);
    }

    @Test
    void aWrongSpecIsOneLineNamingTheFieldAndNothingRuns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path unknown = Files.writeString(dir.resolve("u.json"), SPEC.replace("\"duration\"", "\"colour\": 1, \"duration\""));
        CliHarness r = CliHarness.run("sweep", unknown.toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().strip().startsWith("error: " + unknown + ": \"colour\" is not a field of a sweep spec; allowed: "), r.err());
        Path badValue = Files.writeString(dir.resolve("v.json"), SPEC.replace("[\"direct\", \"broker\"]", "[\"mesh\"]"));
        assertEquals("error: " + badValue + ": \"vary.mode\" takes \"direct\" or \"broker\"",
                CliHarness.run("sweep", badValue.toString(), "-o", out.toString()).err().strip());
        Path tooDeep = Files.writeString(dir.resolve("d.json"), SPEC.replace("\"fanout\": 2, ", "")
                .replace("\"vary\": {\"mode\": [\"direct\", \"broker\"]}", "\"vary\": {\"fanout\": [2, 9]}"));
        assertEquals("error: " + tooDeep + ": \"vary\" makes a run the generator refuses (fanout=9): a tree's depth must be"
                + " 1 to 6 and its fanout 2 to 8, not 1 and 9", CliHarness.run("sweep", tooDeep.toString(), "-o", out.toString()).err().strip());
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"name\": \"x\",\n  \"kind\": }");
        assertTrue(CliHarness.run("sweep", broken.toString(), "-o", out.toString()).err().startsWith("error: " + broken + ":2:11: "));
        assertFalse(Files.exists(out), "nothing written");

        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "earlier");
        Path good = Files.writeString(dir.resolve("g.json"), SPEC);
        CliHarness notEmpty = CliHarness.run("sweep", good.toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, notEmpty.exitCode());
        assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
    }
}
