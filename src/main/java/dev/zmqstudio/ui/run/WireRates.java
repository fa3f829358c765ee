package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.WireLabelRound;
import javafx.scene.Group;
import javafx.scene.control.Label;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "1.2k msg/s" beside each wire that carries traffic, where the canvas finds room for it (clear of nodes and
 * labels); a wire in trouble says so in the alarm colour, even when nothing moves on it: under queue pressure
 * ("HWM · ≥ 300 dropped", with its rate), or broken by a failed node ("✕ not connected: ...", without a rate: what
 * its sender counts does not reach the node).
 */
final class WireRates extends Group {
    private static final javafx.css.PseudoClass FULL = javafx.css.PseudoClass.getPseudoClass("full");
    private final DiagramCanvas canvas;
    private final Map<String, Label> labels = new HashMap<>();
    /** What each wire's label says (empty: nothing), whether or not it is shown. */
    private final Map<String, String> texts = new HashMap<>();
    private Map<String, WireAlarm> lastAlarms = Map.of();

    WireRates(DiagramCanvas canvas) {
        this.canvas = canvas;
        setMouseTransparent(true);
        setId("wire-rates");
        // The diagram's labels moved (an edit, a drag, a zoom): find room again.
        canvas.labelRevisionProperty().addListener((obs, was, now) -> place());
    }

    void show(Map<String, Double> ratesByWire, Map<String, WireAlarm> alarmsByWire) {
        lastAlarms = Map.copyOf(alarmsByWire);
        java.util.Set<String> wires = new java.util.HashSet<>(ratesByWire.keySet());
        wires.addAll(alarmsByWire.keySet());
        wires.addAll(texts.keySet());
        for (String wireId : wires) {
            double rate = ratesByWire.getOrDefault(wireId, 0.0);
            WireAlarm alarm = alarmsByWire.get(wireId);
            String text = rate > 0 && (alarm == null || !alarm.broken()) ? text(rate) : "";
            texts.put(wireId, alarm == null ? text : text.isEmpty() ? alarm.text() : text + "  \u00b7  " + alarm.text());
        }
        place();
    }

    /**
     * Alarms first, so that a wire in trouble is the last to find no room. Zoomed out past where the diagram's own
     * labels are drawn, only alarms are: a thousand rates would neither find room nor be read. A label is made, and
     * its text set, only when it is placed.
     */
    private void place() {
        if (texts.isEmpty()) {
            return;
        }
        boolean rates = canvas.detail().showsLabels();
        WireLabelRound round = canvas.wireLabelRound();
        texts.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, String>, Boolean>comparing(e -> !lastAlarms.containsKey(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String wireId = e.getKey();
                    boolean alarm = lastAlarms.containsKey(wireId);
                    Label label = labels.get(wireId);
                    if (e.getValue().isEmpty() || (!rates && !alarm)) {
                        if (label != null) {
                            label.setVisible(false);
                        }
                        return;
                    }
                    if (label == null) {
                        label = newLabel(wireId);
                        labels.put(wireId, label);
                    }
                    if (!e.getValue().equals(label.getText())) {
                        label.setText(e.getValue());
                    }
                    label.pseudoClassStateChanged(FULL, alarm);
                    round.place(wireId, label);
                });
    }

    private Label newLabel(String wireId) {
        Label label = new Label();
        label.setId("rate-" + wireId);
        label.getStyleClass().add("wire-rate");
        label.setManaged(false);
        label.setCache(true); // redrawn once a second, blitted every frame in between
        getChildren().add(label);
        return label;
    }

    static String text(double rate) {
        if (rate < 10) {
            return String.format(Locale.ROOT, "%.1f msg/s", rate);
        }
        if (rate < 10_000) {
            return String.format(Locale.ROOT, "%.0f msg/s", rate);
        }
        if (rate < 1_000_000) {
            return String.format(Locale.ROOT, "%.0fk msg/s", rate / 1000);
        }
        return String.format(Locale.ROOT, "%.1fM msg/s", rate / 1_000_000);
    }

    void clear() {
        labels.clear();
        texts.clear();
        lastAlarms = Map.of();
        getChildren().clear();
    }
}
