package dev.zmqstudio.ui.run;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * "1.2k msg/s" beside each wire that carries traffic, on the side opposite its endpoint label; a wire under queue
 * pressure says so too ("HWM · ≥ 300 dropped") in the alarm colour, even when nothing moves on it.
 */
final class WireRates extends Group {
    private final Function<String, Point2D[]> anchors;
    private static final javafx.css.PseudoClass FULL = javafx.css.PseudoClass.getPseudoClass("full");
    private final Map<String, Label> labels = new HashMap<>();

    WireRates(Function<String, Point2D[]> anchors) {
        this.anchors = anchors;
        setMouseTransparent(true);
        setId("wire-rates");
    }

    void show(Map<String, Double> ratesByWire, Map<String, String> pressureByWire) {
        java.util.Set<String> wires = new java.util.HashSet<>(ratesByWire.keySet());
        wires.addAll(pressureByWire.keySet());
        wires.addAll(labels.keySet());
        for (String wireId : wires) {
            double rate = ratesByWire.getOrDefault(wireId, 0.0);
            String pressure = pressureByWire.get(wireId);
            Point2D[] ends = anchors.apply(wireId);
            Label label = labels.computeIfAbsent(wireId, this::newLabel);
            boolean visible = ends != null && (rate > 0 || pressure != null);
            label.setVisible(visible);
            if (!visible) {
                continue;
            }
            String text = rate > 0 ? text(rate) : "";
            label.setText(pressure == null ? text : text.isEmpty() ? pressure : text + "  \u00b7  " + pressure);
            label.pseudoClassStateChanged(FULL, pressure != null);
            Point2D a = ends[0];
            Point2D b = ends[1];
            double len = Math.max(a.distance(b), 1e-9);
            double nx = -(b.getY() - a.getY()) / len;
            double ny = (b.getX() - a.getX()) / len;
            if (ny > 0) {
                nx = -nx;
                ny = -ny;
            }
            Point2D mid = a.midpoint(b);
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            double off = 6 + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
            label.resizeRelocate(mid.getX() + nx * off - w / 2, mid.getY() + ny * off - h / 2, w, h);
        }
    }

    private Label newLabel(String wireId) {
        Label label = new Label();
        label.setId("rate-" + wireId);
        label.getStyleClass().add("wire-rate");
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
        getChildren().clear();
    }
}
