package dev.zmqstudio.experiment;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sweep's two plots, each as PNG and SVG: the latency distribution of every cell, and p50/p99 against x. */
final class Plots {
    static final int WIDTH = 960;
    static final int HEIGHT = 600;
    /** Colours that stay apart on white and for most colour-blind readers (Okabe-Ito, then darker tones). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999933),
            new Color(0x882255), new Color(0x44AA99), new Color(0x332288), new Color(0x888888)};
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{7f, 5f}, 0f);

    /** Points per distribution line: enough for its shape, few enough for a light SVG. */
    private static final int CDF_POINTS = 400;

    private Plots() {
    }

    /** latency-cdf.png/.svg: for each cell, the fraction of messages at or under each latency (log scale). */
    static void distribution(List<CellRun.Result> results, SweepSpec spec, Path folder) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CellRun.Result r : results) {
            double[] ms = Percentiles.sortedMillis(r.latencyUs());
            if (ms.length == 0) {
                continue;
            }
            XYSeries s = new XYSeries(SweepReport.label(r, spec), false, true);
            int step = Math.max(1, ms.length / CDF_POINTS);
            for (int i = 0; i < ms.length; i += step) {
                s.add(Math.max(ms[i], 0.01), (i + 1) / (double) ms.length);
            }
            s.add(Math.max(ms[ms.length - 1], 0.01), 1.0);
            data.addSeries(s);
        }
        LogAxis x = new LogAxis("one-way latency (ms, log scale)");
        x.setSmallestValue(0.01);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.##"));
        NumberAxis y = new NumberAxis("fraction of messages at or under it");
        y.setRange(0, 1);
        XYLineAndShapeRenderer renderer = lines(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, i < PALETTE.length ? SOLID : DASHED);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        write(new JFreeChart(spec.name() + ": latency distribution per cell", JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                folder, "latency-cdf");
    }

    /** latency-vs-x.png/.svg: p50 and p99 (mean over repetitions) against x, a pair of lines per series value. */
    static void percentiles(List<CellRun.Result> results, SweepSpec spec, Path folder) throws IOException {
        Map<String, TreeMap<Double, double[]>> bySeries = new LinkedHashMap<>();
        for (CellRun.Result r : results) {
            Percentiles p = Percentiles.of(r.latencyUs());
            if (p.count() == 0) {
                continue;
            }
            String series = spec.series().isEmpty() ? "all" : String.valueOf(r.cell().get(spec.series()));
            double xValue = spec.x().equals("hosts") ? r.hosts() : ((Number) r.cell().get(spec.x())).doubleValue();
            double[] sums = bySeries.computeIfAbsent(series, k -> new TreeMap<>()).computeIfAbsent(xValue, k -> new double[3]);
            sums[0] += p.p50();
            sums[1] += p.p99();
            sums[2]++;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        bySeries.forEach((series, points) -> {
            XYSeries p50 = new XYSeries(series + " p50");
            XYSeries p99 = new XYSeries(series + " p99");
            points.forEach((xValue, sums) -> {
                p50.add(xValue.doubleValue(), sums[0] / sums[2]);
                p99.add(xValue.doubleValue(), sums[1] / sums[2]);
            });
            data.addSeries(p50);
            data.addSeries(p99);
        });
        NumberAxis x = new NumberAxis(spec.x().equals("hosts") ? "hosts" : spec.x());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("one-way latency (ms)");
        XYLineAndShapeRenderer renderer = lines(true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[(i / 2) % PALETTE.length]); // a series' p50 and p99 share a colour
            renderer.setSeriesStroke(i, i % 2 == 0 ? SOLID : DASHED);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        write(new JFreeChart(spec.name() + ": p50 and p99 against " + x.getLabel(), JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                folder, "latency-vs-" + (spec.x().equals("hosts") ? "hosts" : spec.x()));
    }

    private static XYLineAndShapeRenderer lines(boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        r.setDefaultStroke(SOLID);
        return r;
    }

    private static void write(JFreeChart chart, Path folder, String name) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setDomainGridlinePaint(new Color(0xDDDDDD));
        chart.getXYPlot().setRangeGridlinePaint(new Color(0xDDDDDD));
        ChartUtils.saveChartAsPNG(folder.resolve(name + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        Files.writeString(folder.resolve(name + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
    }
}
