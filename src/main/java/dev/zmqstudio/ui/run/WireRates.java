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
        wires.addAll(labels.keySet());
        for (String wireId : wires) {
            double rate = ratesByWire.getOrDefault(wireId, 0.0);
            WireAlarm alarm = alarmsByWire.get(wireId);
            Label label = labels.computeIfAbsent(wireId, this::newLabel);
            String text = rate > 0 && (alarm == null || !alarm.broken()) ? text(rate) : "";
            label.setText(alarm == null ? text : text.isEmpty() ? alarm.text() : text + "  \u00b7  " + alarm.text());
            label.pseudoClassStateChanged(FULL, alarm != null);
        }
        place();
    }

    /** Alarms first, so that a wire in trouble is the last to find no room. */
    private void place() {
        if (labels.isEmpty()) {
            return;
        }
        WireLabelRound round = canvas.wireLabelRound();
        labels.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, Label>, Boolean>comparing(e -> !lastAlarms.containsKey(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Label label = e.getValue();
                    if (label.getText().isEmpty()) {
                        label.setVisible(false);
                    } else {
                        round.place(e.getKey(), label);
                    }
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
        lastAlarms = Map.of();
        getChildren().clear();
    }
}
