package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The label of a wire or link: grown to stay readable when zoomed out ({@link LevelOfDetail#labelScale}), put
 * where {@link LabelPlacer} found room (with a faint leader line when that is a little away from its line), and
 * shown only there, or in the middle of its line while the line is hovered or selected.
 */
final class LineLabel {

    private static final Text PROBE = new Text();

    private final Label label;
    private final Line leader = new Line();
    private final LabelPlacer.Side side;
    private List<String> texts = List.of("");
    private Point2D a = Point2D.ZERO;
    private Point2D b = Point2D.ZERO;
    private double scale = 1;
    private boolean placed;
    private boolean emphasised;
    private List<String> measuredTexts;
    private List<double[]> measured = List.of();

    LineLabel(Label label, LabelPlacer.Side side) {
        this.label = label;
        this.side = side;
        leader.getStyleClass().add("label-leader");
        leader.setMouseTransparent(true);
        leader.setVisible(false);
        label.setVisible(false);
        label.setManaged(false); // sized and placed here, never by its parent
    }

    Label label() {
        return label;
    }

    Line leader() {
        return leader;
    }

    /** What the label may say, longest (best) first: the placer takes the first that fits. */
    void setTexts(String... options) {
        texts = List.of(options);
        if (!placed) {
            label.setText(texts.getFirst());
        }
    }

    void setLine(Point2D from, Point2D to) {
        a = from;
        b = to;
    }

    Point2D start() {
        return a;
    }

    Point2D end() {
        return b;
    }

    LabelPlacer.Side side() {
        return side;
    }

    /** How much the label grows to stay readable at the zoom ({@link LevelOfDetail#labelScale}). */
    void setScale(double textScale) {
        scale = textScale;
    }

    /** The label's sizes in the diagram, one per text, at its scale. */
    List<double[]> sizes() {
        if (texts != measuredTexts) { // measured again only when the text changed (the style does not, in a run)
            label.applyCss();
            Font font = label.getFont();
            measuredTexts = texts;
            double insets = label.snappedLeftInset() + label.snappedRightInset();
            double h = Math.ceil(label.prefHeight(-1));
            measured = new ArrayList<>(texts.size());
            for (String t : texts) {
                PROBE.setFont(font);
                PROBE.setText(t);
                measured.add(new double[]{Math.ceil(PROBE.getLayoutBounds().getWidth()) + insets + 1, h});
            }
        }
        List<double[]> sizes = new ArrayList<>(measured.size());
        for (double[] m : measured) {
            sizes.add(new double[]{m[0] * scale, m[1] * scale});
        }
        return sizes;
    }

    /** Puts the label where the placer found room ({@code spot}), or nowhere (null): then it shows only when emphasised. */
    void place(LabelPlacer.Spot spot) {
        placed = spot != null;
        if (placed) {
            label.setText(texts.get(spot.option()));
            put(spot.box());
            leader.setVisible(spot.away());
            if (spot.away()) {
                Rectangle2D box = spot.box();
                Point2D p = spot.onLine();
                leader.setStartX(p.getX());
                leader.setStartY(p.getY());
                leader.setEndX(Math.max(box.getMinX(), Math.min(box.getMaxX(), p.getX())));
                leader.setEndY(Math.max(box.getMinY(), Math.min(box.getMaxY(), p.getY())));
            }
        } else {
            leader.setVisible(false);
            if (emphasised) { // else hidden: measured and put in the middle of its line when it is emphasised
                showFallback();
            }
        }
        label.setVisible(placed || emphasised);
    }

    /** While its line is hovered or selected, the label shows even where it found no room. */
    void setEmphasised(boolean on) {
        emphasised = on;
        if (!placed && on) {
            label.setText(texts.getFirst());
            showFallback();
        }
        label.setVisible(placed || on);
    }

    boolean isPlaced() {
        return placed;
    }

    private void showFallback() {
        if (a.distance(b) < 1e-6) {
            return;
        }
        List<double[]> s = sizes();
        put(LabelPlacer.fallback(a, b, s.getFirst()[0], s.getFirst()[1], side));
    }

    /** Lays the label out so that, grown by {@code scale} about its centre, it covers {@code box}. */
    private void put(Rectangle2D box) {
        double w = box.getWidth() / scale;
        double h = box.getHeight() / scale;
        double cx = box.getMinX() + box.getWidth() / 2;
        double cy = box.getMinY() + box.getHeight() / 2;
        label.resizeRelocate(cx - w / 2, cy - h / 2, w, h);
        label.setScaleX(scale);
        label.setScaleY(scale);
    }
}
