package dev.zmqstudio.ui.experiment;

import dev.zmqstudio.experiment.RunSummary;
import dev.zmqstudio.experiment.SpecException;
import dev.zmqstudio.experiment.SweepListener;
import dev.zmqstudio.experiment.SweepRunner;
import dev.zmqstudio.experiment.SweepSpec;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a sweep from the designer: choose a spec, Run, and watch a progress bar, p50 and p99 against the spec's x
 * drawn as each run ends, and a table of the runs; everything the command line writes goes to
 * {@code ~/zmq-studio/experiments/<name>-<date-time>/}. The sweep runs on a thread of its own.
 */
public final class ExperimentView extends BorderPane {
    private final Label spec = new Label("No spec chosen: a sweep spec is JSON, see topologies/experiments/");
    private final Button choose = new Button("Choose Spec…");
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final TableView<RunSummary> table = new TableView<>();
    private final Map<String, XYChart.Series<Number, Number>> series = new LinkedHashMap<>();
    private final Function<Path, Optional<Path>> chooser;
    private final Path specFolder;
    private Path specFile;
    private SweepSpec sweep;
    private SweepRunner runner;

    /** @param chooser asks for a spec file, starting in the given folder */
    public ExperimentView(Function<Path, Optional<Path>> chooser, Path specFolder) {
        this.chooser = chooser;
        this.specFolder = specFolder;
        setId("experiment-view");
        spec.setId("experiment-spec");
        choose.setId("experiment-choose");
        run.setId("experiment-run");
        stop.setId("experiment-stop");
        progress.setId("experiment-progress");
        status.setId("experiment-status");
        chart.setId("experiment-chart");
        table.setId("experiment-table");
        run.setDisable(true);
        stop.setDisable(true);
        choose.setOnAction(e -> choose());
        run.setOnAction(e -> start());
        stop.setOnAction(e -> {
            if (runner != null) {
                runner.cancel();
                status.setText("Stopping after the run going now…");
            }
        });
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox buttons = new HBox(8, choose, run, stop, progress);
        VBox top = new VBox(6, spec, buttons, status);
        top.setPadding(new Insets(10));
        setTop(top);
        yAxis.setLabel("one-way latency (ms)");
        chart.setCreateSymbols(true);
        chart.setAnimated(false);
        chart.setTitle("p50 and p99 as the runs end");
        setCenter(chart);
        table.getColumns().setAll(java.util.List.of(
                column("run", 260, RunSummary::label),
                column("hosts", 60, r -> Integer.toString(r.hosts())),
                column("delivered", 90, r -> r.skipped() != null ? "skipped" : String.format(Locale.ROOT, "%,d", r.delivered())),
                column("p50 ms", 70, r -> millis(r.latency().p50())),
                column("p99 ms", 70, r -> millis(r.latency().p99()))));
        table.setPrefHeight(190);
        table.setPlaceholder(new Label("No run yet"));
        setBottom(table);
    }

    private static TableColumn<RunSummary, String> column(String title, double width, Function<RunSummary, String> text) {
        TableColumn<RunSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? "" : String.format(Locale.ROOT, "%.2f", ms);
    }

    private void choose() {
        chooser.apply(specFolder).ifPresent(this::load);
    }

    /** Reads a spec: its name and runs are shown and Run is enabled, or what is wrong with it is. */
    public void load(Path file) {
        try {
            sweep = SweepSpec.load(file);
            specFile = file;
            int runs = sweep.grid().size() * sweep.repetitions();
            spec.setText(String.format(Locale.ROOT, "%s: %s, %d runs of %.1f s", sweep.name(), file.getFileName(), runs,
                    sweep.durationMillis() / 1000.0));
            status.setText(sweep.description());
            run.setDisable(runner != null);
        } catch (SpecException e) {
            sweep = null;
            run.setDisable(true);
            status.setText(e.getMessage());
        }
    }

    private void start() {
        if (sweep == null || runner != null) {
            return;
        }
        Path output = dev.zmqstudio.ui.run.RunOutputFolder.forExperiment(sweep.name());
        series.clear();
        chart.getData().clear();
        table.getItems().clear();
        xAxis.setLabel(sweep.x());
        xAxis.setForceZeroInRange(false);
        progress.setProgress(0);
        SweepRunner starting = new SweepRunner(sweep, specFile, output, new FxListener());
        runner = starting;
        run.setDisable(true);
        choose.setDisable(true);
        stop.setDisable(false);
        status.setText("Starting " + starting.runs() + " runs…");
        Thread.ofPlatform().name("zs-sweep").daemon().start(() -> {
            try {
                starting.run();
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    status.setText("The sweep failed: " + e.getMessage());
                    ended();
                });
            }
        });
    }

    private void ended() {
        runner = null;
        stop.setDisable(true);
        choose.setDisable(false);
        run.setDisable(sweep == null);
    }

    /** Hands the sweep's news to the FX thread: a handful of events a run. */
    private final class FxListener implements SweepListener {
        @Override
        public void runStarted(int number, int total, String label, double secondsLeft) {
            Platform.runLater(() -> {
                progress.setProgress((number - 1) / (double) total);
                status.setText(String.format(Locale.ROOT, "Run %d of %d (%s)%s", number, total, label,
                        Double.isNaN(secondsLeft) ? "" : String.format(Locale.ROOT, "; about %.0f s left", secondsLeft)));
            });
        }

        @Override
        public void runDone(int number, int total, RunSummary r) {
            Platform.runLater(() -> {
                progress.setProgress(number / (double) total);
                table.getItems().add(r);
                if (r.skipped() == null && r.latency().count() > 0) {
                    point(r.series() + " p50", r.x(), r.latency().p50());
                    point(r.series() + " p99", r.x(), r.latency().p99());
                }
            });
        }

        @Override
        public void finished(Path output, double seconds) {
            Platform.runLater(() -> {
                progress.setProgress(1);
                status.setText(String.format(Locale.ROOT, "Wrote %s: report.md, results.csv, plots (.png, .svg), in %.0f s",
                        output, seconds));
                ended();
            });
        }
    }

    private void point(String name, double x, double y) {
        XYChart.Series<Number, Number> s = series.computeIfAbsent(name, n -> {
            XYChart.Series<Number, Number> created = new XYChart.Series<>();
            created.setName(n);
            if (n.endsWith("p99")) { // a series' p99 dashed, so the pair reads as one series
                created.nodeProperty().addListener((obs, was, line) -> {
                    if (line != null) {
                        line.setStyle("-fx-stroke-dash-array: 8 5;");
                    }
                });
            }
            chart.getData().add(created);
            return created;
        });
        s.getData().add(new XYChart.Data<>(x, y));
    }

    /** For tests: the chart's series names and their points so far. */
    public Map<String, Integer> pointsPerSeries() {
        Map<String, Integer> points = new LinkedHashMap<>();
        series.forEach((n, s) -> points.put(n, s.getData().size()));
        return points;
    }

    /** What the status line says. */
    public String status() {
        return status.getText();
    }

    /** True while a sweep runs. */
    public boolean running() {
        return runner != null;
    }
}
