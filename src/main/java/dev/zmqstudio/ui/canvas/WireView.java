package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Compatibility.Flow;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Wire;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

import java.util.Optional;

/**
 * One wire: a line from the connecting socket (hollow ring) to the binding one (filled dot), an arrow at the
 * middle for the data direction (two for both ways) and the endpoint as a label beside it where there is room
 * ({@link LineLabel}).
 */
public final class WireView extends Group {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** Its network adds latency or caps its bandwidth: drawn dashed, the fault named in its label. */
    private static final PseudoClass FAULTED = PseudoClass.getPseudoClass("faulted");
    /** Cut: drawn broken, without its direction arrows. */
    private static final PseudoClass CUT = PseudoClass.getPseudoClass("cut");
    private static final PseudoClass SECURED = PseudoClass.getPseudoClass("secured");

    private final String wireId;
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Circle connectEnd = new Circle(4.5);
    private final Circle bindEnd = new Circle(4.5);
    private final Polygon forward = arrow();
    private final Polygon backward = arrow();
    private final Label label = new Label();
    private final LineVisibility visibility = new LineVisibility(this);
    private final LineLabel placedLabel = new LineLabel(label, LabelPlacer.Side.BELOW);
    private final LazyTooltip tip = new LazyTooltip(hit);
    private Wire wire;
    private Flow flow = Flow.NONE;
    private String fullLabel = "";
    private String shortLabel = "";
    private String designTip = "";
    private String liveTip;

    public WireView(Wire wire) {
        this.wireId = wire.id();
        setId("wire-" + wire.id());
        getStyleClass().add("wire-view");
        hit.getStyleClass().add("wire-hit");
        line.getStyleClass().add("wire-line");
        connectEnd.getStyleClass().add("wire-connect-end");
        bindEnd.getStyleClass().add("wire-bind-end");
        label.getStyleClass().add("wire-label");
        line.setMouseTransparent(true);
        getChildren().addAll(hit, line, forward, backward, connectEnd, bindEnd, placedLabel.leader(), label);
        hoverProperty().addListener((obs, was, on) -> emphasise());
        this.wire = wire;
    }

    /**
     * Calls {@code changed} whenever the stylesheet draws this wire's line otherwise (hover, selection, a live
     * state): {@link PlainWireLines} then decides again whether it draws the line.
     */
    void setOnLineLookChanged(Runnable changed) {
        javafx.beans.InvalidationListener l = o -> changed.run();
        line.strokeProperty().addListener(l);
        line.strokeWidthProperty().addListener(l);
        line.opacityProperty().addListener(l);
        line.strokeLineCapProperty().addListener(l);
        line.strokeDashOffsetProperty().addListener(l);
        line.getStrokeDashArray().addListener(l);
    }

    /** Whether {@code plain} would draw this wire's line as it looks now. */
    boolean drawsLike(PlainWireLines plain) {
        return plain.looksLike(line);
    }

    /** {@code bundled}: {@link PlainWireLines} draws this wire's line, so its own is hidden. */
    void setLineBundled(boolean bundled) {
        line.setVisible(!bundled);
    }

    private static Polygon arrow() {
        Polygon p = new Polygon(0, 0, -10, -5, -10, 5);
        p.getStyleClass().add("wire-arrow");
        p.setMouseTransparent(true);
        return p;
    }

    /** {@code secured}: the wire is encrypted with CURVE (it says so, or its topology does). */
    public void update(Wire newWire, Flow newFlow, boolean secured, Optional<Problem> problem) {
        this.wire = newWire;
        this.flow = newFlow;
        String fault = newWire.faults() == null ? "" : newWire.faults().label();
        String prefix = (secured ? "CURVE · " : "") + (fault.isEmpty() ? "" : (newWire.faults().cut() ? "✂ cut" : fault) + " · ");
        fullLabel = prefix + newWire.endpoint();
        shortLabel = prefix + shortForm(newWire.endpoint());
        placedLabel.setTexts(fullLabel, shortLabel);
        designTip = dev.zmqstudio.model.WireReading.of(newWire.from(), newWire.to(), newFlow, "→", "↔")
                + "\n" + newWire.from() + " connects to " + newWire.endpoint()
                + networkTip(newWire.faults())
                + (secured ? "\nSecured with CURVE: " + newWire.to() + " is the server, " + newWire.from()
                        + " a client (their keys are in keys/ beside the file)" : "")
                + problem.map(p -> "\n" + p.message()).orElse("");
        boolean cut = newWire.faults() != null && newWire.faults().cut();
        pseudoClassStateChanged(CUT, cut);
        pseudoClassStateChanged(SECURED, secured);
        pseudoClassStateChanged(FAULTED, !cut && !fault.isEmpty());
        showTip();
        pseudoClassStateChanged(ERROR, problem.filter(Problem::isError).isPresent());
        pseudoClassStateChanged(WARNING, problem.filter(p -> !p.isError()).isPresent());
    }

