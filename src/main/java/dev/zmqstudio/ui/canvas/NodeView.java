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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node box: icon, name, subtitle, live count, live error count, validation badge, one wiring handle per
 * socket side and, while running, what made it fail (below the box). The box is as wide as its text needs, up to
 * {@link NodeGeometry#MAX_WIDTH} (beyond, the text is cut and a tooltip has all of it).
 * States are CSS pseudo-classes (:selected, :allowed, :forbidden, :error, :warning; :lod-compact, :lod-overview and
 * :lod-map for the {@link LevelOfDetail}; at MAP, :lod-overview holds too).
 * <p>
 * In a large diagram the box's {@link Parts} (icon, title, subtitle and handles: seven of its eleven scene nodes) are
 * made the first time the box is drawn above the map: a thousand boxes opened at Fit show as a map and need none, and
 * zooming in makes them for the boxes in the window only. The live count is made with them, or when a run first
 * shows a count ({@link #showCount}), whichever comes first.
 */
public final class NodeView extends Region {

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("allowed");
    public static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("lod-compact");
    private static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("lod-overview");
    private static final PseudoClass MAP = PseudoClass.getPseudoClass("lod-map");

    // The fonts of .node-title, .node-subtitle and .node-count in designer.css (and the compact ones): the box is
    // sized from them before CSS has been applied, so that wires meet it where it will be.
    private static final Text PROBE = new Text();
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font TITLE_FONT = Font.font(FAMILY, FontWeight.BOLD, 13);
    private static final Font SUBTITLE_FONT = Font.font(FAMILY, LevelOfDetail.NODE_SMALL_TEXT_PX);
    private static final double TILE = 30;
    /** One tooltip per text, shared by every handle that says it (a diagram of a thousand nodes needs a dozen). */
    private static final Map<String, Tooltip> HANDLE_TIPS = new java.util.HashMap<>();

    private final String nodeId;
    private final Region body = new Region();
    /** The live count (style class {@code node-count}); made with the parts or by a run's first count. */
    private Label count;
    /** Made at once, or when first drawn above the map ({@link #deferParts}); null until then. */
    private Parts parts;
    private final boolean deferParts;
    private String titleText = "";
    private String subtitleText = "";
    // The next three are made the first time they have something to show: a diagram of a thousand nodes would
    // otherwise style three thousand hidden labels before its first frame.
    /** The node's worst problem ("!"), made with its first problem. */
    private Label badge;
    /** While running: how many failures the node had ("20 errors"); hidden while there are none. */
    private Label errors;
    /** While running: why the node failed and the fix, under the box (style class {@code node-failure}). */
    private Label failure;
    /** A broker's topics, under the box (style class {@code node-topics}); made for the first broker. */
    private Label topics;
    /** While running: the live count's tooltip (what the node did), shared with the failure count. */
    private final LazyTooltip countTip = new LazyTooltip();
    private final javafx.scene.transform.Scale failureScale = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private Node node;
    private Tooltip badgeTip;
    private Tooltip textTip;
    private Tooltip failureTip;
    private String fullSubtitle = "";
    private LevelOfDetail detail = LevelOfDetail.FULL;
    private Runnable footprintChanged = () -> { };

    public NodeView(Node node) {
        this(node, false);
    }

    /**
     * {@code deferParts}: make the icon, texts, count and handles only when the box is first drawn above the map (in a
     * large diagram); otherwise now.
     */
    NodeView(Node node, boolean deferParts) {
        this.nodeId = node.id();
        this.deferParts = deferParts;
        setId("node-" + node.id());
        getStyleClass().addAll("node-view", NodeLook.family(node.type()).styleClass(),
                node.type().isDevice() ? "device" : "socket");
        body.getStyleClass().add("node-body");
        getChildren().add(body);
        setPrefSize(NodeGeometry.width(node.type()), NodeGeometry.height(node.type()));
        resize(getPrefWidth(), getPrefHeight());
        update(node, Optional.empty());
        if (deferParts) {
            // Hidden until culling finds it in or near the window (a group's bounds, asked for by anyone, lay its
            // boxes out, possibly before the first cull); shown, it is laid out and makes its parts if it is drawn
            // above the map.
            setVisible(false);
            visibleProperty().addListener((obs, was, shown) -> {
                if (shown && parts == null) {
                    requestLayout();
                }
            });
        } else {
            parts();
        }
    }

    /** The icon, title, subtitle and wiring handles of a box: what it draws above the map besides its count. */
    private static final class Parts {
        final StackPane iconTile = new StackPane();
        final javafx.scene.shape.SVGPath icon;
        final Label title = new Label();
        final Label subtitle = new Label();
        final Map<Side, Circle> handles = new EnumMap<>(Side.class);

        Parts(Node node) {
            iconTile.getStyleClass().add("node-icon-tile");
            icon = NodeLook.icon(node.type());
            iconTile.getChildren().add(icon);
            title.getStyleClass().add("node-title");
            subtitle.getStyleClass().add("node-subtitle");
            for (Side side : node.sides()) {
                Circle handle = new Circle(6);
                handle.getStyleClass().addAll("node-handle", "handle-" + side.key());
                handle.setId("handle-" + node.id() + "-" + side.key());
                Tooltip.install(handle, HANDLE_TIPS.computeIfAbsent("Drag to connect the " + node.socket(side).type()
                        + (side == Side.MAIN ? "" : " " + side.key()) + " socket to another node", Tooltip::new));
                handles.put(side, handle);
            }
        }
    }

    /** The box's parts, made now if they were not (above the body, below the count; the handles on top). */
    private Parts parts() {
        if (parts == null) {
            Parts made = new Parts(node);
            parts = made;
            made.icon.setContent(NodeLook.iconPath(node));
            made.title.setText(titleText);
            made.subtitle.setText(subtitleText);
            getChildren().addAll(1, List.of(made.iconTile, made.title, made.subtitle));
            getChildren().addAll(made.handles.values());
            count();
            showTextTip();
            if (deferParts && getScene() != null) {
                applyCss(); // made during a layout pass, after this pulse's CSS: styled now, never drawn plain
            }
        }
        return parts;
    }

    /** Shows {@code node}'s current state; cheap enough to call for every node on every edit. */
    public void update(Node newNode, Optional<Problem> problem) {
        this.node = newNode;
        relocate(newNode.position().x(), newNode.position().y());
        String sub = subtitleOf(newNode);
        if (parts != null) {
            String iconPath = NodeLook.iconPath(newNode);
            if (!iconPath.equals(parts.icon.getContent())) {
                parts.icon.setContent(iconPath);
            }
        }
        if (!newNode.displayName().equals(titleText) || !sub.equals(subtitleText)) {
            titleText = newNode.displayName();
            subtitleText = sub;
            if (parts != null) {
                parts.title.setText(titleText);
                parts.subtitle.setText(subtitleText);
            }
            fullSubtitle = fullSubtitleOf(newNode);
            setPrefWidth(widthFor(newNode, sub));
            resize(getPrefWidth(), getPrefHeight());
            showTextTip();
        }
        pseudoClassStateChanged(ERROR, problem.filter(Problem::isError).isPresent());
        pseudoClassStateChanged(WARNING, problem.filter(p -> !p.isError()).isPresent());
        if (badge != null) {
            badge.setVisible(problem.isPresent());
        }
        if (problem.isPresent()) {
            if (badge == null) {
                badge = addLabel("!", "node-badge");
                badgeTip = new Tooltip();
                Tooltip.install(badge, badgeTip);
            }
            badgeTip.setText(problem.get().message() + (problem.get().fix().isEmpty() ? "" : "\n" + problem.get().fix()));
        }
    }

    /** A label of this box, made now: before the handles (which stay on top). */
    private Label addLabel(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        getChildren().add(getChildren().size() - (parts == null ? 0 : parts.handles.size()), label);
        return label;
    }

    /** Wide enough for the title and the subtitle (up to a limit); the count sits on the top edge, out of their way. */
    private static double widthFor(Node node, String subtitle) {
        return NodeGeometry.width(node.type(), textWidth(node.displayName(), TITLE_FONT), textWidth(subtitle, SUBTITLE_FONT));
    }

    private static double textWidth(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return Math.ceil(PROBE.getLayoutBounds().getWidth());
    }

    /** The title and subtitle in full in a tooltip, when the box is at its widest and cuts them. */
    private void showTextTip() {
        if (parts == null) {
            return; // made with the parts
        }
        double room = getPrefWidth() - NodeGeometry.TEXT_X - NodeGeometry.RIGHT_PAD;
        boolean cut = textWidth(titleText, TITLE_FONT) > room + 0.5 || textWidth(subtitleText, SUBTITLE_FONT) > room + 0.5;
        if (cut && textTip == null) {
            textTip = new Tooltip();
            Tooltip.install(parts.title, textTip);
            Tooltip.install(parts.subtitle, textTip);
        } else if (!cut && textTip != null) {
            Tooltip.uninstall(parts.title, textTip);
            Tooltip.uninstall(parts.subtitle, textTip);
            textTip = null;
        }
        if (textTip != null) {
            textTip.setText(titleText + "\n" + fullSubtitle);
        }
    }

    /** The tooltip with the full title and subtitle, when the box cuts them; null when it shows them whole. */
    public Tooltip textTooltip() {
        parts();
        return textTip;
    }

    private static String subtitleOf(Node node) {
        if (node instanceof DeviceNode d) {
            return d.frontend().type() + " → " + d.backend().type() + onHost(node);
        }
        SocketNode s = (SocketNode) node;
        String binds = s.socket().binds().isEmpty() ? "" : "  " + EndpointText.brief(s.socket().binds().getFirst())
                + (s.socket().binds().size() > 1 ? " +" + (s.socket().binds().size() - 1) : "");
        String behaviour = s.behaviour() instanceof Behaviour.Passive ? "" : " · " + s.behaviour().kind();
        return s.type() + behaviour + binds + onHost(node);
    }

    private static String fullSubtitleOf(Node node) {
        if (node instanceof SocketNode s && !s.socket().binds().isEmpty()) {
            String behaviour = s.behaviour() instanceof Behaviour.Passive ? "" : " · " + s.behaviour().kind();
            return s.type() + behaviour + " · binds " + String.join(", ", s.socket().binds()) + onHost(node);
        }
        return subtitleOf(node);
    }

    /** " · on h1" for a node placed on a host, so a deployment's machines show on the canvas. */
    private static String onHost(Node node) {
        return node.host() == null ? "" : " · on " + node.host();
    }

    /** Shows what there is room for at this level of detail (see {@link LevelOfDetail}). */
    public void setDetail(LevelOfDetail level) {
        if (level == detail) {
            return;
        }
        detail = level;
        pseudoClassStateChanged(COMPACT, level == LevelOfDetail.COMPACT);
        pseudoClassStateChanged(OVERVIEW, level == LevelOfDetail.OVERVIEW || level == LevelOfDetail.MAP);
        pseudoClassStateChanged(MAP, level == LevelOfDetail.MAP);
        requestLayout();
    }

    /**
     * Shows why the node failed under its box: {@code headline} and {@code fix} on two lines, the engine's whole
     * text in a tooltip; null clears it.
     */
    public void showFailure(String headline, String fix, String whole) {
        if (headline == null) {
            if (failure != null && failure.isVisible()) {
                failure.setText("");
                failure.setVisible(false);
                footprintChanged.run();
            }
            return;
        }
        if (failure == null) {
            failure = addLabel("", "node-failure");
            failure.setWrapText(true);
            failure.getTransforms().add(failureScale);
        }
        failure.setText(fix == null || fix.isEmpty() ? headline : headline + "\n" + fix);
        failure.setVisible(true);
        footprintChanged.run();
        if (failureTip == null) {
            failureTip = new Tooltip();
            Tooltip.install(failure, failureTip);
        }
        failureTip.setText(whole);
        requestLayout();
    }

    /** Shows a broker's topics under its box (none: nothing). */
    public void showTopics(List<String> names) {
        String text = names.isEmpty() ? "" : "topics: " + String.join(" · ", names);
        if (topics == null) {
            if (text.isEmpty()) {
                return;
            }
            topics = addLabel("", "node-topics");
            topics.setWrapText(true);
        }
        if (!text.equals(topics.getText())) {
            topics.setText(text);
            topics.setVisible(!text.isEmpty());
            footprintChanged.run();
            requestLayout();
        }
    }

    /** The topics shown under a broker's box; null when the node never showed any. */
    public Label topicsLabel() {
        return topics;
    }

    private boolean showsTopics() {
        return topics != null && topics.isVisible();
    }

    private double topicsWidth() {
        return Math.min(topics.prefWidth(-1), Math.max(getPrefWidth(), 260));
    }

    /** Where the failure text starts under the box: below the topics when a broker shows them. */
    private double failureTop(double h) {
        return h + 6 + (showsTopics() ? topics.prefHeight(topicsWidth()) + 2 : 0);
    }

    /** No wider than the box (it must not run into the next node, or off the edge the fit left); longer lines wrap. */
    private double failureWidth() {
        return Math.min(failure.prefWidth(-1), getPrefWidth());
    }

    /** Runs when what the node covers around its box changes (its failure shows or goes). */
    void setOnFootprintChanged(Runnable action) {
        footprintChanged = action;
    }

    /** The failure shown under the box (style class {@code node-failure}); null until the first failure. */
    public Label failureLabel() {
        return failure;
    }

    /** Grows the failure text by {@code scale} (from its top-left corner) so it stays readable when zoomed out. */
    void setTextScale(double scale) {
        failureScale.setX(scale);
        failureScale.setY(scale);
    }

    /**
     * What this node covers in world coordinates, handles, badge and failure text included: labels are placed
     * clear of it.
     */
    Rectangle2D footprint() {
        Rectangle2D b = box();
        double countHeight = count == null ? 0 : count.getHeight();
        double minY = b.getMinY() - 8 - Math.max(0, countHeight / 2 - 8); // the count on the top edge
        double maxY = b.getMaxY() + 8;
        double maxX = b.getMaxX() + 7;
        if (showsTopics()) {
            double tw = topicsWidth();
            maxY = Math.max(maxY, b.getMaxY() + 4 + topics.prefHeight(tw) + 4);
            maxX = Math.max(maxX, b.getMinX() + tw + 4);
        }
        if (failure != null && failure.isVisible()) {
            double s = failureScale.getX();
            double fw = failureWidth();
            maxY = Math.max(maxY, b.getMinY() + failureTop(b.getHeight()) + failure.prefHeight(fw) * s + 4);
            maxX = Math.max(maxX, b.getMinX() + fw * s + 4);
        }
        return new Rectangle2D(b.getMinX() - 8, minY, maxX - b.getMinX() + 8, maxY - minY);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        body.resizeRelocate(0, 0, w, h);
        if (parts == null && detail != LevelOfDetail.MAP && isVisible()) {
            parts();
        }
        if (count != null) {
            double countW = Math.max(22, count.prefWidth(-1));
            double countH = Math.max(18, count.prefHeight(-1));
            // The count straddles the top edge, like the validation badge the corner: the title keeps the whole row.
            count.resizeRelocate(w - countW - NodeGeometry.RIGHT_PAD, -countH / 2, countW, countH);
        }
        if (parts != null) {
            layoutParts(parts, w, h);
        }
        if (badge != null) {
            badge.resizeRelocate(-7, -7, 16, 16);
        }
        if (errors != null) {
            double errorsW = errors.prefWidth(-1);
            errors.resizeRelocate(w - errorsW - 8, h - 9, errorsW, 16); // on the bottom edge: the title keeps its room
        }
        if (showsTopics()) {
            double tw = topicsWidth();
            topics.resizeRelocate(0, h + 4, tw, topics.prefHeight(tw));
        }
        if (failure != null && failure.isVisible()) {
            double fw = failureWidth();
            failure.resizeRelocate(0, failureTop(h), fw, failure.prefHeight(fw));
        }
    }

    private void layoutParts(Parts p, double w, double h) {
        p.iconTile.resizeRelocate(12, (h - TILE) / 2, TILE, TILE);
        double textX = NodeGeometry.TEXT_X;
        double textW = w - textX - NodeGeometry.RIGHT_PAD;
        if (detail == LevelOfDetail.FULL) {
            p.title.resizeRelocate(textX, h / 2 - 19, textW, 20);
        } else {
            p.title.resizeRelocate(textX, (h - 20) / 2, textW, 20); // alone: the subtitle is hidden
        }
        p.subtitle.resizeRelocate(textX, h / 2 + 1, textW, 18);
        for (Map.Entry<Side, Circle> e : p.handles.entrySet()) {
            Point2D offset = handleOffset(e.getKey());
            e.getValue().setCenterX(offset.getX());
            e.getValue().setCenterY(offset.getY());
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
        return parts().handles.get(side);
    }

    /** Which side's handle is {@code target}, if it is one of ours. */
    public Optional<Side> sideOfHandle(javafx.scene.Node target) {
        if (parts == null) {
            return Optional.empty();
        }
        return parts.handles.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).findFirst();
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

    /** The live count's label (made now if neither a run nor a zoom above the map has made it yet). */
    public Label countLabel() {
        return count();
    }

    /** Shows {@code text} as the live count, making it if needed; false when it already showed that. */
    public boolean showCount(String text) {
        Label label = count();
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }

    /** The count, made now if it was not: after the body and the parts, before the other labels and the handles. */
    private Label count() {
        if (count == null) {
            count = new Label("0");
            count.getStyleClass().add("node-count");
            getChildren().add(parts == null ? 1 : 4, count);
            countTip.addOwner(count); // styled by the next CSS pass, or by parts() when made with them
            requestLayout();
        }
        return count;
    }

    /**
     * Shows the run's failure count on this node ("20 errors"; "" hides it) in a label of style class
     * {@code node-errors}; false when it already showed that.
     */
    public boolean showErrors(String text) {
        if (errors == null) {
            if (text.isEmpty()) {
                return false;
            }
            errors = addLabel("", "node-errors");
            countTip.addOwner(errors);
        }
        if (text.equals(errors.getText())) {
            return false;
        }
        errors.setText(text);
        errors.setVisible(!text.isEmpty());
        return true;
    }

    /** What the tooltip of the live count (and of the failure count beside it) says; "" for none. */
    public void setCountTooltip(String text) {
        countTip.setText(text);
    }
}
