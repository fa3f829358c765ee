import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The application icon on a 512-unit grid: one sender wired to two receivers, a message on each wire, on a
 * dark tile. Small sizes (32 px and under) get a simpler drawing: thicker wires, bigger nodes, no messages.
 */
final class AppIcon {

    static final double GRID = 512;
    private static final Color PUBSUB = new Color(0x8b5cf6);
    private static final Color PIPELINE = new Color(0x14b8a6);
    private static final Color REQREP = new Color(0x3b82f6);
    private static final Color MESSAGE = new Color(0xfbbf24);

    private AppIcon() {
    }

    static Drawing drawing(boolean small) {
        Drawing d = new Drawing(GRID);
        double inset = small ? 0 : 24;
        double side = GRID - 2 * inset;
        Shape tile = new RoundRectangle2D.Double(inset, inset, side, side, side * 0.45, side * 0.45);
        d.fill(tile, new GradientPaint(0, (float) inset, new Color(0x26324f), 0, (float) (GRID - inset),
                new Color(0x111827)));
        double sx = 150, sy = 256, ax = 366, ay = 152, bx = 366, by = 360;
        double wire = small ? 44 : 26;
        Color wireColour = new Color(255, 255, 255, small ? 235 : 200);
        d.stroke(new Line2D.Double(sx, sy, ax, ay), wireColour, wire);
        d.stroke(new Line2D.Double(sx, sy, bx, by), wireColour, wire);
        double r = small ? 86 : 70;
        double rr = small ? 72 : 58;
        d.fill(NodeIcons.circle(sx, sy, r), PUBSUB);
        d.fill(NodeIcons.circle(ax, ay, rr), PIPELINE);
        d.fill(NodeIcons.circle(bx, by, rr), REQREP);
        if (!small) {
            d.stroke(NodeIcons.circle(sx, sy, r), Color.WHITE, 14);
            d.stroke(NodeIcons.circle(ax, ay, rr), Color.WHITE, 14);
            d.stroke(NodeIcons.circle(bx, by, rr), Color.WHITE, 14);
            d.fill(NodeIcons.circle(sx + (ax - sx) * 0.5, sy + (ay - sy) * 0.5, 22), MESSAGE);
            d.fill(NodeIcons.circle(sx + (bx - sx) * 0.5, sy + (by - sy) * 0.5, 22), MESSAGE);
        }
        return d;
    }
}
