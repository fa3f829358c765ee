package dev.zmqstudio.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published pub/sub study's five findings, checked against a sweep that varies {@code mode} over direct and
 * broker: for each, whether it holds in these runs and the numbers that say so. Per size (the cell's options other
 * than mode) it compares the two modes' p50 and spread (p99 / p50), and it fits p50 against hosts with a line and
 * with a parabola per mode.
 */
final class StudyFindings {

    record Finding(String claim, Boolean holds, String numbers) {
    }

    private record Pair(int hosts, Percentiles direct, Percentiles broker) {
    }

    private StudyFindings() {
    }

    /** True when the sweep compares direct with broker. */
    static boolean applies(SweepSpec spec) {
        List<Object> modes = spec.vary().get("mode");
        return modes != null && modes.contains("direct") && modes.contains("broker");
    }

    static List<Finding> evaluate(List<CellRun.Result> results) {
        List<Pair> pairs = pairs(results);
        List<Finding> findings = new ArrayList<>();
        if (pairs.isEmpty()) {
            return findings;
        }
        int directLower = 0;
        int directTighter = 0;
        StringBuilder lower = new StringBuilder();
        StringBuilder spread = new StringBuilder();
        for (Pair p : pairs) {
            if (p.direct().p50() < p.broker().p50()) {
                directLower++;
            }
            double ds = p.direct().p99() / p.direct().p50();
            double bs = p.broker().p99() / p.broker().p50();
            if (ds < bs) {
                directTighter++;
            }
            lower.append(String.format(Locale.ROOT, "%s%d hosts %.1f vs %.1f ms", lower.isEmpty() ? "" : "; ", p.hosts(),
                    p.direct().p50(), p.broker().p50()));
            spread.append(String.format(Locale.ROOT, "%s%d hosts %.1f vs %.1f", spread.isEmpty() ? "" : "; ", p.hosts(), ds, bs));
        }
        findings.add(new Finding("1. direct latency is in general smaller than centralized", directLower * 2 > pairs.size(),
                String.format(Locale.ROOT, "direct p50 lower in %d of %d sizes (p50 direct vs broker: %s)", directLower,
                        pairs.size(), lower)));
        findings.add(new Finding("2. direct latency is more uniform; centralized has extra-large latencies",
                directTighter * 2 > pairs.size(), String.format(Locale.ROOT,
                "p99/p50 smaller for direct in %d of %d sizes (direct vs broker: %s)", directTighter, pairs.size(), spread)));
        long hostCounts = pairs.stream().mapToInt(Pair::hosts).distinct().count();
        if (hostCounts < 2) {
            String why = "cannot tell: every size has " + pairs.getFirst().hosts() + " hosts";
            findings.add(new Finding("3. with more publishers and subscribers, latency grows for both", null, why));
            findings.add(new Finding("4. the growth hurts centralized more than direct", null, why));
            findings.add(new Finding("5. the growth is non-linear, perhaps quadratic", null, why));
            return findings;
        }
        Fit direct = Fit.of(pairs, true);
        Fit broker = Fit.of(pairs, false);
        findings.add(new Finding("3. with more publishers and subscribers, latency grows for both",
                direct.slope() > 0 && broker.slope() > 0, String.format(Locale.ROOT,
                "p50 grows by %.3f ms a host direct, %.3f ms a host through the broker (least squares over %d sizes, %d to %d hosts)",
                direct.slope(), broker.slope(), pairs.size(), pairs.getFirst().hosts(), pairs.getLast().hosts())));
        findings.add(new Finding("4. the growth hurts centralized more than direct", broker.slope() > direct.slope(),
                String.format(Locale.ROOT, "slope through the broker / direct: %.2f", broker.slope() / direct.slope())));
        boolean curved = direct.curved() && broker.curved();
        findings.add(new Finding("5. the growth is non-linear, perhaps quadratic", hostCounts < 4 ? null : curved,
                hostCounts < 4 ? "too few host counts to tell a curve from a line" : String.format(Locale.ROOT,
                        "a parabola leaves %.0f%% (direct) and %.0f%% (broker) of a line's squared error, with x² coefficients"
                                + " %.5f and %.5f ms/host²", 100 * direct.curveError() / direct.lineError(),
                        100 * broker.curveError() / broker.lineError(), direct.square(), broker.square())));
        return findings;
    }

    /** Each size's direct and broker percentiles (first repetition), by hosts. */
    private static List<Pair> pairs(List<CellRun.Result> results) {
        Map<String, CellRun.Result[]> bySize = new LinkedHashMap<>();
        for (CellRun.Result r : results) {
            if (r.skipped() != null || r.latencyUs().length == 0 || r.repetition() > 0) {
                continue;
            }
            Map<String, Object> size = new TreeMap<>(r.cell());
            Object mode = size.remove("mode");
            CellRun.Result[] two = bySize.computeIfAbsent(size.toString(), k -> new CellRun.Result[2]);
            two["direct".equals(mode) ? 0 : 1] = r;
        }
        List<Pair> pairs = new ArrayList<>();
        for (CellRun.Result[] two : bySize.values()) {
            if (two[0] != null && two[1] != null) {
                pairs.add(new Pair(two[0].hosts(), Percentiles.of(two[0].latencyUs()), Percentiles.of(two[1].latencyUs())));
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pair::hosts));
        return pairs;
    }

    /** p50 against hosts: a least-squares line and parabola, and their squared errors. */
    private record Fit(double slope, double lineError, double square, double curveError) {
        /** A parabola that cuts the line's error by half or more with an upward x² term: a curve, not noise. */
        boolean curved() {
            return square > 0 && curveError <= lineError / 2;
        }

        static Fit of(List<Pair> pairs, boolean direct) {
            int n = pairs.size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = pairs.get(i).hosts();
                y[i] = (direct ? pairs.get(i).direct() : pairs.get(i).broker()).p50();
            }
            double[] line = leastSquares(x, y, 1);
            double[] curve = n >= 3 ? leastSquares(x, y, 2) : new double[]{line[0], line[1], 0};
            return new Fit(line[1], error(x, y, line), curve[2], error(x, y, curve));
        }

        private static double error(double[] x, double[] y, double[] c) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double f = 0;
                for (int k = c.length - 1; k >= 0; k--) {
                    f = f * x[i] + c[k];
                }
                sum += (y[i] - f) * (y[i] - f);
            }
            return sum;
        }

        /** Coefficients c0..cd of the polynomial of degree d closest to the points (normal equations). */
        private static double[] leastSquares(double[] x, double[] y, int degree) {
            int m = degree + 1;
            double[][] a = new double[m][m + 1];
            for (int i = 0; i < x.length; i++) {
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < m; c++) {
                        a[r][c] += Math.pow(x[i], r + c);
                    }
                    a[r][m] += y[i] * Math.pow(x[i], r);
                }
            }
            for (int p = 0; p < m; p++) {
                int best = p;
                for (int r = p + 1; r < m; r++) {
                    if (Math.abs(a[r][p]) > Math.abs(a[best][p])) {
                        best = r;
                    }
                }
                double[] t = a[p];
                a[p] = a[best];
                a[best] = t;
                for (int r = 0; r < m; r++) {
                    if (r != p && a[p][p] != 0) {
                        double f = a[r][p] / a[p][p];
                        for (int c = p; c <= m; c++) {
                            a[r][c] -= f * a[p][c];
                        }
                    }
                }
            }
            double[] coefficients = new double[m];
            for (int r = 0; r < m; r++) {
                coefficients[r] = a[r][r] == 0 ? 0 : a[r][m] / a[r][r];
            }
            return coefficients;
        }
    }
}
