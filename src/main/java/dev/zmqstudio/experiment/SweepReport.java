package dev.zmqstudio.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a sweep writes besides its plots: results.csv (a row per run), each run's latency.csv, and report.md. */
final class SweepReport {
    static final String RESULTS_HEADER_TAIL = "repetition,hosts,sent,delivered,dropped,seconds,throughput_per_s,"
            + "latency_count,p50_ms,p90_ms,p99_ms,max_ms,note";

    private SweepReport() {
    }

    /** "depth=2 fanout=3 mode=direct". */
    static String describe(Map<String, Object> cell) {
        return cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** "depth=2 fanout=3 mode=direct" (and "#2" for a second repetition). */
    static String label(CellRun.Result r, SweepSpec spec) {
        String text = describe(r.cell());
        return spec.repetitions() > 1 ? text + " #" + (r.repetition() + 1) : text;
    }

    static String folderName(int index, int repetition, SweepSpec spec) {
        return String.format(Locale.ROOT, "cell-%03d", index + 1) + (spec.repetitions() > 1 ? "-rep-" + (repetition + 1) : "");
    }

    static void results(List<CellRun.Result> results, SweepSpec spec, Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("cell," + String.join(",", spec.vary().keySet()) + "," + RESULTS_HEADER_TAIL);
        for (CellRun.Result r : results) {
            Percentiles p = Percentiles.of(r.latencyUs());
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r.index() + 1));
            spec.vary().keySet().forEach(k -> row.add(String.valueOf(r.cell().get(k))));
            row.add(Integer.toString(r.repetition() + 1));
            row.add(Integer.toString(r.hosts()));
            row.add(Long.toString(r.sent()));
            row.add(Long.toString(r.delivered()));
            row.add(Long.toString(r.dropped()));
            row.add(fixed(r.seconds(), 3));
            row.add(fixed(r.throughput(), 1));
            row.add(Integer.toString(p.count()));
            for (double v : new double[]{p.p50(), p.p90(), p.p99(), p.max()}) {
                row.add(Double.isNaN(v) ? "" : fixed(v, 3));
            }
            row.add(r.skipped() == null ? "" : "\"" + r.skipped().replace("\"", "\"\"") + "\"");
            lines.add(String.join(",", row));
        }
        Files.write(folder.resolve("results.csv"), lines, StandardCharsets.UTF_8);
    }

    static void markdown(List<CellRun.Result> results, SweepSpec spec, Path specFile, Machine machine, Path folder,
                         List<String> plots) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Sweep: ").append(spec.name()).append("\n\n");
        if (!spec.description().isEmpty()) {
            md.append(spec.description()).append("\n\n");
        }
        md.append("- spec: `").append(specFile.getFileName()).append("` (kind `").append(spec.kind()).append("`, ")
                .append(results.size()).append(" runs of ").append(spec.durationMillis() / 1000.0).append(" s each)\n");
        md.append("- machine: ").append(machine.describe()).append("\n");
        md.append("- latencies are one-way, end to end, from each message's send time to its receipt by a sink (all messages, not samples)\n\n");
        md.append("| ").append(String.join(" | ", spec.vary().keySet()))
                .append(" | rep | hosts | delivered | dropped | msg/s | p50 ms | p90 ms | p99 ms | max ms |\n");
        md.append("|").append("---|".repeat(spec.vary().size() + 9)).append("\n");
        for (CellRun.Result r : results) {
            Percentiles p = Percentiles.of(r.latencyUs());
            md.append("| ");
            spec.vary().keySet().forEach(k -> md.append(r.cell().get(k)).append(" | "));
            if (r.skipped() != null) {
                md.append(r.repetition() + 1).append(" | ").append(r.hosts()).append(" | ").append(r.skipped())
                        .append(" |||||||\n");
                continue;
            }
            md.append(r.repetition() + 1).append(" | ").append(r.hosts()).append(" | ").append(r.delivered()).append(" | ")
                    .append(r.dropped()).append(" | ").append(fixed(r.throughput(), 0)).append(" | ")
                    .append(fixed(p.p50(), 2)).append(" | ").append(fixed(p.p90(), 2)).append(" | ")
                    .append(fixed(p.p99(), 2)).append(" | ").append(fixed(p.max(), 2)).append(" |\n");
        }
        md.append("\n");
        if (StudyFindings.applies(spec)) {
            md.append("## The study's findings here\n\n| finding | holds here | the numbers |\n|---|---|---|\n");
            for (StudyFindings.Finding f : StudyFindings.evaluate(results)) {
                md.append("| ").append(f.claim()).append(" | ")
                        .append(f.holds() == null ? "cannot tell" : f.holds() ? "yes" : "no").append(" | ")
                        .append(f.numbers()).append(" |\n");
            }
            md.append("\n");
        }
        for (String plot : plots) {
            md.append("![").append(plot).append("](").append(plot).append(".png)\n\n");
        }
        Files.writeString(folder.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The machine a sweep ran on, for its report: cores, load before and after, Java, date. */
    record Machine(int cores, double loadBefore, double loadAfter, String javaVersion, String date) {
        static Machine now() {
            return new Machine(Runtime.getRuntime().availableProcessors(), load(), load(), Runtime.version().toString(),
                    java.time.LocalDate.now().toString());
        }

        Machine ended() {
            return new Machine(cores, loadBefore, load(), javaVersion, date);
        }

        private static double load() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }

        String describe() {
            return String.format(Locale.ROOT, "%d cores, load average %.1f before and %.1f after, Java %s, %s", cores,
                    loadBefore, loadAfter, javaVersion, date);
        }
    }
}
