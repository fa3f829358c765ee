package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.trace.Token;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Live" tab: numbers of the selected node or wire while running (counts, rate, state, per-sender counts,
 * latency), its last sampled messages (every frame, as text, hex or JSON, with sizes), and a wire's latency p50/p99
 * over time.
 */
final class LiveInspector extends HBox {
    private static final int CHART_POINTS = 120;
    private static final String PLACEHOLDER = "Select a node or wire while running to see its numbers.";
    private static final String NO_SELECTION = "Select a node or wire to see the messages it carries.";
    private static final String NONE_SAMPLED = "No message sampled yet.";
    private final Label messagesPlaceholder = new Label(NO_SELECTION);
    private static final String P50 = "p50 (median)";
    private static final String P99 = "p99";
    private static final javafx.util.StringConverter<Number> WHOLE_NUMBERS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    };

    private final Label title = new Label(PLACEHOLDER);
    private final javafx.scene.control.CheckBox colourByTopic = new javafx.scene.control.CheckBox("Colour by topic");
    private final GridPane facts = new GridPane();
    private final ListView<String> messages = new ListView<>();
    private final javafx.scene.control.ChoiceBox<FramesView> framesView =
            new javafx.scene.control.ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(FramesView.values()));
    private List<Token> shownTokens = List.of();
    private final XYChart.Series<Number, Number> p50 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p99 = new XYChart.Series<>();
    private final LineChart<Number, Number> chart;
    /** In place of the chart when no wire is selected: latency belongs to wires. */
    private final Label chartHint = new Label("Select a wire to chart its latency, second by second.");
    private String chartedWire;
    private long secondsShown;
    /** Latency samples behind the last charted point: a point is added only when new samples came in. */
    private long chartedSamples;

    LiveInspector() {
        setId("live-inspector");
        setSpacing(12);
        setPadding(new Insets(8));
        title.getStyleClass().add("live-title");
        title.setWrapText(true);
        facts.setHgap(12);
        facts.setVgap(2);
        // The names never shrink ("received", not "re…"); long values wrap in the column beside them.
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(names, values);
        colourByTopic.setId("colour-by-topic");
        colourByTopic.setTooltip(new javafx.scene.control.Tooltip(
                "Dots take the colour of their topic (the message's first word) instead of their sender's"));
        colourByTopic.setMinWidth(javafx.scene.control.CheckBox.USE_PREF_SIZE);
        // The facts scroll when the tab is short; nothing below them can be cut off.
        javafx.scene.control.ScrollPane factsScroll = new javafx.scene.control.ScrollPane(facts);
        factsScroll.setFitToWidth(true);
        factsScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        factsScroll.getStyleClass().add("live-facts-scroll");
        VBox.setVgrow(factsScroll, Priority.ALWAYS);
        VBox left = new VBox(6, title, factsScroll);
        left.setMinWidth(260);
        left.setPrefWidth(380); // long values wrap here instead of pushing the messages and the chart aside
        left.setMaxWidth(520);
        messages.setId("live-messages");
        messagesPlaceholder.setWrapText(true);
        messages.setPlaceholder(messagesPlaceholder);
        framesView.setId("live-frames-view");
        framesView.setValue(FramesView.TEXT);
        framesView.setTooltip(new javafx.scene.control.Tooltip(
                "How frames read: text (non-text frames as 0x-hex), every frame in hex, or a JSON array of the frames"));
        framesView.valueProperty().addListener((obs, old, v) -> showMessages());
        Label recentTitle = new Label("Last messages");
        recentTitle.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox recentHeader = new HBox(8, recentTitle, gap, colourByTopic, framesView);
        recentHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox recentBox = new VBox(4, recentHeader, messages);
        VBox.setVgrow(messages, Priority.ALWAYS);
        recentBox.setPrefWidth(400);
        recentBox.setMinWidth(300);
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds charted");
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(WHOLE_NUMBERS);
        NumberAxis y = new NumberAxis();
        y.setLabel("µs");
        chart = new LineChart<>(x, y);
        chart.setId("live-latency-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        // The chart's own legend hides itself when the tab is short; this one is always there, above the lines.
        chart.setLegendVisible(false);
        p50.setName(P50);
        p99.setName(P99);
        chart.getData().add(p50);
        chart.getData().add(p99);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label chartTitle = new Label("Latency");
        chartTitle.getStyleClass().add("live-chart-title");
        chartTitle.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.Region legendGap = new javafx.scene.layout.Region();
        HBox.setHgrow(legendGap, Priority.ALWAYS);
        HBox legend = new HBox(12, chartTitle, legendGap, legendItem(P50, "p50"), legendItem(P99, "p99"));
        legend.setId("live-latency-legend");
        legend.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chartHint.setId("live-chart-hint");
        chartHint.setWrapText(true);
        chartHint.getStyleClass().add("live-chart-hint");
        javafx.scene.layout.StackPane chartArea = new javafx.scene.layout.StackPane(chart, chartHint);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        showChart(false);
        VBox chartBox = new VBox(2, legend, chartArea);
        chartBox.setPrefWidth(360);
        chartBox.setMinWidth(300);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        getChildren().addAll(left, recentBox, chartBox);
    }

    /** Shows {@code id} (a node or wire of the snapshot); called once per frame. */
    void show(String id, EngineSnapshot s, Map<String, Double> wireRates, List<Token> recent, boolean newSecond) {
        facts.getChildren().clear();
        if (id == null || s == null || (s.node(id) == null && s.wire(id) == null)) {
            title.setText(PLACEHOLDER);
            messagesPlaceholder.setText(NO_SELECTION);
            showChart(false);
            shownTokens = List.of();
            messages.getItems().clear();
            return;
        }
        messagesPlaceholder.setText(NONE_SAMPLED);
        int row = 0;
        EngineSnapshot.NodeStats node = s.node(id);
        showChart(node == null);
        if (node != null) {
            title.setText(node.id() + " · " + node.type() + " · " + node.state().key());
            row = fact(row, "sent", Long.toString(node.sent()));
            row = fact(row, "received", Long.toString(node.received()));
            if (node.framesSent() != node.sent() || node.framesReceived() != node.received()) {
                row = fact(row, "frames", "sent " + node.framesSent() + ", received " + node.framesReceived());
            }
            for (var side : node.sides().entrySet()) {
                row = fact(row, side.getKey(), side.getValue().type() + ": sent " + side.getValue().sent()
                        + ", received " + side.getValue().received());
            }
            if (node.perSender().size() > 1) {
                row = fact(row, "per sender", countsBy(node.perSender()));
            }
            if (node.aggregate() != null && node.aggregate().count() > 0) {
                row = fact(row, "average", String.format(Locale.ROOT, "%.3f over %d", node.aggregate().average(),
                        node.aggregate().count()));
            }
            if (node.countsBy() != null && !node.countsBy().isEmpty()) {
                row = fact(row, "counts by", countsBy(node.countsBy()));
            }
            if (node.queue() != null) {
                row = queueFacts(row, node.queue());
            }
            if (node.error() != null) {
                row = fact(row, "error", node.error());
            }
            if (node.errors().count() > 0) {
                row = fact(row, "errors", Long.toString(node.errors().count()));
                fact(row, "first error", node.errors().first());
            }
        } else {
            EngineSnapshot.WireStats wire = s.wire(id);
            title.setText("wire " + wire.id() + " · " + wire.reading("→", "↔") + " · " + wire.state().key());
            row = fact(row, "messages", wire.messages() + (wire.exact() ? "" : " (estimate)"));
            row = fact(row, "rate", WireRates.text(wireRates.getOrDefault(id, 0.0)));
            row = fact(row, "latency", wire.latencyP50Micros() == null ? "not measured yet"
                    : "p50 " + wire.latencyP50Micros() + " µs, p99 " + wire.latencyP99Micros() + " µs ("
                    + wire.latencySamples() + " samples)");
            fact(row, "queue", queueText(wire));
            chart(wire, newSecond);
        }
        shownTokens = recent;
        showMessages();
    }

    private void showMessages() {
        FramesView view = framesView.getValue();
        messages.getItems().setAll(shownTokens.stream().map(view::line).toList());
    }

    /** The wire's queue pressure in words. */
    static String queueText(EngineSnapshot.WireStats wire) {
        String now = wire.full() ? "at the high-water mark: the sender waits, or a publisher skips this subscriber"
                : "below the high-water mark";
        return wire.dropped() > 0 ? now + "; at least " + wire.dropped() + " messages dropped" : now;
    }

    private void chart(EngineSnapshot.WireStats wire, boolean newSecond) {
        if (!wire.id().equals(chartedWire)) {
            chartedWire = wire.id();
            p50.getData().clear();
            p99.getData().clear();
            secondsShown = 0;
            chartedSamples = 0;
        }
        if (newSecond) {
            secondsShown++;
        }
        // Once traffic stops, the run's percentiles stay put: drawing them on would be a flat line saying nothing.
        if (newSecond && wire.latencyP50Micros() != null && wire.latencySamples() > chartedSamples) {
            chartedSamples = wire.latencySamples();
            p50.getData().add(new XYChart.Data<>(secondsShown, wire.latencyP50Micros()));
            p99.getData().add(new XYChart.Data<>(secondsShown, wire.latencyP99Micros()));
            if (p50.getData().size() > CHART_POINTS) {
                p50.getData().removeFirst();
                p99.getData().removeFirst();
            }
        }
    }

    private void showChart(boolean wire) {
        chart.setVisible(wire);
        chartHint.setVisible(!wire);
    }

    /** A line swatch in the series' colour and its name: "━ p50 (median)". */
    private static Label legendItem(String name, String series) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("live-legend-swatch", "live-legend-" + series);
        swatch.setMinSize(16, 3);
        swatch.setPrefSize(16, 3);
        swatch.setMaxSize(16, 3);
        Label item = new Label(name, swatch);
        item.getStyleClass().add("live-legend-item");
        item.setMinWidth(Label.USE_PREF_SIZE);
        return item;
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("live-fact-name");
        n.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setId("live-" + name.replace(' ', '-'));
        v.setWrapText(true);
        v.setMinWidth(0);
        facts.addRow(row, n, v);
        return row + 1;
    }

    javafx.beans.property.BooleanProperty colourByTopicProperty() {
        return colourByTopic.selectedProperty();
    }

    void clear() {
        title.setText(PLACEHOLDER);
        messagesPlaceholder.setText(NO_SELECTION);
        showChart(false);
        chartedWire = null;
        p50.getData().clear();
        p99.getData().clear();
        shownTokens = List.of();
        messages.getItems().clear();
        facts.getChildren().clear();
    }

    /** "INFO 12, WARNING 3, ERROR 1": the most counted first, at most {@value #COUNTS_SHOWN} of them. */
    static String countsBy(java.util.Map<String, Long> counts) {
        return dev.zmqstudio.runtime.engine.CountsText.of(counts, COUNTS_SHOWN);
    }

    /** A broker: each topic's depth and its consumers' lag; a producer or consumer: its progress. */
    private int queueFacts(int row, EngineSnapshot.QueueFacts q) {
        switch (q.role()) {
            case "broker" -> {
                for (var topic : q.topics().entrySet()) {
                    var t = topic.getValue();
                    String lags = t.committed().entrySet().stream()
                            .map(c -> c.getKey() + " lag " + Math.max(0, t.next() - c.getValue()))
                            .collect(java.util.stream.Collectors.joining(", "));
                    row = fact(row, "topic " + topic.getKey(), t.depth() + " messages" + (lags.isEmpty() ? "" : "; " + lags));
                }
            }
            case "producer" -> row = fact(row, "published", q.published() + " to " + q.topic()
                    + (q.resent() > 0 ? ", " + q.resent() + " resent" : ""));
            default -> {
                row = fact(row, "consumed", q.consumed() + " of " + q.topic() + ", lag " + q.lag());
                if (q.redelivered() > 0) {
                    row = fact(row, "redelivered", Long.toString(q.redelivered()));
                }
            }
        }
        return row;
    }

    private static final int COUNTS_SHOWN = 8;
}
