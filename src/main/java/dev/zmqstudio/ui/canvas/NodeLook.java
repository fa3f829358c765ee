package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.NodeType;
import javafx.scene.shape.SVGPath;

/**
 * The visual language of node types: a pattern family (its colour lives in the stylesheet as
 * {@code .family-...}) and a stroked 20x20 icon. Related types share a motif: arcs for publish-subscribe,
 * arrows and bars for pipelines, paired arrows for request-reply.
 */
public final class NodeLook {

    public enum Family {
        PUBSUB("Pub-sub"), PIPELINE("Pipeline"), REQREP("Request-reply"), PAIR("Pair"),
        DEVICE("Devices");

        private final String title;

        Family(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String styleClass() {
            return "family-" + dev.zmqstudio.model.Family.valueOf(name()).key();
        }
    }

    private static final String DOT_LEFT = "M3 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0";
    private static final String DOT_RIGHT = "M13 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0";
    private static final String X_MARK = "M1.5 1.5l3 3M4.5 1.5l-3 3";

    private NodeLook() {
    }

    public static Family family(NodeType type) {
        return Family.valueOf(dev.zmqstudio.model.Family.of(type).name());
    }

    public static String iconPath(NodeType type) {
        return switch (type.name()) {
            case "PUB" -> DOT_LEFT + "M10 5.5a6 6 0 0 1 0 9M13.5 2.5a10 10 0 0 1 0 15";
            case "XPUB" -> DOT_LEFT + "M10 5.5a6 6 0 0 1 0 9M13.5 2.5a10 10 0 0 1 0 15" + X_MARK;
            case "SUB" -> DOT_RIGHT + "M10 5.5a6 6 0 0 0 0 9M6.5 2.5a10 10 0 0 0 0 15";
            case "XSUB" -> DOT_RIGHT + "M10 5.5a6 6 0 0 0 0 9M6.5 2.5a10 10 0 0 0 0 15" + X_MARK;
            case "PUSH" -> "M3 4v12M6 10h11M13 6l4 4-4 4";
            case "PULL" -> "M17 4v12M3 10h11M10 6l4 4-4 4";
            case "REQ" -> "M3 7h13M13 4l3 3-3 3M16 13H4";
            case "REP" -> "M3 7h13M16 13H4M7 10l-3 3 3 3";
            case "ROUTER" -> "M2 10h4M8 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M12 9l5-5M12 10h6M12 11l5 5";
            case "DEALER" -> "M3 10l13-6M3 10h14M3 10l13 6M13 2.5l3 1.5-2 3";
            case "PAIR" -> "M3 10a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M9 10a4 4 0 1 0 8 0a4 4 0 1 0 -8 0";
            case "QUEUE" -> "M2 3v14M18 3v14M5 6h10M5 10h10M5 14h10";
            case "FORWARDER" -> "M3 4l6 6-6 6M10 4l6 6-6 6";
            case "STREAMER" -> "M2 7h10M2 13h10M12 4l6 6-6 6";
            default -> "M3 3h14v14H3z";
        };
    }

    /** A stroked icon with style class {@code node-icon}; size it with scale, colour it with CSS. */
    /** A broker's icon: a database cylinder, whatever the socket under it (a ROUTER). */
    static final String BROKER_ICON = "M4 5a6 2 0 1 0 12 0a6 2 0 1 0 -12 0M4 5v10a6 2 0 0 0 12 0V5M4 10a6 2 0 0 0 12 0";

    /** The icon of {@code node}: its type's, or the broker's when it is one. */
    public static String iconPath(dev.zmqstudio.model.Node node) {
        return node instanceof dev.zmqstudio.model.SocketNode s && s.behaviour() instanceof dev.zmqstudio.model.Behaviour.Broker
                ? BROKER_ICON : iconPath(node.type());
    }

    public static SVGPath icon(NodeType type) {
        SVGPath path = new SVGPath();
        path.setContent(iconPath(type));
        path.getStyleClass().add("node-icon");
        return path;
    }

    /** Short caption under a palette entry and in a node's subtitle. */
    public static String caption(NodeType type) {
        String d = type.description();
        int colon = d.indexOf(':');
        return colon > 0 ? d.substring(0, colon) : type.name();
    }
}
