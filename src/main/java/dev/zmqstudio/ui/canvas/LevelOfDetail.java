package dev.zmqstudio.ui.canvas;

/**
 * What the diagram draws at a zoom: text that would be smaller than {@link #MIN_TEXT_PX} on screen is not drawn at
 * all (never drawn illegibly). The font sizes here are the stylesheet's (designer.css).
 * <ul>
 * <li>{@link #FULL}: everything, at its own size.</li>
 * <li>{@link #COMPACT}: the subtitles would be too small: nodes show their title alone, and a larger count.</li>
 * <li>{@link #OVERVIEW}: the titles would be too small: nodes show their icon, colour and state only.</li>
 * <li>{@link #MAP}: the icons would be too small: nodes are boxes in their family's colour (red when failing),
 * wires and links bare lines. Cheap enough to pan and zoom a thousand nodes with software rendering.</li>
 * </ul>
 * Labels beside wires and links keep at least {@link #MIN_LABEL_PX} on screen at any zoom ({@link #labelScale}):
 * they grow in the diagram's coordinates, and the ones that find no free room are hidden until hovered or selected.
 */
public enum LevelOfDetail {
    FULL, COMPACT, OVERVIEW, MAP;

    /** The smallest text drawn, in screen pixels. */
    public static final double MIN_TEXT_PX = 8;
    /** The smallest label beside a wire or link, in screen pixels (monospaced, and read apart from any box). */
    public static final double MIN_LABEL_PX = 9;
    /** .node-subtitle and .node-count: the smallest text of a node at {@link #FULL}. */
    static final double NODE_SMALL_TEXT_PX = 11.5;
    /** .node-title, and .node-count at {@link #COMPACT}. */
    static final double NODE_TITLE_PX = 13;
    /** .wire-label and .link-label. */
    static final double LABEL_TEXT_PX = 10.5;
    /** A node's icon (.node-icon in its tile). */
    static final double NODE_ICON_PX = 18;
    /** Labels grow at most this much, so a label never dwarfs the nodes it sits between. */
    static final double MAX_LABEL_SCALE = 2.5;

    /** The level for {@code zoom} (screen pixels per diagram unit). */
    public static LevelOfDetail at(double zoom) {
        if (zoom * NODE_SMALL_TEXT_PX >= MIN_TEXT_PX - 1e-9) {
            return FULL;
        }
        if (zoom * NODE_TITLE_PX >= MIN_TEXT_PX - 1e-9) {
            return COMPACT;
        }
        return zoom * NODE_ICON_PX >= MIN_TEXT_PX - 1e-9 ? OVERVIEW : MAP;
    }

    /**
     * Whether text labels are drawn: node titles and live counts, and the labels beside wires and links (FULL and
     * COMPACT; further out their text would not be legible).
     */
    public boolean showsLabels() {
        return this == FULL || this == COMPACT;
    }

    /** The smallest zoom at which everything is drawn. */
    public static double fullZoom() {
        return MIN_TEXT_PX / NODE_SMALL_TEXT_PX;
    }

    /**
     * How much a label of {@code fontPx} grows at {@code zoom} to show at least {@link #MIN_LABEL_PX} (1 when it
     * does as it is).
     */
    public static double labelScale(double zoom, double fontPx) {
        return Math.min(MAX_LABEL_SCALE, Math.max(1, MIN_LABEL_PX / (fontPx * Math.max(zoom, 1e-6))));
    }
}
