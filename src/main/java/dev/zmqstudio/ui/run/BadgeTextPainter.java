package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeView;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import java.util.Collection;
import java.util.List;

/**
 * Paints the text of the nodes' live counts on the token canvas, while a run hides the badges' own text. Inside the
 * zoomed diagram the software renderer draws every glyph as an outline shape, each frame; on the canvas, which is
 * not zoomed, it copies cached glyph masks. So hundreds of changing counts cost about what a still window costs.
 * The badge itself (its pill, its size, its text for tooltips and tests) stays in the node: only its text moves.
 */
final class BadgeTextPainter implements TokenCanvas.Overlay {
    /** Hides the badge's own text (see simulation.css) while this paints it. */
    static final PseudoClass PAINTED = PseudoClass.getPseudoClass("count-painted");

    private final DiagramCanvas canvas;
    private List<String> nodeIds = List.of();
    /** Per tracked node, the view and its badge's text node last found (looked up again only when replaced). */
    private NodeView[] views = new NodeView[0];
    private Text[] texts = new Text[0];
    private Font lastBase;
    private double lastScale;
    private Font lastScaled;

    BadgeTextPainter(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** From now on paints the counts of these nodes (and hides their badges' text). */
    void track(Collection<String> ids) {
        release();
        nodeIds = List.copyOf(ids);
        views = new NodeView[nodeIds.size()];
        texts = new Text[nodeIds.size()];
        for (String id : nodeIds) {
            NodeView view = canvas.nodeView(id);
            if (view != null) {
                view.pseudoClassStateChanged(PAINTED, true);
            }
        }
    }

    /** The badges show their own text again. */
    void release() {
        for (String id : nodeIds) {
            NodeView view = canvas.nodeView(id);
            if (view != null) {
                view.pseudoClassStateChanged(PAINTED, false);
            }
        }
        nodeIds = List.of();
        views = new NodeView[0];
        texts = new Text[0];
    }

    @Override
    public void paint(GraphicsContext g, Transform worldToCanvas) {
        if (!canvas.detail().showsLabels()) {
            return; // zoomed out, no badge shows its count: nothing to look at for a thousand nodes a frame
        }
        double scale = Math.hypot(worldToCanvas.getMxx(), worldToCanvas.getMyx());
        Paint fill = null;
        Font font = null;
        for (int i = 0; i < views.length; i++) {
            Text text = textOf(i);
            if (text == null || text.getText() == null || text.getText().isEmpty() || !views[i].isVisible()
                    || !views[i].countLabel().isVisible()) {
                continue; // no count shown at this level of detail
            }
            NodeView view = views[i];
            Label label = view.countLabel();
            double x = view.getLayoutX() + view.getTranslateX() + label.getLayoutX() + label.getTranslateX()
                    + text.getLayoutX() + text.getTranslateX();
            double y = view.getLayoutY() + view.getTranslateY() + label.getLayoutY() + label.getTranslateY()
                    + text.getLayoutY() + text.getTranslateY() + text.getLayoutBounds().getMinY() + text.getBaselineOffset();
            Point2D at = worldToCanvas.transform(x, y);
            if (text.getFill() != fill) { // most badges share one colour and font: set them only when they change
                fill = text.getFill();
                g.setFill(fill);
            }
            Font wanted = scaled(text.getFont(), scale);
            if (wanted != font) {
                font = wanted;
                g.setFont(font);
            }
            g.fillText(text.getText(), at.getX(), at.getY());
        }
    }

    /** The text node of the i-th node's badge, found again when the node's view or its badge's skin changed. */
    private Text textOf(int i) {
        NodeView view = canvas.nodeView(nodeIds.get(i));
        if (view == null) {
            return null;
        }
        if (view != views[i] || texts[i] == null || texts[i].getParent() != view.countLabel()) {
            views[i] = view;
            texts[i] = textOf(view.countLabel());
        }
        return texts[i];
    }

    /** The label's text node (what it displays, in its colour and font); null before its skin exists. */
    static Text textOf(Label label) {
        return label.lookup(".text") instanceof Text t ? t : null;
    }

    private Font scaled(Font base, double scale) {
        if (base != lastBase || scale != lastScale) {
            lastBase = base;
            lastScale = scale;
            lastScaled = new Font(base.getName(), base.getSize() * scale);
        }
        return lastScaled;
    }
}
