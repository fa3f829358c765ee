package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;

import java.util.function.Function;

/**
 * One round of labels shown beside wires while running (rates, pressure, failures): each goes where there is room,
 * clear of the nodes, of the diagram's own labels and of the labels placed before it in this round, grown like the
 * diagram's labels to stay readable. Take a new round whenever the labels are placed again.
 */
public final class WireLabelRound {

    private final LabelPlacer placer;
    private final Function<String, Point2D[]> ends;
    private final double scale;

    WireLabelRound(LabelPlacer placer, Function<String, Point2D[]> ends, double scale) {
        this.placer = placer;
        this.ends = ends;
        this.scale = scale;
    }

    /**
     * Puts {@code label} (unmanaged, in world coordinates) beside the wire {@code wireId}, above it by preference,
     * and shows it; hides it and returns false when there is no room.
     */
    public boolean place(String wireId, Label label) {
        Point2D[] line = ends.apply(wireId);
        if (line == null) {
            label.setVisible(false);
            return false;
        }
        label.applyCss();
        double w = Math.ceil(label.prefWidth(-1)) + 1;
        double h = Math.ceil(label.prefHeight(-1));
        LabelPlacer.Spot spot = placer.place(line[0], line[1], java.util.List.<double[]>of(new double[]{w * scale, h * scale}),
                LabelPlacer.Side.ABOVE);
        label.setVisible(spot != null);
        if (spot == null) {
            return false;
        }
        double cx = spot.box().getMinX() + spot.box().getWidth() / 2;
        double cy = spot.box().getMinY() + spot.box().getHeight() / 2;
        label.resizeRelocate(cx - w / 2, cy - h / 2, w, h);
        label.setScaleX(scale);
        label.setScaleY(scale);
        return true;
    }
}