    private static String networkTip(dev.zmqstudio.model.WireFaults faults) {
        if (faults == null) {
            return "";
        }
        if (faults.cut()) {
            return "\nNetwork: cut (connections reset, new ones refused until healed)";
        }
        return "\nNetwork: " + (faults.any() ? faults.label() : "no faults set (ready for them while running)");
    }

    /** While running: what the wire does now (its connection state, what crossed), below its design; null: none. */
    public void liveStatus(String text) {
        liveTip = text;
        showTip();
    }

    private void showTip() {
        tip.setText(liveTip == null ? designTip : designTip + "\n" + liveTip);
    }

    /** Draws the wire from the connector's anchor {@code a} to the binder's anchor {@code b}. */
    public void route(Point2D a, Point2D b) {
        for (Line l : new Line[]{hit, line}) {
            l.setStartX(a.getX());
            l.setStartY(a.getY());
            l.setEndX(b.getX());
            l.setEndY(b.getY());
        }
        connectEnd.setCenterX(a.getX());
        connectEnd.setCenterY(a.getY());
        bindEnd.setCenterX(b.getX());
        bindEnd.setCenterY(b.getY());
        Point2D mid = a.midpoint(b);
        double angle = Math.toDegrees(Math.atan2(b.getY() - a.getY(), b.getX() - a.getX()));
        boolean both = flow == Flow.BOTH;
        // Two-way wires get a pair of arrows pointing apart; one-way wires a single arrow.
        place(forward, mid, angle, both ? 12 : 5, flow == Flow.TO_BINDER || both);
        place(backward, mid, angle + 180, both ? 12 : 5, flow == Flow.TO_CONNECTOR || both);
        placedLabel.setLine(a, b);
    }

    /** What the tooltip over the wire says: how data flows, who connects where, and live, its state. */
    public String tooltipText() {
        return tip.text();
    }

    /** The endpoint label, to be placed beside the wire with the others ({@link DiagramViews}). */
    LineLabel placedLabel() {
        return placedLabel;
    }

    /** Whether it is drawn: shown (both nodes have views) and not culled (near the visible part of the canvas). */
    LineVisibility visibility() {
        return visibility;
    }

    /** Where the wire is drawn: {connector end, binder end}, in world coordinates. */
    public Point2D[] ends() {
        return new Point2D[]{placedLabel.start(), placedLabel.end()};
    }

    private void emphasise() {
        placedLabel.setEmphasised(isHover() || getPseudoClassStates().contains(NodeView.SELECTED));
    }

    /** ":5555" for a local tcp endpoint, the name for inproc/ipc, else the endpoint itself. */
    static String shortForm(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        if (endpoint.startsWith("tcp://") && colon > 5) {
            return ":" + endpoint.substring(colon + 1);
        }
        int sep = endpoint.indexOf("://");
        return sep > 0 ? endpoint.substring(sep + 3) : endpoint;
    }

    private static void place(Polygon arrow, Point2D mid, double angle, double offset, boolean visible) {
        arrow.setVisible(visible);
        double rad = Math.toRadians(angle);
        arrow.setLayoutX(mid.getX() + Math.cos(rad) * offset);
        arrow.setLayoutY(mid.getY() + Math.sin(rad) * offset);
        arrow.getTransforms().setAll(new javafx.scene.transform.Rotate(angle, 0, 0));
    }

    public String wireId() {
        return wireId;
    }

    public Wire wire() {
        return wire;
    }

    public Label label() {
        return label;
    }

    /** In error or selected: drawn apart from the others when all wires are drawn as one path ({@link MapLines}). */
    boolean isMarked() {
        return getPseudoClassStates().contains(ERROR) || getPseudoClassStates().contains(NodeView.SELECTED);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(NodeView.SELECTED, selected);
        emphasise();
    }
}
