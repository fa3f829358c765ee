package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One node box: icon, name, subtitle, live count, live error count, validation badge and one wiring handle per
 * socket side.
 * States are CSS pseudo-classes (:selected, :allowed, :forbidden, :error, :warning).
 */
public final class NodeView extends Region {

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("allowed");
    public static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    // Matches .node-title in designer.css; used to size the box before CSS has been applied.
    private static final Font TITLE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);

    private final String nodeId;
    private final Region body = new Region();
    private final StackPane iconTile = new StackPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label count = new Label("0");
    private final Label badge = new Label("!");
    /** While running: how many failures the node had ("20 errors"); hidden while there are none. */
    private final Label errors = new Label();
    private final Map<Side, Circle> handles = new EnumMap<>(Side.class);
    private Node node;
    private Tooltip badgeTip;

    public NodeView(Node node) {
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().addAll("node-view", NodeLook.family(node.type()).styleClass(),
                node.type().isDevice() ? "device" : "socket");
        body.getStyleClass().add("node-body");
        iconTile.getStyleClass().add("node-icon-tile");
        iconTile.getChildren().add(NodeLook.icon(node.type()));
        title.getStyleClass().add("node-title");
        subtitle.getStyleClass().add("node-subtitle");
        count.getStyleClass().add("node-count");
        badge.getStyleClass().add("node-badge");
        badge.setVisible(false);
        errors.getStyleClass().add("node-errors");
        errors.setVisible(false);
        getChildren().addAll(body, iconTile, title, subtitle, count, badge, errors);
        for (Side side : node.sides()) {
            Circle handle = new Circle(6);
            handle.getStyleClass().addAll("node-handle", "handle-" + side.key());
            handle.setId("handle-" + node.id() + "-" + side.key());
            Tooltip.install(handle, new Tooltip("Drag to connect the " + node.socket(side).type()
                    + (side == Side.MAIN ? "" : " " + side.key()) + " socket to another node"));
            handles.put(side, handle);
            getChildren().add(handle);
        }
        setPrefSize(NodeGeometry.width(node.type()), NodeGeometry.height(node.type()));
        resize(getPrefWidth(), getPrefHeight());
        update(node, Optional.empty());
    }

    /** Shows {@code node}'s current state; cheap enough to call for every node on every edit. */
    public void update(Node newNode, Optional<Problem> problem) {
        this.node = newNode;
        relocate(newNode.position().x(), newNode.position().y());
        if (!newNode.displayName().equals(title.getText())) {
            title.setText(newNode.displayName());
            setPrefWidth(widthFor(newNode));
            resize(getPrefWidth(), getPrefHeight());
        }
        subtitle.setText(subtitleOf(newNode));
        pseudoClassStateChanged(ERROR, problem.filter(Problem::isError).isPresent());
        pseudoClassStateChanged(WARNING, problem.filter(p -> !p.isError()).isPresent());
        badge.setVisible(problem.isPresent());
        if (problem.isPresent()) {
            if (badgeTip == null) {
                badgeTip = new Tooltip();
                Tooltip.install(badge, badgeTip);
            }
            badgeTip.setText(problem.get().message() + (problem.get().fix().isEmpty() ? "" : "\n" + problem.get().fix()));
        }
    }

    /** Wide enough for the name (up to a limit), so labels like "Result collector" are not cut. */
    private static double widthFor(Node node) {
        Text probe = new Text(node.displayName());
        probe.setFont(TITLE_FONT);
        double needed = 12 + 30 + 10 + probe.getLayoutBounds().getWidth() + 8 + 32 + 10;
        return Math.min(NodeGeometry.MAX_WIDTH, Math.max(NodeGeometry.width(node.type()), Math.ceil(needed / 4) * 4));
    }

    private static String subtitleOf(Node node) {
        if (node instanceof DeviceNode d) {
            return d.frontend().type() + " → " + d.backend().type();
        }
        SocketNode s = (SocketNode) node;
        String binds = s.socket().binds().isEmpty() ? "" : "  " + s.socket().binds().getFirst()
                + (s.socket().binds().size() > 1 ? " +" + (s.socket().binds().size() - 1) : "");
        String behaviour = s.behaviour() instanceof Behaviour.Passive ? "" : " · " + s.behaviour().kind();
        return s.type() + behaviour + binds;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        body.resizeRelocate(0, 0, w, h);
        double tile = 30;
        iconTile.resizeRelocate(12, (h - tile) / 2, tile, tile);
        double textX = 12 + tile + 10;
        double countW = Math.max(22, count.prefWidth(-1));
        count.resizeRelocate(w - countW - 10, 8, countW, 18);
        title.resizeRelocate(textX, h / 2 - 19, w - textX - countW - 16, 20);
        subtitle.resizeRelocate(textX, h / 2 + 1, w - textX - 10, 18);
        badge.resizeRelocate(-7, -7, 16, 16);
        double errorsW = errors.prefWidth(-1);
        errors.resizeRelocate(w - errorsW - 8, h - 9, errorsW, 16); // on the bottom edge: the title keeps its room
        for (Map.Entry<Side, Circle> e : handles.entrySet()) {
            Point2D p = handleOffset(e.getKey());
            e.getValue().setCenterX(p.getX());
            e.getValue().setCenterY(p.getY());
        }
    }

    /** Where the handle of {@code side} sits, relative to this box's top-left corner. */
    public Point2D handleOffset(Side side) {
        return NodeGeometry.handle(node.type(), side, getPrefWidth());
    }

    public String nodeId() {
        return nodeId;
    }

    public Node node() {
        return node;
    }

    /** The handle for {@code side}, or null. */
    public Circle handle(Side side) {
        return handles.get(side);
    }

    /** Which side's handle is {@code target}, if it is one of ours. */
    public Optional<Side> sideOfHandle(javafx.scene.Node target) {
        return handles.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).findFirst();
    }

    /** The box in world coordinates (where the view is now, which may be ahead of the model while dragging). */
    public Rectangle2D box() {
        return new Rectangle2D(getLayoutX(), getLayoutY(), getPrefWidth(), getPrefHeight());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Highlights this node as a legal (true), illegal (false) or irrelevant (null) wiring target. */
    public void setWiringTarget(Boolean allowed) {
        pseudoClassStateChanged(ALLOWED, Boolean.TRUE.equals(allowed));
        pseudoClassStateChanged(FORBIDDEN, Boolean.FALSE.equals(allowed));
    }

    public Label countLabel() {
        return count;
    }

    /** The run's failure count on this node (style class {@code node-errors}); the live view fills it in. */
    public Label errorsLabel() {
        return errors;
    }
}
