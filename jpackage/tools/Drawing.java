import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A vector picture in design units (0..size): an ordered list of filled or stroked shapes. The same list is
 * rasterised with Java2D (PNG) and written out as SVG, so the two never drift apart.
 */
final class Drawing {

    /** One shape: filled with {@code fill}, or stroked with {@code stroke} at {@code width} (round caps and joins). */
    record Mark(Shape shape, Paint fill, Color stroke, float width) {
    }

    final double size;
    final List<Mark> marks = new ArrayList<>();

    Drawing(double size) {
        this.size = size;
    }

    Drawing fill(Shape shape, Paint paint) {
        marks.add(new Mark(shape, paint, null, 0));
        return this;
    }

    Drawing stroke(Shape shape, Color colour, double width) {
        marks.add(new Mark(shape, null, colour, (float) width));
        return this;
    }

    BufferedImage render(int px) {
        BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.scale(px / size, px / size);
        for (Mark m : marks) {
            if (m.fill() != null) {
                g.setPaint(m.fill());
                g.fill(m.shape());
            } else {
                g.setPaint(m.stroke());
                g.setStroke(new BasicStroke(m.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(m.shape());
            }
        }
        g.dispose();
        return image;
    }

    String svg() {
        StringBuilder defs = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int gradients = 0;
        for (Mark m : marks) {
            body.append("  <path d=\"").append(Svg.path(m.shape())).append('"');
            if (m.fill() instanceof GradientPaint gp) {
                String id = "g" + gradients++;
                defs.append(Svg.gradient(id, gp));
                body.append(" fill=\"url(#").append(id).append(")\"");
            } else if (m.fill() instanceof Color c) {
                body.append(" fill=\"").append(Svg.colour(c)).append('"').append(Svg.opacity("fill-opacity", c));
            } else {
                body.append(" fill=\"none\" stroke=\"").append(Svg.colour(m.stroke())).append('"')
                        .append(Svg.opacity("stroke-opacity", m.stroke()))
                        .append(" stroke-width=\"").append(Svg.num(m.width()))
                        .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            }
            body.append("/>\n");
        }
        String s = Svg.num(size);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + s + "\" height=\"" + s
                + "\" viewBox=\"0 0 " + s + " " + s + "\">\n"
                + (defs.isEmpty() ? "" : "  <defs>\n" + defs + "  </defs>\n") + body + "</svg>\n";
    }

    /** A copy of {@code shape} moved and scaled: handy for reusing a glyph. */
    static Shape place(Shape shape, double dx, double dy, double scale) {
        AffineTransform t = new AffineTransform();
        t.translate(dx, dy);
        t.scale(scale, scale);
        return t.createTransformedShape(shape);
    }
}
