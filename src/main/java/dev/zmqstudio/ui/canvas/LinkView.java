package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Link;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Rotate;

/**
 * A same-process link: a dashed line with an arrow towards the node that sends on, and its filter/transform as a
 * label above it where there is room ({@link LineLabel}); the tooltip has it all.
 */
public final class LinkView extends Group {

    private final String linkId;
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Polygon arrow = new Polygon(0, 0, -10, -5, -10, 5);
    private final Label label = new Label();
    private final LineVisibility visibility = new LineVisibility(this);
    private final LineLabel placedLabel = new LineLabel(label, LabelPlacer.Side.ABOVE);
    private final LazyTooltip tip = new LazyTooltip(hit, label);
    private Link link;

    public LinkView(Link link) {
        this.linkId = link.id();
        this.link = link;
        setId("link-" + link.id());
        getStyleClass().add("link-view");
        hit.getStyleClass().add("wire-hit");
        line.getStyleClass().add("link-line");
        arrow.getStyleClass().add("link-arrow");
        label.getStyleClass().add("link-label");
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        getChildren().addAll(hit, line, arrow, placedLabel.leader(), label);
        hoverProperty().addListener((obs, was, on) -> emphasise());
        update(link);
    }

    public void update(Link newLink) {
        this.link = newLink;
        StringBuilder text = new StringBuilder();
        if (newLink.filter() != null) {
            text.append("if ").append(newLink.filter());
        }
        if (newLink.transform() != null) {
            text.append(text.isEmpty() ? "" : "  ").append("→ ").append(newLink.transform());
        }
        placedLabel.setTexts(text.isEmpty() ? "link" : text.toString());
        tip.setText(newLink.from() + " feeds " + newLink.to() + (text.isEmpty() ? "" : ": " + text));
    }

    public void route(Point2D a, Point2D b) {
        for (Line l : new Line[]{hit, line}) {
            l.setStartX(a.getX());
            l.setStartY(a.getY());
            l.setEndX(b.getX());
            l.setEndY(b.getY());
        }
        double angle = Math.toDegrees(Math.atan2(b.getY() - a.getY(), b.getX() - a.getX()));
        arrow.setLayoutX(b.getX());
        arrow.setLayoutY(b.getY());
        arrow.getTransforms().setAll(new Rotate(angle, 0, 0));
        placedLabel.setLine(a, b);
    }

    /** The filter/transform label, to be placed beside the link with the others ({@link DiagramViews}). */
    LineLabel placedLabel() {
        return placedLabel;
    }

    /** Whether it is drawn: shown (both nodes have views) and not culled (near the visible part of the canvas). */
    LineVisibility visibility() {
        return visibility;
    }

    private void emphasise() {
        placedLabel.setEmphasised(isHover() || getPseudoClassStates().contains(NodeView.SELECTED));
    }

    public String linkId() {
        return linkId;
    }

    public Link link() {
        return link;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(NodeView.SELECTED, selected);
        emphasise();
    }
}
