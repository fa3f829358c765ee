package dev.zmqstudio.cli;

import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.ChildLaunch;
import dev.zmqstudio.runtime.Engine;
import dev.zmqstudio.runtime.EngineOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the AOT cache (JEP 483/514) for child processes: a training run records which classes a real child
 * loads and links (a pipeline worker in a child process: topology file, sockets, link filter, telemetry), then
 * the JDK turns that record into the cache. The cache belongs to one JDK and one class path of jars.
 */
final class AotCacheBuilder {
    private static final long TRAINING_MESSAGES = 20_000;

    private AotCacheBuilder() {
    }

    /** Writes {@code cache} for {@code launch}'s class path and JVM options; returns how long it took. */
    static Duration build(ChildLaunch launch, Path cache) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path config = cache.resolveSibling(cache.getFileName() + "conf");
        Files.deleteIfExists(config);
        List<String> record = new ArrayList<>(launch.jvmOptions());
        record.add("-XX:AOTMode=record");
        record.add("-XX:AOTConfiguration=" + config);
        train(launch.withAotCache(null).withJvmOptions(record));
        if (!Files.isRegularFile(config)) {
            throw new IOException("the training run wrote no AOT configuration");
        }
        List<String> create = new ArrayList<>(List.of(launch.java().toString()));
        create.addAll(launch.jvmOptions());
        create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache,
                "-Xlog:aot=error", "-cp", launch.classPath()));
        Process p = new ProcessBuilder(create).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            p.destroyForcibly();
            throw new IOException("the JDK could not create the AOT cache " + cache);
        }
        Files.deleteIfExists(config);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void train(ChildLaunch launch) throws InterruptedException {
        Topology t = SpawnTopologies.pipeline(1, TRAINING_MESSAGES, Placement.IN_PROCESS, Placement.CHILD_PROCESS);
        try (Engine engine = new Engine(t, EngineOptions.logTo(null).withChildren(launch))) {
            engine.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (engine.received("collector") < TRAINING_MESSAGES / 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }
}
