import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 14 node-type icons on a 32-unit grid. One language: a tile in the pattern family's colour with a white
 * glyph; sockets are rounded squares, devices octagons; the raw X sockets (XPUB, XSUB) are the outline version
 * of their plain sibling. Glyphs use 4-unit strokes so they stay 2 px wide at 16 px.
 */
final class NodeIcons {

    static final double GRID = 32;
    private static final double W = 4;
    private static final Color WHITE = Color.WHITE;

    enum Family {
        PUBSUB(0x8b5cf6), PIPELINE(0x0d9488), REQREP(0x2f6fed), PAIR(0xd97706), ROUTING(0xdb2777), DEVICE(0x475569);

        final Color colour;

        Family(int rgb) {
            this.colour = new Color(rgb);
        }
    }

    private NodeIcons() {
    }

    /** Every type in palette order, with its drawing. */
    static Map<String, Drawing> all() {
        Map<String, Drawing> icons = new LinkedHashMap<>();
        icons.put("PUB", socket(Family.PUBSUB, false, broadcast()));
        icons.put("SUB", socket(Family.PUBSUB, false, funnel()));
        icons.put("PUSH", socket(Family.PIPELINE, false, tray(true)));
        icons.put("PULL", socket(Family.PIPELINE, false, tray(false)));
        icons.put("REQ", socket(Family.REQREP, false, question()));
        icons.put("REP", socket(Family.REQREP, false, replyArrow()));
        icons.put("PAIR", socket(Family.PAIR, false, pair()));
        icons.put("ROUTER", socket(Family.ROUTING, false, fanOut()));
        icons.put("DEALER", socket(Family.ROUTING, false, roundRobin()));
        icons.put("XPUB", socket(Family.PUBSUB, true, broadcast()));
        icons.put("XSUB", socket(Family.PUBSUB, true, funnel()));
        icons.put("QUEUE", device(queue()));
        icons.put("FORWARDER", device(forward()));
        icons.put("STREAMER", device(stream()));
        return icons;
    }

    /** A glyph: stroked parts and filled parts, drawn in one colour. */
    private record Glyph(Shape[] strokes, Shape[] fills) {
        static Glyph of(Shape[] strokes, Shape... fills) {
            return new Glyph(strokes, fills);
        }
    }

