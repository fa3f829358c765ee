package dev.zmqstudio.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a sweep's cells one after another (each engine stopped, its ports free, before the next starts), says which
 * cell runs and about how long is left, and writes results, latencies, plots and the report into the output folder.
 */
public final class SweepRunner {
    private final SweepSpec spec;
    private final Path specFile;
    private final Path output;
    private final PrintWriter progress;

    public SweepRunner(SweepSpec spec, Path specFile, Path output, PrintWriter progress) {
        this.spec = spec;
        this.specFile = specFile;
        this.output = output;
        this.progress = progress;
    }

    /** Runs every cell; returns the results in order. */
    public List<CellRun.Result> run() throws IOException {
        Files.createDirectories(output);
        SweepReport.Machine machine = SweepReport.Machine.now();
        List<Map<String, Object>> grid = spec.grid();
        int total = grid.size() * spec.repetitions();
        List<CellRun.Result> results = new ArrayList<>();
        long began = System.nanoTime();
        int done = 0;
        for (int rep = 0; rep < spec.repetitions(); rep++) {
            for (int i = 0; i < grid.size(); i++) {
                Map<String, Object> cell = grid.get(i);
                String left = done == 0 ? "" : String.format(Locale.ROOT, "; about %.0f s left",
                        (System.nanoTime() - began) / 1e9 / done * (total - done));
                progress.printf("cell %d of %d (%s)%s%n", done + 1, total, describe(cell), left);
                progress.flush();
                Path folder = output.resolve(SweepReport.folderName(i, rep, spec));
                CellRun.Result r = CellRun.run(spec, cell, i, rep, folder);
                SweepReport.latencies(r, folder);
                results.add(r);
                Percentiles p = Percentiles.of(r.latencies());
                if (r.skipped() != null) {
                    progress.println("  " + r.skipped());
                    done++;
                    continue;
                }
                progress.printf(Locale.ROOT, "  %,d sent, %,d received by the sinks, %d dropped, p50 %s ms, p99 %s ms%n",
                        r.sent(), r.delivered(), r.dropped(), SweepReport.fixed(p.p50(), 2), SweepReport.fixed(p.p99(), 2));
                progress.flush();
                done++;
            }
        }
        SweepReport.results(results, spec, output);
        Plots.distribution(results, spec, output);
        Plots.percentiles(results, spec, output);
        String xName = spec.x().equals("hosts") ? "hosts" : spec.x();
        SweepReport.markdown(results, spec, specFile, machine.ended(), output, List.of("latency-cdf", "latency-vs-" + xName));
        progress.printf(Locale.ROOT, "Wrote %s: results.csv, report.md, latency-cdf and latency-vs-%s (.png, .svg), %d run folders in %.0f s%n",
                output, xName, results.size(), (System.nanoTime() - began) / 1e9);
        return results;
    }

    private static String describe(Map<String, Object> cell) {
        return String.join(" ", cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
