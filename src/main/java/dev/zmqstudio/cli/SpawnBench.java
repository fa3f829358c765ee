package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.child.ChildStatus;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of child processes: spawn-to-ready of one child node against the smallest JeroMQ program started the
 * same way (same JVM, options and class path), each with and without the AOT cache, rounds interleaved; then
 * the time until a 20-process pipeline is all running and until it has delivered.
 */
final class SpawnBench {
    private final PrintWriter out;
    private final PrintWriter err;
    private final int rounds;
    private final int children;

    SpawnBench(PrintWriter out, PrintWriter err, int rounds, int children) {
        this.out = out;
        this.err = err;
        this.rounds = rounds;
        this.children = children;
    }

    /** Makes the AOT cache beside the app's jar for this JVM and class path (the package build's step). */
    int makeCache() throws Exception {
        ChildLaunch launch = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        Path cache = ChildLaunch.aotCacheBeside(launch.classPath());
        if (cache == null) {
            out.println("error: the AOT cache needs the app's jars (a class folder cannot be cached)");
            out.flush();
            return ExitCodes.BAD_INPUT;
        }
        Duration took = AotCacheBuilder.build(launch, cache, err);
        out.printf(Locale.ROOT, "AOT cache %s created in %.1f s (%d MB) for %s%n", cache, took.toMillis() / 1000.0,
                Files.size(cache) >> 20, launch.java());
        out.flush();
        return ExitCodes.OK;
    }

    int run(boolean rebuildCache) throws Exception {
        ChildLaunch launch = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        out.printf("bench --spawn: %d rounds, interleaved; JVM options %s%n", rounds, String.join(" ", launch.jvmOptions()));
        Path cache = AotCacheBuilder.ensure(launch, rebuildCache, out, err);
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            measure(millis, line, "probe", probe(launch.withAotCache(null)));
            measure(millis, line, "child", child(launch.withAotCache(null)));
            if (cache != null) {
                measure(millis, line, "probe+aot", probe(launch.withAotCache(cache)));
                measure(millis, line, "child+aot", child(launch.withAotCache(cache)));
            }
            out.println(line);
            out.flush();
        }
        StringBuilder p50 = new StringBuilder("p50 spawn-to-ready:");
        millis.forEach((k, v) -> p50.append(String.format(Locale.ROOT, "  %s %.0f ms", k, BenchCommand.median(v))));
        out.println(p50);
        double probe = BenchCommand.median(millis.get("probe"));
        double child = BenchCommand.median(millis.get("child"));
        out.printf(Locale.ROOT, "child/probe without cache: %.2f%n", child / probe);
        if (cache != null) {
            double probeAot = BenchCommand.median(millis.get("probe+aot"));
            double childAot = BenchCommand.median(millis.get("child+aot"));
            out.printf(Locale.ROOT, "child/probe, both with the AOT cache: %.2f (target <= 1.5)%n", childAot / probeAot);
            out.printf(Locale.ROOT, "child with the AOT cache / probe at its best (the whole cache slows the tiny probe): %.2f%n",
                    childAot / Math.min(probe, probeAot));
            out.printf(Locale.ROOT, "child with/without the AOT cache: %.2f, %.0f%% faster (target >= 30%%)%n",
                    childAot / child, 100 * (1 - childAot / child));
        }
        out.flush();
        allRunning(launch.withAotCache(null), "without cache");
        if (cache != null) {
            allRunning(launch.withAotCache(cache), "with the AOT cache");
        }
        return ExitCodes.OK;
    }

    private static void measure(Map<String, List<Double>> millis, StringBuilder line, String name, double value) {
        millis.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        line.append(String.format(Locale.ROOT, "  %s %.0f ms", name, value));
    }

    /** Milliseconds from spawn until the probe printed "ready". */
    private static double probe(ChildLaunch launch) throws IOException, InterruptedException {
        List<String> cmd = launch.command(List.of());
        cmd.set(cmd.size() - 1, SpawnProbe.class.getName()); // the main class is the last word when there are no args
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.equals("ready")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    p.waitFor(10, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IOException("the probe program ended without printing ready");
    }

    /** Milliseconds from spawn until a one-node child reported its socket bound. */
    private static double child(ChildLaunch launch) {
        try (Engine engine = new Engine(SpawnTopologies.singleChild(), EngineOptions.logTo(null).withChildren(launch))) {
            engine.start();
            ChildStatus status = engine.child("sink").orElseThrow();
            if (status.spawnToReady() == null) {
                throw new IllegalStateException("the child process did not get ready: " + status);
            }
            return status.spawnToReady().toNanos() / 1e6;
        }
    }

    /** A pipeline of {@code children} processes: time until all run (gate open) and until the results are in. */
    private void allRunning(ChildLaunch launch, String label) throws InterruptedException {
        long messages = 20_000;
        Topology t = SpawnTopologies.pipeline(children - 2, messages, Placement.CHILD_PROCESS, Placement.CHILD_PROCESS);
        long start = System.nanoTime();
        try (Engine engine = new Engine(t, EngineOptions.logTo(null).withChildren(launch))) {
            engine.start();
            while (!engine.gateOpen()) {
                Thread.sleep(2);
            }
            double running = (System.nanoTime() - start) / 1e9;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (engine.received("collector") < messages / 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            double delivered = (System.nanoTime() - start) / 1e9;
            List<Double> ready = engine.children().stream().filter(c -> c.spawnToReady() != null)
                    .map(c -> c.spawnToReady().toNanos() / 1e6).toList();
            out.printf(Locale.ROOT, "%d child processes (pipeline: producer, %d workers, collector), %s: all running after %.2f s"
                            + " (spawn-to-ready p50 %.0f ms), %d even numbers collected after %.2f s%n",
                    engine.children().size(), children - 2, label, running, BenchCommand.median(ready),
                    engine.received("collector"), delivered);
            out.flush();
        }
    }
}
