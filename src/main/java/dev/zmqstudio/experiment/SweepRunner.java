package dev.zmqstudio.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep's cells one after another (each engine stopped, its ports free, before the next starts), tells its
 * listener which run goes and about how long is left, and writes results, latencies, plots and the report into the
 * output folder.
 */
public final class SweepRunner {
    private final SweepSpec spec;
    private final Path specFile;
    private final Path output;
    private final SweepListener listener;
    private volatile boolean cancelled;

    public SweepRunner(SweepSpec spec, Path specFile, Path output, SweepListener listener) {
        this.spec = spec;
        this.specFile = specFile;
        this.output = output;
        this.listener = listener;
    }

    /** How many runs the sweep makes. */
    public int runs() {
        return spec.grid().size() * spec.repetitions();
    }

    /** Ends the sweep after the run going now; what ran is still written. Any thread. */
    public void cancel() {
        cancelled = true;
    }

    /** Runs every cell (until cancelled); returns the runs in order. */
    public List<RunSummary> run() throws IOException {
        Files.createDirectories(output);
        SweepReport.Machine machine = SweepReport.Machine.now();
        List<Map<String, Object>> grid = spec.grid();
        int total = runs();
        List<CellRun.Result> results = new ArrayList<>();
        List<RunSummary> summaries = new ArrayList<>();
        long began = System.nanoTime();
        int done = 0;
        for (int rep = 0; rep < spec.repetitions() && !cancelled; rep++) {
            for (int i = 0; i < grid.size() && !cancelled; i++) {
                Map<String, Object> cell = grid.get(i);
                double left = done == 0 ? Double.NaN : (System.nanoTime() - began) / 1e9 / done * (total - done);
                listener.runStarted(done + 1, total, SweepReport.describe(cell), left);
                Path folder = output.resolve(SweepReport.folderName(i, rep, spec));
                CellRun.Result r;
                try {
                    r = CellRun.run(spec, cell, i, rep, folder);
                } catch (RuntimeException e) {
                    r = CellRun.failed(spec, cell, i, rep, String.valueOf(e.getMessage())); // the other runs go on
                }
                results.add(r);
                RunSummary summary = RunSummary.of(r, spec);
                summaries.add(summary);
                done++;
                listener.runDone(done, total, summary);
            }
        }
        SweepReport.results(results, spec, output);
        Plots.distribution(results, spec, output);
        Plots.percentiles(results, spec, output);
        String xName = spec.x().equals("hosts") ? "hosts" : spec.x();
        SweepReport.markdown(results, spec, specFile, machine.ended(), output, List.of("latency-cdf", "latency-vs-" + xName));
        listener.finished(output, (System.nanoTime() - began) / 1e9);
        return summaries;
    }
}
