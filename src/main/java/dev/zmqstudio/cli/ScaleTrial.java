package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * {@code bench --scale N}: how a run grows with its node count. N/2 PUSH generators at 100 msg/s, each wired over
 * inproc to a PULL sink, run headless for a few seconds: time until every node runs, time to stop, the process's
 * threads, file descriptors and resident memory while running, and what share of the offered messages arrived.
 */
final class ScaleTrial {
    static final double RATE = 100;

    record Result(int nodes, long startMillis, long stopMillis, int processes, OptionalLong threads,
                  OptionalLong descriptors, OptionalLong rssKb, double delivered, long failed) {

        /**
         * "1,000 nodes in 1 process: running after 9.4 s, stopped in 3.5 s, 1,023 threads, 6,105 fds, RSS 624 MB,
         * 60% delivered, 0 failed" (threads, descriptors and memory of every process of the run together).
         */
        String line() {
            return String.format(Locale.ROOT, "%,d nodes in %d process%s: running after %.2f s, stopped in %.2f s, %s threads,"
                    + " %s fds, RSS %s, %.1f%% of the offered messages delivered, %d failed", nodes, processes,
                    processes == 1 ? "" : "es", startMillis / 1000.0, stopMillis / 1000.0, count(threads), count(descriptors),
                    rssKb.isPresent() ? String.format(Locale.ROOT, "%,d MB", rssKb.getAsLong() / 1024) : "n/a",
                    100 * delivered, failed);
        }

        private static String count(OptionalLong n) {
            return n.isPresent() ? String.format(Locale.ROOT, "%,d", n.getAsLong()) : "n/a";
        }
    }

    private ScaleTrial() {
    }

    static Topology topology(int nodes) {
        List<Node> all = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < nodes / 2; i++) {
            String endpoint = "inproc://scale-" + i;
            all.add(SocketNode.of("gen-" + i, SocketType.PUSH, new Behaviour.Generator("m {n}", RATE, 0, List.of(), i, false), endpoint));
            all.add(SocketNode.of("sink-" + i, SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
            wires.add(Wire.of("w" + i, "sink-" + i, "gen-" + i, endpoint));
        }
        return new Topology("scale-" + nodes, "", Settings.DEFAULTS, all, wires, List.of());
    }

    static Result run(int nodes, Duration running) throws InterruptedException {
        Topology t = topology(nodes);
        int generators = nodes / 2;
        long began = System.nanoTime();
        // With child processes to place nodes in when this process cannot hold them all (past about 2,600 nodes here).
        Engine engine = new Engine(t, EngineOptions.logTo(null).withChildren(ChildLaunch.ofThisProcess(TopologyFiles::toJson)));
        try {
            engine.start();
            long startMillis = (System.nanoTime() - began) / 1_000_000L;
            Thread.sleep(running.toMillis()); // a benchmark's measuring time, not a wait for a condition
            List<ProcessHandle> tree = processTree(engine);
            OptionalLong threads = sum(tree, pid -> procStatus(pid, "Threads:"));
            OptionalLong rss = sum(tree, pid -> procStatus(pid, "VmRSS:"));
            OptionalLong fds = sum(tree, ScaleTrial::openDescriptors);
            EngineSnapshot s = engine.snapshot();
            long opened = engine.gateOpenedNanos();
            double seconds = opened == 0 ? 0 : (System.nanoTime() - opened) / 1e9;
            long received = s.nodes().values().stream().filter(n -> n.id().startsWith("sink-"))
                    .mapToLong(EngineSnapshot.NodeStats::received).sum();
            double offered = RATE * generators * seconds;
            long stopBegan = System.nanoTime();
            engine.stop();
            long stopMillis = (System.nanoTime() - stopBegan) / 1_000_000L;
            return new Result(nodes, startMillis, stopMillis, tree.size(), threads, fds, rss,
                    offered == 0 ? 0 : Math.min(1, received / offered), s.failedNodes().size());
        } finally {
            engine.stop();
        }
    }

    /** This process and the child processes of this run (not any other child this JVM may have). */
    private static List<ProcessHandle> processTree(Engine engine) {
        List<ProcessHandle> tree = new ArrayList<>(List.of(ProcessHandle.current()));
        engine.children().stream().map(c -> ProcessHandle.of(c.pid())).flatMap(java.util.Optional::stream)
                .filter(ProcessHandle::isAlive).forEach(tree::add);
        return tree;
    }

    /** The sum over {@code tree}; empty when any is unknown. */
    private static OptionalLong sum(List<ProcessHandle> tree, java.util.function.LongFunction<OptionalLong> of) {
        long total = 0;
        for (ProcessHandle p : tree) {
            OptionalLong v = of.apply(p.pid());
            if (v.isEmpty()) {
                return OptionalLong.empty();
            }
            total += v.getAsLong();
        }
        return OptionalLong.of(total);
    }

    /** A number from /proc/PID/status ("Threads:", "VmRSS:" in kB); empty where there is no /proc. */
    private static OptionalLong procStatus(long pid, String key) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> OptionalLong.of(Long.parseLong(l.replaceAll("\\D+", ""))))
                    .orElse(OptionalLong.empty());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong openDescriptors(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return OptionalLong.of(fds.count());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
