package dev.zmqstudio.cli;

import dev.zmqstudio.record.MessageQuery;
import dev.zmqstudio.record.MessageText;
import dev.zmqstudio.record.Recording;
import dev.zmqstudio.record.RecordingException;
import dev.zmqstudio.record.WireSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Prints a recording's messages one per line (filtered), or one line per wire with {@code --summary}. */
@Command(name = "inspect", description = "Print the messages of a recording (made with run --record), one per line.")
final class InspectCommand implements Callable<Integer> {
    /** Times are shown to the microsecond, rounded down: one shown as TIME may have happened up to 999 ns after it. */
    private static final long SHOWN_RESOLUTION_NANOS = 1_000;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "A recording (.zsrec).")
    Path file;

    @Option(names = "--wire", paramLabel = "ID", description = "Only messages on this wire.")
    String wire;

    @Option(names = "--node", paramLabel = "ID", description = "Only messages this node sent or received.")
    String node;

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only messages with a frame containing TEXT.")
    String grep;

    @Option(names = "--from", paramLabel = "TIME", converter = TimeOffsetConverter.class,
            description = "Only messages at or after TIME since the recording began (e.g. 1.5s, 200ms).")
    Long from;

    @Option(names = "--to", paramLabel = "TIME", converter = TimeOffsetConverter.class,
            description = "Only messages at or before TIME (inclusive of its whole microsecond, as times are shown).")
    Long to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N messages.")
    int limit;

    @Option(names = "--summary", description = "One line per wire: its message count and latency.")
    boolean summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Recording recording = Recording.open(file)) {
            if (!recording.complete()) {
                err.println("warning: " + file + " was not finished (its run was stopped or killed while recording):"
                        + " it holds what was written up to then");
                err.flush();
            }
            if (summary) {
                printSummary(recording, out);
            } else {
                MessageQuery query = new MessageQuery(wire, node, grep, from == null ? -1 : from,
                        to == null ? -1 : to + SHOWN_RESOLUTION_NANOS - 1, limit);
                recording.messages(query, m -> out.println(MessageText.line(m)));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (RecordingException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    private static void printSummary(Recording recording, PrintWriter out) throws RecordingException {
        var info = recording.info();
        out.println("recording of " + info.getOrDefault("topology_name", "?") + ", started " + info.getOrDefault("started_at", "?")
                + ", " + info.getOrDefault("selection", "every message")
                + (recording.lost() > 0 ? ", " + recording.lost() + " messages could not be kept" : ""));
        for (WireSummary s : recording.summary()) {
            out.println(s.wire() + ": " + s.messages() + " messages, latency "
                    + (s.p50Micros() == null ? "not measured" : "p50 " + s.p50Micros() + " us, p99 " + s.p99Micros()
                    + " us (" + s.timed() + " timed)"));
        }
    }
}
