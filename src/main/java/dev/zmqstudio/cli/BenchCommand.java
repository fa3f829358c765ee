package dev.zmqstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Throughput of raw JeroMQ PUSH->PULL against the engine's traced PUSH->PULL in the same process and run,
 * rounds interleaved (raw, engine, raw, engine, ...) because single runs vary twofold on a small machine;
 * prints every round, the medians and their ratio.
 */
@Command(name = "bench", description = "Benchmark the engine against raw JeroMQ (PUSH->PULL, 100-byte messages);"
        + " with --expressions, what expression budgets cost.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rounds", description = "Rounds per transport (default 15; with --spawn, --modes and --devices 5; --expressions 9).")
    Integer rounds;

    @Option(names = "--inproc-messages", defaultValue = "8000000", description = "Messages per inproc run (default ${DEFAULT-VALUE}).")
    int inprocMessages;

    @Option(names = "--tcp-messages", defaultValue = "2000000", description = "Messages per tcp run (default ${DEFAULT-VALUE}).")
    int tcpMessages;

    @Option(names = "--transport", split = ",", defaultValue = "inproc,tcp", description = "inproc, tcp or both (default ${DEFAULT-VALUE}).")
    List<String> transports;

    @Option(names = "--expressions", description = "Instead: messages through a filter link and a transform link, with and"
            + " without expression budgets, rounds interleaved; prints the medians' ratio (default 9 rounds).")
    boolean expressions;

    @Option(names = "--expression-messages", defaultValue = "2000000", description = "Messages per --expressions round"
            + " (default ${DEFAULT-VALUE}).")
    int expressionMessages;

    @Option(names = "--spawn", description = "Instead: start-up of child processes (spawn-to-ready, AOT cache, a 20-process pipeline).")
    boolean spawn;

    @Option(names = "--modes", description = "Instead: the pipeline example as a user runs it, in-process against"
            + " child-process, launch to exit, rounds interleaved (default 5), medians and their ratio.")
    boolean modes;

    @Option(names = "--children", defaultValue = "20", description = "Processes in the --spawn pipeline (default ${DEFAULT-VALUE}).")
    int children;

    @Option(names = "--rebuild-cache", description = "With --spawn: make the AOT cache again even if it exists.")
    boolean rebuildCache;

    @Option(names = "--cache-only", description = "With --spawn: only make the child processes' AOT cache beside the jar"
            + " (again), then exit; the package build uses it.")
    boolean cacheOnly;

    @Option(names = "--scale", split = ",", paramLabel = "N", description = "Instead: N/2 generators at 100 msg/s over"
            + " inproc to N/2 sinks, for each N given (e.g. 10,100,1000): time to running and to stopped, threads, file"
            + " descriptors, memory, share of the offered messages delivered.")
    List<Integer> scale;

    @Option(names = "--devices", description = "Instead: STREAMER, FORWARDER and QUEUE against the same senders and"
            + " receivers wired directly, inproc and tcp, rounds interleaved (default 5), medians and their ratio.")
    boolean devices;

    @Option(names = "--broker", description = "Instead: the durable broker over tcp, publish+ack and fetch, against plain"
            + " JeroMQ doing the same exchange with nothing stored (default 5 rounds).")
    boolean broker;

    @Option(names = "--broker-messages", defaultValue = "20000", description = "Messages per --broker round (default ${DEFAULT-VALUE}).")
    int brokerMessages;

    @Option(names = "--sweep", paramLabel = "SPEC", description = "Instead: how long the sweep SPEC takes, all its cells"
            + " one after another, against its target (under 2 minutes for 8 cells), its results in a temporary folder.")
    java.nio.file.Path sweep;

    @Option(names = "--record", description = "Instead: the pipeline example at full speed with and without recording every"
            + " message (rounds interleaved, 5 by default).")
    boolean record;

    @Option(names = "--record-messages", defaultValue = "400000", description = "Numbers per --record round (default ${DEFAULT-VALUE}).")
    long recordMessages;

    @Option(names = "--record-sustained", paramLabel = "SECONDS", description = "Instead: record a PUSH->PULL stream at"
            + " --record-rate for SECONDS, printing memory as it goes.")
    Integer recordSustained;

    @Option(names = "--record-rate", defaultValue = "100000", description = "Messages per second for --record-sustained (default ${DEFAULT-VALUE}).")
    int recordRate;

    @Option(names = "--scale-seconds", defaultValue = "10", description = "How long each --scale run goes (default ${DEFAULT-VALUE}).")
    int scaleSeconds;

    @Spec
    CommandSpec spec;

    /** Runs the sweep into a temporary folder and says how long it took, per cell and in all, against 2 minutes for 8. */
    private int sweepTime(PrintWriter out) throws Exception {
        dev.zmqstudio.experiment.SweepSpec s;
        try {
            s = dev.zmqstudio.experiment.SweepSpec.load(sweep);
        } catch (dev.zmqstudio.experiment.SpecException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("zs-bench-sweep");
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long began = System.nanoTime();
        int runs;
        try {
            runs = new dev.zmqstudio.experiment.SweepRunner(s, sweep, folder.resolve("out"),
                    new dev.zmqstudio.experiment.SweepListener() { }).run().size();
        } finally {
            try (var files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        double target = 120.0 * runs / 8;
        out.printf(Locale.ROOT, "bench: sweep %s, %d runs of %.1f s each: %.1f s in all, %.1f s a run (target: %.0f s for %d runs,"
                + " 2 minutes for 8); load average %.1f at the start%n", s.name(), runs, s.durationMillis() / 1000.0, seconds,
                seconds / runs, target, runs, load);
        out.printf(Locale.ROOT, "sweep time / target: %.2f (%s)%n", seconds / target, seconds <= target ? "met" : "not met");
        return ExitCodes.OK;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (spawn) {
            SpawnBench bench = new SpawnBench(out, spec.commandLine().getErr(), rounds != null ? rounds : 5, Math.max(3, children));
            return cacheOnly ? bench.makeCache() : bench.run(rebuildCache);
        }
        if (modes) {
            return new ModeTrial(out, spec.commandLine().getErr()).run(rounds != null ? rounds : 5);
        }
        if (record) {
            return new RecordTrial(out).overhead(rounds != null ? rounds : 5, recordMessages);
        }
        if (recordSustained != null) {
            return new RecordTrial(out).sustained(recordSustained, recordRate);
        }
        if (sweep != null) {
            return sweepTime(out);
        }
        if (scale != null) {
            if (scale.stream().anyMatch(n -> n < 2) || scaleSeconds < 1) {
                spec.commandLine().getErr().println("error: --scale takes node counts of 2 or more, --scale-seconds 1 or more");
                return ExitCodes.BAD_INPUT;
            }
            out.printf(Locale.ROOT, "bench: scale, N/2 PUSH generators at %.0f msg/s over inproc to N/2 PULL sinks, %d s each%n",
                    ScaleTrial.RATE, scaleSeconds);
            for (int nodes : scale) {
                out.println(ScaleTrial.run(nodes, java.time.Duration.ofSeconds(scaleSeconds)).line());
                out.flush();
            }
            return ExitCodes.OK;
        }
        if (expressions) {
            return expressionBudgets(out, rounds != null ? rounds : 9);
        }
        if (devices) {
            return devices(out, rounds != null ? rounds : 5);
        }
        if (broker) {
            return broker(out, rounds != null ? rounds : 5);
        }
        int roundsPerTransport = rounds != null ? rounds : 15;
        out.printf("bench: PUSH->PULL, %d-byte messages, %d rounds per transport, raw and engine interleaved%n",
                ThroughputTrial.PAYLOAD_BYTES, roundsPerTransport);
        for (String transport : transports) {
            if (!transport.equals("inproc") && !transport.equals("tcp")) {
                spec.commandLine().getErr().println("error: --transport takes inproc and/or tcp, not '" + transport + "'");
                return ExitCodes.BAD_INPUT;
            }
            int messages = transport.equals("inproc") ? inprocMessages : tcpMessages;
            ThroughputTrial.warmUp(transport);
            List<Double> raw = new ArrayList<>();
            List<Double> engine = new ArrayList<>();
            for (int round = 1; round <= roundsPerTransport; round++) {
                raw.add(ThroughputTrial.raw(transport, messages));
                engine.add(ThroughputTrial.engine(transport, messages));
                out.printf(Locale.ROOT, "%-6s round %d: raw %,12.0f msg/s   engine %,12.0f msg/s%n", transport, round,
                        raw.getLast(), engine.getLast());
                out.flush();
            }
            double rawMedian = median(raw);
            double engineMedian = median(engine);
            out.printf(Locale.ROOT, "%-6s median: raw %,12.0f msg/s   engine %,12.0f msg/s   ratio engine/raw %.2f%n",
                    transport, rawMedian, engineMedian, engineMedian / rawMedian);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Each device against the same nodes wired directly: medians of interleaved rounds, alternating which goes first. */
    private int devices(PrintWriter out, int roundCount) throws InterruptedException {
        out.printf(Locale.ROOT, "bench: devices against direct wires, %d-byte messages, %d rounds each, interleaved%n",
                ThroughputTrial.PAYLOAD_BYTES, roundCount);
        for (String transport : transports) {
            for (DeviceTrial.Kind kind : DeviceTrial.Kind.values()) {
                int messages = DeviceTrial.messages(kind, transport);
                DeviceTrial.run(kind, transport, true, messages / 4); // warm-up: class loading and the JIT, untimed
                DeviceTrial.run(kind, transport, false, messages / 4);
                List<Double> device = new ArrayList<>();
                List<Double> direct = new ArrayList<>();
                for (int round = 1; round <= roundCount; round++) {
                    boolean deviceFirst = round % 2 == 1;
                    for (boolean viaDevice : deviceFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        (viaDevice ? device : direct).add(DeviceTrial.run(kind, transport, viaDevice, messages));
                    }
                }
                double deviceMedian = median(device);
                double directMedian = median(direct);
                out.printf(Locale.ROOT, "%-6s %s  device %,11.0f /s   direct %,11.0f /s   ratio device/direct %.2f%n",
                        transport, kind.label(), deviceMedian, directMedian, deviceMedian / directMedian);
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** The broker's publish+ack and fetch rates against plain JeroMQ, interleaved, medians. */
    private int broker(PrintWriter out, int roundCount) throws Exception {
        out.printf(Locale.ROOT, "bench: durable broker over tcp, %d-byte messages, %,d per round, %d in flight, %d rounds,"
                + " interleaved with plain JeroMQ%n", ThroughputTrial.PAYLOAD_BYTES, brokerMessages, BrokerTrial.WINDOW, roundCount);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("zs-bench-broker");
        try {
            List<Double> publish = new ArrayList<>();
            List<Double> acks = new ArrayList<>();
            List<Double> fetch = new ArrayList<>();
            List<Double> stream = new ArrayList<>();
            for (int round = 0; round <= roundCount; round++) { // round 0 warms up: class loading and the JIT, untimed
                java.nio.file.Path store = folder.resolve("round-" + round);
                double p = BrokerTrial.publish(store, brokerMessages);
                double a = BrokerTrial.rawAcks(brokerMessages);
                double f = BrokerTrial.fetch(store, brokerMessages, "reader");
                double s = BrokerTrial.rawStream(brokerMessages);
                if (round == 0) {
                    continue;
                }
                publish.add(p);
                acks.add(a);
                fetch.add(f);
                stream.add(s);
                out.printf(Locale.ROOT, "round %d: publish+ack %,9.0f /s (plain acks %,9.0f /s)   fetch %,9.0f /s (plain"
                        + " PUSH->PULL %,9.0f /s)%n", round, p, a, f, s);
                out.flush();
            }
            out.printf(Locale.ROOT, "median: publish+ack %,9.0f /s, ratio broker/plain %.2f   fetch %,9.0f /s, ratio"
                    + " broker/plain %.2f%n", median(publish), median(publish) / median(acks), median(fetch),
                    median(fetch) / median(stream));
            out.flush();
            return ExitCodes.OK;
        } finally {
            try (var files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** What expression budgets cost a link-heavy pipeline: medians of interleaved rounds with and without them. */
    private int expressionBudgets(PrintWriter out, int roundCount) {
        out.printf(Locale.ROOT, "bench: %,d messages through a filter link ('%s') and a transform link ('%s'),"
                + " %d rounds with and without expression budgets, interleaved%n", expressionMessages,
                ExpressionTrial.FILTER, ExpressionTrial.TRANSFORM, roundCount);
        ExpressionTrial.run(expressionMessages / 2, true); // warm-up: class loading and the JIT, untimed
        ExpressionTrial.run(expressionMessages / 2, false);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int round = 1; round <= roundCount; round++) {
            boolean budgetsFirst = round % 2 == 1; // alternate which goes first, so neither always runs on a warmer machine
            for (boolean budgets : budgetsFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                (budgets ? with : without).add(ExpressionTrial.run(expressionMessages, budgets));
            }
            out.printf(Locale.ROOT, "round %d: with budgets %,12.0f msg/s   without %,12.0f msg/s%n", round,
                    with.getLast(), without.getLast());
            out.flush();
        }
        double withMedian = median(with);
        double withoutMedian = median(without);
        out.printf(Locale.ROOT, "median: with budgets %,12.0f msg/s   without %,12.0f msg/s   ratio with/without %.3f"
                + " (budgets cost %.1f%%)%n", withMedian, withoutMedian, withMedian / withoutMedian,
                100 * (1 - withMedian / withoutMedian));
        out.flush();
        return ExitCodes.OK;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
