package dev.zmqstudio.cli;

import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.io.LocatedTopology;
import dev.zmqstudio.record.RecordingException;
import dev.zmqstudio.record.RunRecorder;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.child.SpareChildren;
import dev.zmqstudio.runtime.external.CommandApproval;
import dev.zmqstudio.runtime.external.CommandLaunch;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a topology headless until the duration passes, or sooner once every generator has finished and nothing
 * has moved for a quiet second. Ctrl+C stops cleanly, still prints the summary (and writes the report), and exits
 * 130.
 */
@Command(name = "run", description = "Run a topology headless, print the nodes' log lines and a summary.")
final class RunCommand implements Callable<Integer> {
    private static final Duration QUIET = Duration.ofSeconds(1);

    @Parameters(index = "0", paramLabel = "FILE", description = "Topology JSON file.")
    Path file;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest run, 1ms to 24h (default ${DEFAULT-VALUE}); e.g. 500ms, 5s, 2m.")
    Duration duration;

    @Option(names = "--mode", paramLabel = "MODE", description = "in-process or child-process: overrides every node's placement.")
    String mode;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the run's numbers as JSON (its folder must exist).")
    Path report;

    @Option(names = "--allow-commands", description = "Launch the programs the file's external nodes name (its \"command\"s); "
            + "without it a file with commands is refused.")
    boolean allowCommands;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "The output folder: the file's \"record\" CSVs are written inside it and nowhere else (default: the current directory).")
    Path outputDir;

    @Option(names = "--record", paramLabel = "FILE", description = "Record every message and the run's events in FILE"
            + " (a recording: an SQLite database; see `inspect`), replacing a file there.")
    Path record;

    @Option(names = "--record-wires", paramLabel = "WIRE", split = ",", description = "Record only the messages on these wires.")
    java.util.Set<String> recordWires = java.util.Set.of();

    @Option(names = "--record-every", paramLabel = "N", defaultValue = "1", description = "Record one message in N on each wire (default: every message).")
    int recordEvery;

    @Option(names = "--attach", paramLabel = "ENDPOINT", description = "Start no node: show and report a deployment whose"
            + " hosts run `zmq-studio node FILE --host NAME --telemetry ENDPOINT` (or have " + Hosts.TELEMETRY_VARIABLE
            + " set); binds ENDPOINT (e.g. tcp://0.0.0.0:6100), CURVE-secured with the keys of `keys generate FILE`.")
    String attach;

    @Option(names = "--attach-wait", paramLabel = "TIME", defaultValue = "2m", converter = DurationConverter.class,
            description = "With --attach: how long to wait for every host to report (default ${DEFAULT-VALUE}).")
    Duration attachWait;

    @Spec
    CommandSpec spec;

    /** Set by {@link Cli}: this is the app's own process, whose compiler may be chosen for the run. */
    boolean ownsTheJvm;
    private volatile boolean interrupted;
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (report != null) {
            var why = Report.whyNotWritable(report);
            if (why.isPresent()) {
                err.println("error: --report " + report + ": cannot write the report there: " + why.get());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        if (record != null && recordEvery < 1) {
            err.println("error: --record-every must be 1 or more, not " + recordEvery);
            return ExitCodes.BAD_INPUT;
        }
        if (attach != null && mode != null) {
            err.println("error: --attach shows a deployment, whose hosts run where they are deployed: drop --mode");
            return ExitCodes.BAD_INPUT;
        }
        LocatedTopology located = TopologyInput.load(file, err);
        if (located == null) {
            return ExitCodes.BAD_INPUT;
        }
        Topology topology = located.topology();
        if (mode != null) {
            Placement placement = Placement.byKey(mode).orElse(null);
            if (placement != Placement.IN_PROCESS && placement != Placement.CHILD_PROCESS) {
                err.println("error: --mode must be in-process or child-process, not '" + mode + "'");
                return ExitCodes.BAD_INPUT;
            }
            // The mode decides for every node we run: named processes too (child-process: each node its own JVM).
            topology = topology.mapNodes(n -> n.placement() == Placement.EXTERNAL ? n
                    : n.withPlacement(placement).withProcess(null));
        }
        // The children start up while this process validates the file and sets itself up (see SpareChildren).
        try (SpareChildren spares = attach != null ? SpareChildren.NONE
                : SpareChildren.start(childLaunch(), Engine.childProcessSizes(topology))) {
            return validateAndRun(topology, located, out, err, spares);
        }
    }

    private int validateAndRun(Topology topology, LocatedTopology located, PrintWriter out, PrintWriter err,
                               SpareChildren spares) throws IOException {
        List<Problem> problems = TopologyInput.validate(topology);
        if (TopologyInput.report(located, problems, err)) {
            err.flush();
            return ExitCodes.VALIDATION_ERRORS;
        }
        err.flush();
        Path folder = file.toAbsolutePath().getParent();
        List<CommandLaunch> commands = CommandLaunch.of(topology, folder);
        if (!commands.isEmpty() && !allowCommands) {
            err.println("error: " + file + " launches commands (" + String.join("; ", commands.stream().map(CommandLaunch::describe).toList())
                    + "); run it with --allow-commands if you trust this file");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (attach != null) {
            java.util.Optional<String> missing = dev.zmqstudio.runtime.security.AttachKeys.whyMissing(topology, folder);
            if (missing.isPresent()) {
                err.println("error: --attach: " + missing.get());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        if (ownsTheJvm && record == null && BookkeepingCompiler.onlyKeepsBooks(topology)) { // a recording's capture is per message
            BookkeepingCompiler.useClientCompilerOnly();
        }
        EngineOptions options = EngineOptions.logTo(null).withCommandDir(folder).withOutputDir(outputDir)
                .withCommands(allowCommands ? CommandApproval.ALLOW : CommandApproval.REFUSE);
        return run(topology, options, out, spares);
    }

    private int run(Topology topology, EngineOptions options, PrintWriter out, SpareChildren spares) throws IOException {
        Thread hook = Thread.ofPlatform().unstarted(this::onCtrlC);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            long start = System.nanoTime();
            EngineSnapshot last;
            Report.Faults faults;
            Map<String, Object> recorded = null;
            Map<String, Object> logPublisher;
            try (ConsolePrinter console = new ConsolePrinter(out); Engine engine = new Engine(topology, engineOptions(console, options))) {
                RunRecorder recorder = null;
                if (record != null) {
                    try {
                        recorder = RunRecorder.attach(engine, record, TopologyFiles.toJson(topology), AppVersion.current(),
                                recordWires, recordEvery);
                    } catch (RecordingException e) {
                        err().println("error: --record " + e.getMessage());
                        return ExitCodes.BAD_INPUT;
                    }
                }
                engine.useSpareChildren(spares);
                try {
                    engine.start();
                } catch (IllegalStateException e) {
                    if (attach == null) {
                        throw e;
                    }
                    err().println("error: " + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
                // An attached run's time counts from when its hosts have reported, however long they took to come.
                long deadline = (attach == null ? start : System.nanoTime()) + duration.toNanos();
                while (!interrupted && System.nanoTime() < deadline && !engine.isQuiet(QUIET)) {
                    sleep();
                    EngineSnapshot now = engine.snapshot(); // surfaces the gate's warning when it opened without everything in place
                    if (recorder != null) {
                        recorder.observe(now);
                    }
                }
                engine.stop();
                last = engine.snapshot();
                faults = Report.Faults.of(engine);
                logPublisher = Report.logPublisher(topology, engine);
                if (recorder != null) {
                    recorded = finishRecording(recorder, last, out);
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Summary.print(out, elapsed, last);
            if (logPublisher != null) {
                out.println(Summary.logPublisher(logPublisher));
                out.flush();
            }
            if (report != null) {
                Map<String, Object> numbers = Report.of(topology.name(), elapsed, last, faults);
                if (logPublisher != null) {
                    numbers.put("log_publisher", logPublisher);
                }
                if (recorded != null) {
                    numbers.put("recording", recorded);
                }
                Report.write(report, numbers);
            }
            if (interrupted) {
                return ExitCodes.INTERRUPTED;
            }
            boolean published = logPublisher == null || !logPublisher.containsKey("error");
            return last.nodesWithErrors().isEmpty() && published ? ExitCodes.OK : ExitCodes.NODE_FAILED;
        } finally {
            finished.countDown();
            if (!interrupted) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** How often children report to a headless run: no live view to feed, only lines, the end and the totals. */
    static final long HEADLESS_REPORT_MS = 100;

    /** How this run starts its children: they report every {@value #HEADLESS_REPORT_MS} ms, as no one watches live. */
    private static ChildLaunch childLaunch() {
        return ChildLaunch.ofThisProcess(TopologyFiles::toJson).reportingEvery(HEADLESS_REPORT_MS);
    }

    private EngineOptions engineOptions(ConsolePrinter console, EngineOptions options) {
        EngineOptions withConsole = new EngineOptions(console, options.gateTimeout(), options.outputDir(),
                options.commandDir(), options.commands())
                .withChildren(childLaunch());
        return attach == null ? withConsole : withConsole.attachedAt(attach, attachWait);
    }

    /** Ends the recording and says how it went, on the console and as the report's {@code recording} entry. */
    private Map<String, Object> finishRecording(RunRecorder recorder, EngineSnapshot last, PrintWriter out) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("file", recorder.file().toString());
        try {
            long kept = recorder.finish(last);
            long lost = recorder.lost();
            out.println("recording: " + kept + " messages in " + recorder.file()
                    + (lost > 0 ? "; " + lost + " could not be kept (the disk fell behind for over 2 s)" : ""));
            entry.put("recorded", kept);
            entry.put("lost", lost);
        } catch (RecordingException e) {
            err().println("error: " + e.getMessage());
            entry.put("error", e.getMessage());
        }
        out.flush();
        return entry;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private void onCtrlC() {
        interrupted = true;
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
