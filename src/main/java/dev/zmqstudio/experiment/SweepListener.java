package dev.zmqstudio.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Told how a sweep goes, on the sweep's thread: each run as it starts and ends, and the end. */
public interface SweepListener {

    /** Run {@code number} of {@code total} starts; {@code secondsLeft}: an estimate, NaN before the first run ends. */
    default void runStarted(int number, int total, String label, double secondsLeft) {
    }

    default void runDone(int number, int total, RunSummary run) {
    }

    /** Everything is written in {@code output}. */
    default void finished(Path output, double seconds) {
    }

    /** The command line's lines: "cell 3 of 8 (depth=2 fanout=3 mode=direct); about 20 s left" and a line per result. */
    static SweepListener printingTo(PrintWriter out) {
        return new SweepListener() {
            @Override
            public void runStarted(int number, int total, String label, double secondsLeft) {
                out.printf(Locale.ROOT, "cell %d of %d (%s)%s%n", number, total, label,
                        Double.isNaN(secondsLeft) ? "" : String.format(Locale.ROOT, "; about %.0f s left", secondsLeft));
                out.flush();
            }

            @Override
            public void runDone(int number, int total, RunSummary run) {
                if (run.skipped() != null) {
                    out.println("  " + run.skipped());
                } else {
                    out.printf(Locale.ROOT, "  %,d sent, %,d received by the sinks, %d dropped, p50 %s ms, p99 %s ms%n",
                            run.sent(), run.delivered(), run.dropped(), SweepReport.fixed(run.latency().p50(), 2),
                            SweepReport.fixed(run.latency().p99(), 2));
                }
                out.flush();
            }

            @Override
            public void finished(Path output, double seconds) {
                out.printf(Locale.ROOT, "Wrote %s: results.csv, report.md, latency plots (.png, .svg) and a folder per run"
                        + " in %.0f s%n", output, seconds);
                out.flush();
            }
        };
    }
}
