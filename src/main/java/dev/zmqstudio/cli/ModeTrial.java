package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.child.ChildLaunch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline example end to end as a user runs it, {@code run FILE --mode in-process} against
 * {@code --mode child-process}: each a fresh JVM of this one's java and class path, from launch to exit (JVM start,
 * every child's start, the messages, the quiet second that ends a run, Stop). Rounds interleaved, alternating which
 * mode goes first; each run's report must show the collector's 10,000 even numbers.
 */
final class ModeTrial {
    static final long MESSAGES = 20_000;
    private static final List<String> MODES = List.of("in-process", "child-process");
    private static final long RUN_TIMEOUT_S = 120;

    private final PrintWriter out;
    private final PrintWriter err;

    ModeTrial(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Children start with the AOT cache a user's children get: made beside the jar when it is missing or older than
     * the jars (a stale one is not used, so a rebuilt jar would otherwise be measured without any). Says which.
     */
    int run(int rounds) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("zmq-studio-modes");
        try {
            Path file = folder.resolve("pipeline.json");
            Files.writeString(file, TopologyFiles.toJson(SpawnTopologies.pipelineExample(MESSAGES)));
            AotCacheBuilder.ensure(ChildLaunch.ofThisProcess(TopologyFiles::toJson), false, out, err);
            out.printf(Locale.ROOT, "bench --modes: the pipeline example (producer, 3 workers filtering even numbers,"
                    + " a collector logging each; %,d numbers), run FILE --mode in-process / child-process, %d rounds"
                    + " interleaved, launch to exit%n", MESSAGES, rounds);
            out.flush();
            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                StringBuilder line = new StringBuilder("round " + round + ":");
                List<String> order = round % 2 == 1 ? MODES : MODES.reversed();
                for (String mode : order) {
                    double s = runOnce(file, folder, mode);
                    seconds.computeIfAbsent(mode, m -> new ArrayList<>()).add(s);
                    line.append(String.format(Locale.ROOT, "  %s %.2f s", mode, s));
                }
                out.println(line);
                out.flush();
            }
            double inProcess = BenchCommand.median(seconds.get("in-process"));
            double children = BenchCommand.median(seconds.get("child-process"));
            out.printf(Locale.ROOT, "median: in-process %.2f s   child-process %.2f s   ratio child/in-process %.2f"
                    + " (target <= 1.5)%n", inProcess, children, children / inProcess);
            out.flush();
            return ExitCodes.OK;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Seconds from launch to exit of one {@code run}; fails unless it exited 0 with every even number collected. */
    private static double runOnce(Path file, Path folder, String mode) throws IOException, InterruptedException {
        ChildLaunch self = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        Path report = folder.resolve("report-" + mode + ".json");
        Path output = folder.resolve("output-" + mode + ".txt");
        List<String> cmd = new ArrayList<>(List.of(self.java().toString()));
        String packaged = System.getProperty(ChildLaunch.PACKAGED_PROPERTY);
        if (packaged != null) {
            cmd.add("-D" + ChildLaunch.PACKAGED_PROPERTY + "=" + packaged); // so its children take the installed cache
        }
        cmd.addAll(List.of("-cp", self.classPath(), self.mainClass(), "run", file.toString(), "--mode", mode,
                "--report", report.toString(), "--output-dir", folder.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("run --mode " + mode + " did not end within " + RUN_TIMEOUT_S + " s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long collected = collected(report);
        if (p.exitValue() != 0 || collected != MESSAGES / 2) {
            List<String> lines = Files.readAllLines(output);
            throw new IOException("run --mode " + mode + " exited " + p.exitValue() + " with " + collected
                    + " numbers collected (of " + MESSAGES / 2 + "); its last lines: "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        return seconds;
    }

    private static long collected(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            return -1;
        }
        JsonNode collector = new ObjectMapper().readTree(report.toFile()).path("nodes").path("collector");
        return collector.path("received").asLong(-1);
    }
}
