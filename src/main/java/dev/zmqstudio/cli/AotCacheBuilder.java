package dev.zmqstudio.cli;

import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.LogSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Makes the AOT cache (JEP 483/514) for child processes: a training run records which classes a real child
 * loads and links (a pipeline worker in a child process: topology, sockets, link filter, telemetry), then
 * the JDK turns that record into the cache. The cache belongs to one JDK and one class path of jars. When a step
 * fails, what the JDK (or the training child) printed goes to {@code diagnostics} before the one-line error: a
 * failure on a loaded build machine must be readable from its log.
 */
final class AotCacheBuilder {
    private static final long TRAINING_MESSAGES = 20_000;
    private static final int SHOWN_LINES = 40;

    private AotCacheBuilder() {
    }

    /**
     * The children's cache for {@code launch}, made first when it is missing or older than the jars (or
     * {@code rebuild}); says in one line on {@code out} which it is. Null when the class path is no jar (a class
     * folder cannot be cached): children then start without one.
     */
    static Path ensure(ChildLaunch launch, boolean rebuild, PrintWriter out, PrintWriter diagnostics)
            throws IOException, InterruptedException {
        Path cache = ChildLaunch.aotCacheBeside(launch.classPath());
        if (cache == null) {
            out.println("children start without an AOT cache: the class path is no jar (run java -jar target/zmq-studio.jar"
                    + " or the installed app)");
        } else if (rebuild || launch.aotCache() == null) {
            Duration took = build(launch, cache, diagnostics);
            out.printf(Locale.ROOT, "children's AOT cache %s made in %.1f s (%d MB): %s%n", cache, took.toMillis() / 1000.0,
                    Files.size(cache) >> 20, rebuild ? "asked for" : "it was missing or older than the jars");
        } else {
            out.println("children's AOT cache " + cache + " (reused: newer than the jars, or installed with them)");
        }
        out.flush();
        return cache;
    }

    /** Writes {@code cache} for {@code launch}'s class path and JVM options; returns how long it took. */
    static Duration build(ChildLaunch launch, Path cache, PrintWriter diagnostics) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path config = cache.resolveSibling(cache.getFileName() + "conf");
        Files.deleteIfExists(config);
        List<String> record = new ArrayList<>(launch.jvmOptions());
        record.add("-XX:AOTMode=record");
        record.add("-XX:AOTConfiguration=" + config);
        Deque<String> childLines = train(launch.withAotCache(null).withJvmOptions(record));
        if (!Files.isRegularFile(config)) {
            show(diagnostics, "training child", childLines);
            throw new IOException("the training run wrote no AOT configuration " + config);
        }
        List<String> create = new ArrayList<>(List.of(launch.java().toString()));
        create.addAll(launch.jvmOptions());
        create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache,
                "-Xlog:aot=error", "-cp", launch.classPath()));
        Process p = new ProcessBuilder(create).redirectErrorStream(true).start();
        Deque<String> jdk = new ArrayDeque<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
                r.lines().filter(l -> !l.isBlank()).forEach(l -> keep(jdk, l));
            } catch (IOException | UncheckedIOException e) {
                // the process is gone; what it printed so far is kept
            }
        });
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            p.destroyForcibly();
            reader.join(Duration.ofSeconds(5));
            Deque<String> said = copy(jdk);
            show(diagnostics, "jdk", said);
            String why = !ended ? "it did not finish within 5 minutes" : p.exitValue() != 0 ? "exit code " + p.exitValue() : "no file written";
            // The JDK's first error says what went wrong; its later lines are consequences ("... is complete").
            String first = said.stream().filter(l -> l.contains("[error]")).findFirst().orElse(said.isEmpty() ? "" : said.getLast());
            throw new IOException("the JDK could not create the AOT cache " + cache + " (" + why + ")"
                    + (first.isEmpty() ? "" : ": " + first.replaceFirst("^\\[[^\\]]*\\]\\[error\\]\\[aot\\] *", "").strip()));
        }
        Files.deleteIfExists(config);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Runs the training pipeline; returns the last lines its nodes and the child logged (not their messages). */
    private static Deque<String> train(ChildLaunch launch) throws InterruptedException {
        Deque<String> lines = new ArrayDeque<>();
        Topology t = SpawnTopologies.pipeline(1, TRAINING_MESSAGES, Placement.IN_PROCESS, Placement.CHILD_PROCESS);
        LogSink log = (node, text) -> {
            if (!text.startsWith("Received message") && !text.startsWith("Sent:")) {
                keep(lines, "[" + node + "] " + text);
            }
        };
        try (Engine engine = new Engine(t, EngineOptions.logTo(log).withChildren(launch))) {
            engine.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (engine.received("collector") < TRAINING_MESSAGES / 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        return copy(lines);
    }

    /** Keeps the last {@value #SHOWN_LINES} lines; called from other threads. */
    private static void keep(Deque<String> lines, String line) {
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > SHOWN_LINES) {
                lines.removeFirst();
            }
        }
    }

    private static Deque<String> copy(Deque<String> lines) {
        synchronized (lines) {
            return new ArrayDeque<>(lines);
        }
    }

    private static void show(PrintWriter diagnostics, String who, Deque<String> lines) {
        lines.forEach(l -> diagnostics.println(who + ": " + l));
        diagnostics.flush();
    }
}
