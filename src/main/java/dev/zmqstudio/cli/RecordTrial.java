package dev.zmqstudio.cli;

import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.record.RecordingException;
import dev.zmqstudio.record.RunRecorder;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * What recording costs a run: the pipeline example at full speed with and without {@code --record}, rounds
 * interleaved (each recorded round must hold exactly the messages its wires counted); and a long recording at a
 * steady 100,000 messages a second, watching memory.
 */
final class RecordTrial {
    private static final long POLL_NANOS = 5_000_000L;

    private final PrintWriter out;

    RecordTrial(PrintWriter out) {
        this.out = out;
    }

    /** One round: seconds from the gate opening to the collector's last message; recorded count checked. */
    private record Round(double runSeconds, double untilRecordedSeconds, long messages, long recorded) {
    }

    int overhead(int rounds, long messages) throws IOException, RecordingException {
        Path folder = Files.createTempDirectory("zs-bench-record");
        try {
            out.printf(Locale.ROOT, "bench --record: the pipeline example at full speed (producer, 3 workers filtering even"
                    + " numbers, a collector; %,d numbers), with and without recording every message, %d rounds interleaved%n",
                    messages, rounds);
            once(messages, null);
            once(messages, folder.resolve("warm.zsrec"));
            List<Double> without = new ArrayList<>();
            List<Double> with = new ArrayList<>();
            List<Double> complete = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                boolean recordedFirst = round % 2 == 0;
                Round plain = null;
                Round recorded = null;
                for (boolean record : recordedFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    Round r = once(messages, record ? folder.resolve("round-" + round + ".zsrec") : null);
                    if (record) {
                        recorded = r;
                    } else {
                        plain = r;
                    }
                }
                without.add(messages / plain.runSeconds());
                with.add(messages / recorded.runSeconds());
                complete.add(messages / recorded.untilRecordedSeconds());
                out.printf(Locale.ROOT, "round %d: without %,10.0f msg/s   recording %,10.0f msg/s (%,10.0f until the file was"
                        + " complete); recorded %,d of the %,d messages the wires counted%n", round, without.getLast(),
                        with.getLast(), complete.getLast(), recorded.recorded(), recorded.messages());
                out.flush();
                if (recorded.recorded() != recorded.messages()) {
                    out.println("error: the recording does not hold every message");
                    return ExitCodes.NODE_FAILED;
                }
                Files.deleteIfExists(folder.resolve("round-" + round + ".zsrec"));
            }
            double a = BenchCommand.median(without);
            double b = BenchCommand.median(with);
            double c = BenchCommand.median(complete);
            out.printf(Locale.ROOT, "median: without %,10.0f msg/s   recording %,10.0f msg/s   ratio recording/without %.2f"
                    + " (target >= 0.5); until complete %.2f%n", a, b, b / a, c / a);
            return ExitCodes.OK;
        } finally {
            deleteAll(folder);
        }
    }

    private static Round once(long messages, Path recording) throws RecordingException {
        Topology t = SpawnTopologies.pipelineExample(messages);
        try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
            RunRecorder recorder = recording == null ? null
                    : RunRecorder.attach(engine, recording, TopologyFiles.toJson(t), AppVersion.current(), Set.of(), 1);
            engine.start();
            while (engine.received("collector") < messages / 2) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            long ran = System.nanoTime() - engine.gateOpenedNanos();
            engine.stop();
            EngineSnapshot last = engine.snapshot();
            long counted = last.wires().values().stream().mapToLong(EngineSnapshot.WireStats::messages).sum();
            long recorded = recorder == null ? counted : recorder.finish(last);
            long complete = System.nanoTime() - engine.gateOpenedNanos();
            if (recording != null) {
                settle(recording);
            }
            return new Round(ran / 1e9, complete / 1e9, counted, recorded);
        }
    }

    /**
     * Puts the finished recording on the disk before the next round, untimed: otherwise the system writes its pages
     * back during the next round, and a recorded round following a recorded round ran at a third of the speed.
     */
    private static void settle(Path recording) {
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(recording, java.nio.file.StandardOpenOption.WRITE)) {
            file.force(true);
        } catch (IOException e) {
            // an unsettled disk only makes the next round slower, and the figures say so
        }
    }

    /** A PUSH generator at {@code rate} msg/s to a PULL sink over inproc, recorded for {@code seconds}; memory each second. */
    int sustained(int seconds, int rate) throws IOException, RecordingException, InterruptedException {
        Path folder = Files.createTempDirectory("zs-bench-record");
        Path file = folder.resolve("sustained.zsrec");
        try {
            Topology t = new Topology("sustained", "", Settings.DEFAULTS, List.of(
                    SocketNode.of("gen", SocketType.PUSH, new Behaviour.Generator("reading {n}", rate, 0, List.of(), 1, false),
                            "inproc://sustained").withPlacement(Placement.DEFAULT),
                    SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                    List.of(Wire.of("w", "sink", "gen", "inproc://sustained")), List.of());
            out.printf(Locale.ROOT, "bench --record-sustained: %,d msg/s PUSH -> PULL over inproc, every message recorded,"
                    + " %d s%n", rate, seconds);
            long peakHeap = 0;
            long peakRss = 0;
            try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
                RunRecorder recorder = RunRecorder.attach(engine, file, TopologyFiles.toJson(t), AppVersion.current(), Set.of(), 1);
                engine.start();
                for (int s = 1; s <= seconds; s++) {
                    Thread.sleep(1000);
                    EngineSnapshot now = engine.snapshot();
                    recorder.observe(now);
                    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
                    long rss = rssMb();
                    peakHeap = Math.max(peakHeap, heap);
                    peakRss = Math.max(peakRss, rss);
                    if (s % 10 == 0 || s == seconds) {
                        out.printf(Locale.ROOT, "%3d s: %,11d received, %,11d recorded, heap %,5d MB, RSS %,5d MB, lost %d%n", s,
                                now.node("sink").received(), engine.capture().recorded(), heap, rss, engine.capture().lost());
                        out.flush();
                    }
                }
                engine.stop();
                EngineSnapshot last = engine.snapshot();
                long recorded = recorder.finish(last);
                long received = last.node("sink").received();
                double achieved = received / (double) seconds;
                out.printf(Locale.ROOT, "sustained: %,d received (%,.0f msg/s of the %,d asked), %,d recorded, %d lost,"
                        + " %,d waits for the writer; peak heap %,d MB, peak RSS %,d MB (-Xmx %,d MB); file %,d MB%n",
                        received, achieved, rate, recorded, recorder.lost(), engine.capture().waits(), peakHeap, peakRss,
                        Runtime.getRuntime().maxMemory() >> 20, Files.size(file) >> 20);
                return recorded == received ? ExitCodes.OK : ExitCodes.NODE_FAILED;
            }
        } finally {
            deleteAll(folder);
        }
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