    private static Drawing socket(Family family, boolean outline, Glyph glyph) {
        Drawing d = new Drawing(GRID);
        Shape tile = new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12);
        Color ink = WHITE;
        if (outline) {
            d.fill(tile, family.colour);
            d.fill(new RoundRectangle2D.Double(3, 3, 26, 26, 7, 7), tint(family.colour, 0.86));
            ink = family.colour;
        } else {
            d.fill(tile, family.colour);
        }
        return ink(d, glyph, ink);
    }

    private static Drawing device(Glyph glyph) {
        Drawing d = new Drawing(GRID);
        d.fill(octagon(0, 32, 8), Family.DEVICE.colour);
        return ink(d, glyph, WHITE);
    }

    private static Drawing ink(Drawing d, Glyph glyph, Color ink) {
        for (Shape s : glyph.strokes()) {
            d.stroke(s, ink, W);
        }
        for (Shape s : glyph.fills()) {
            d.fill(s, ink);
        }
        return d;
    }

    // --- glyphs -----------------------------------------------------------------------------------------

    /** PUB: a source dot sending waves to the right. */
    private static Glyph broadcast() {
        return Glyph.of(new Shape[] {
                new Arc2D.Double(8 - 9, 16 - 9, 18, 18, -50, 100, Arc2D.OPEN),
                new Arc2D.Double(8 - 16, 16 - 16, 32, 32, -45, 90, Arc2D.OPEN)},
                circle(8, 16, 3.5));
    }

    /** SUB: a funnel, the topic filter. */
    private static Glyph funnel() {
        Path2D p = new Path2D.Double();
        p.moveTo(5, 7);
        p.lineTo(27, 7);
        p.lineTo(18.5, 17);
        p.lineTo(18.5, 26);
        p.lineTo(13.5, 23.5);
        p.lineTo(13.5, 17);
        p.closePath();
        return Glyph.of(new Shape[0], p);
    }

    /** PUSH (arrow leaving the tray) and PULL (arrow entering it). */
    private static Glyph tray(boolean out) {
        Path2D tray = polyline(6, 18, 6, 26, 26, 26, 26, 18);
        Shape shaft = out ? new Line2D.Double(16, 21, 16, 6) : new Line2D.Double(16, 5, 16, 20);
        Path2D head = out ? polyline(10, 12, 16, 6, 22, 12) : polyline(10, 14, 16, 20, 22, 14);
        return Glyph.of(new Shape[] {tray, shaft, head});
    }

    /** REQ: a question mark. */
    private static Glyph question() {
        Path2D p = new Path2D.Double();
        p.moveTo(10, 11.5);
        p.curveTo(10, 3.5, 22.5, 3.5, 22.5, 11);
        p.curveTo(22.5, 15.5, 16, 15.5, 16, 20);
        return Glyph.of(new Shape[] {p}, circle(16, 26, 2.6));
    }

    /** REP: the reply arrow. */
    private static Glyph replyArrow() {
        Path2D tail = new Path2D.Double();
        tail.moveTo(26, 25);
        tail.curveTo(26, 16, 20, 13, 8, 13);
        return Glyph.of(new Shape[] {tail, polyline(14, 7, 8, 13, 14, 19)});
    }

    /** PAIR: two ends joined by one bar. */
    private static Glyph pair() {
        return Glyph.of(new Shape[] {new Line2D.Double(9, 16, 23, 16)}, circle(8.5, 16, 5), circle(23.5, 16, 5));
    }

    /** ROUTER: one stem branching to addressed peers. */
    private static Glyph fanOut() {
        return Glyph.of(new Shape[] {
                new Line2D.Double(5, 16, 12, 16),
                polyline(21, 8, 12, 16, 21, 24),
                new Line2D.Double(12, 16, 21, 16)},
                circle(24, 8, 3.2), circle(24, 16, 3.2), circle(24, 24, 3.2));
    }

    /** DEALER: round-robin, a circling arrow. */
    private static Glyph roundRobin() {
        Arc2D arc = new Arc2D.Double(7, 7, 18, 18, 90, 270, Arc2D.OPEN);
        return Glyph.of(new Shape[] {arc, polyline(10.5, 5, 16, 7, 13, 12)});
    }

    /** QUEUE: messages waiting in line. */
    private static Glyph queue() {
        return Glyph.of(new Shape[0],
                new RoundRectangle2D.Double(5, 10, 6, 12, 2.5, 2.5),
                new RoundRectangle2D.Double(13, 10, 6, 12, 2.5, 2.5),
                new RoundRectangle2D.Double(21, 10, 6, 12, 2.5, 2.5));
    }

    /** FORWARDER: pass it on. */
    private static Glyph forward() {
        return Glyph.of(new Shape[] {polyline(8, 8, 15, 16, 8, 24), polyline(17, 8, 24, 16, 17, 24)});
    }

    /** STREAMER: parallel lanes flowing on. */
    private static Glyph stream() {
        return Glyph.of(new Shape[] {
                new Line2D.Double(6, 10, 15, 10), new Line2D.Double(6, 16, 17, 16), new Line2D.Double(6, 22, 15, 22),
                polyline(20, 8, 27, 16, 20, 24)});
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static Shape circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Path2D polyline(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        return p;
    }

    private static Path2D octagon(double from, double to, double cut) {
        Path2D p = polyline(from + cut, from, to - cut, from, to, from + cut, to, to - cut,
                to - cut, to, from + cut, to, from, to - cut, from, from + cut);
        p.closePath();
        return p;
    }

    /** The colour mixed with white: 0 = the colour, 1 = white. */
    static Color tint(Color c, double white) {
        return new Color((int) Math.round(c.getRed() + (255 - c.getRed()) * white),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * white),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * white));
    }
}
