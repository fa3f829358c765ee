import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** Turns Java2D shapes and paints into SVG text (paths are written from the shape's own path iterator). */
final class Svg {

    private Svg() {
    }

    static String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(pts(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(pts(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(pts(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(pts(c, 3));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException();
            }
        }
        return d.toString();
    }

    static String gradient(String id, GradientPaint gp) {
        return "    <linearGradient id=\"" + id + "\" gradientUnits=\"userSpaceOnUse\" x1=\"" + num(gp.getPoint1().getX())
                + "\" y1=\"" + num(gp.getPoint1().getY()) + "\" x2=\"" + num(gp.getPoint2().getX()) + "\" y2=\""
                + num(gp.getPoint2().getY()) + "\">\n"
                + "      <stop offset=\"0\" stop-color=\"" + colour(gp.getColor1()) + "\"/>\n"
                + "      <stop offset=\"1\" stop-color=\"" + colour(gp.getColor2()) + "\"/>\n"
                + "    </linearGradient>\n";
    }

    static String colour(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String opacity(String attribute, Color c) {
        return c.getAlpha() == 255 ? "" : " " + attribute + "=\"" + num(c.getAlpha() / 255.0) + "\"";
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static String pts(double[] c, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n * 2; i++) {
            s.append(i == 0 ? "" : " ").append(num(c[i]));
        }
        return s.toString();
    }
}
