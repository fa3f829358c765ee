package dev.zmqstudio.ui.picture;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Draws a JavaFX node tree, as CSS styled and laid it out, onto a {@link Graphics2D} as vector shapes and text: the
 * backgrounds and borders of regions, shapes with their fill and stroke, text with its font, images. What the
 * diagram does not use is left out (effects, clips, gradients beyond their first colour). FX thread only.
 */
final class FxPainter {
    private final Graphics2D g;
    private final AffineTransform base;
    private final Transform rootToScene;

    /** Paints in {@code root}'s coordinates, {@code base} taking them to the picture's. */
    FxPainter(Graphics2D g, Node root, AffineTransform base) {
        this.g = g;
        this.base = base;
        try {
            this.rootToScene = root.getLocalToSceneTransform().createInverse();
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            throw new IllegalStateException("the diagram's transform cannot be inverted", e);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Paints {@code node}'s children (not {@code node}'s own transform: that is the root's). */
    void paintChildren(Parent node) {
        for (Node child : node.getChildrenUnmodifiable()) {
            paint(child, 1);
        }
    }

    private void paint(Node node, double opacity) {
        double alpha = opacity * node.getOpacity();
        if (!node.isVisible() || alpha <= 0) {
            return;
        }
        Transform t = rootToScene.createConcatenation(node.getLocalToSceneTransform());
        AffineTransform at = new AffineTransform(base);
        at.concatenate(new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy()));
        g.setTransform(at);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, alpha)));
        switch (node) {
            case Region r -> paintRegion(r);
            case Text text -> paintText(text);
            case Shape s -> paintShape(s);
            case ImageView iv -> paintImage(iv);
            default -> {
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                paint(child, alpha);
            }
        }
    }

    private void paintRegion(Region r) {
        double w = r.getWidth();
        double h = r.getHeight();
        Background bg = r.getBackground();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                java.awt.Color c = colour(f.getFill());
                if (c == null) {
                    continue;
                }
                Insets in = f.getInsets();
                double radius = f.getRadii() == null ? 0 : f.getRadii().getTopLeftHorizontalRadius();
                g.setColor(c);
                g.fill(new RoundRectangle2D.Double(in.getLeft(), in.getTop(), w - in.getLeft() - in.getRight(),
                        h - in.getTop() - in.getBottom(), 2 * radius, 2 * radius));
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                java.awt.Color c = colour(s.getTopStroke());
                double width = s.getWidths() == null ? 1 : s.getWidths().getTop();
                if (c == null || width <= 0) {
                    continue;
                }
                Insets in = s.getInsets();
                double radius = s.getRadii() == null ? 0 : s.getRadii().getTopLeftHorizontalRadius();
                g.setColor(c);
                g.setStroke(new BasicStroke((float) width));
                g.draw(new RoundRectangle2D.Double(in.getLeft() + width / 2, in.getTop() + width / 2,
                        w - in.getLeft() - in.getRight() - width, h - in.getTop() - in.getBottom() - width,
                        2 * radius, 2 * radius));
            }
        }
    }

    private void paintShape(Shape s) {
        java.awt.Shape outline = outline(s);
        if (outline == null) {
            return;
        }
        java.awt.Color fill = colour(s.getFill());
        if (fill != null && !(s instanceof Line)) {
            g.setColor(fill);
            g.fill(outline);
        }
        java.awt.Color stroke = colour(s.getStroke());
        if (stroke != null && s.getStrokeWidth() > 0) {
            g.setColor(stroke);
            g.setStroke(stroke(s));
            g.draw(outline);
        }
    }

    private static BasicStroke stroke(Shape s) {
        int cap = s.getStrokeLineCap() == StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND
                : s.getStrokeLineCap() == StrokeLineCap.SQUARE ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_BUTT;
        int join = s.getStrokeLineJoin() == StrokeLineJoin.ROUND ? BasicStroke.JOIN_ROUND
                : s.getStrokeLineJoin() == StrokeLineJoin.BEVEL ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_MITER;
        List<Double> dashes = s.getStrokeDashArray();
        float[] dash = null;
        if (!dashes.isEmpty() && dashes.stream().anyMatch(d -> d > 0)) {
            dash = new float[dashes.size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = dashes.get(i).floatValue();
            }
        }
        return new BasicStroke((float) s.getStrokeWidth(), cap, join, (float) Math.max(1, s.getStrokeMiterLimit()), dash,
                (float) s.getStrokeDashOffset());
    }

    private static java.awt.Shape outline(Shape s) {
        return switch (s) {
            case Line l -> new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
            case Circle c -> new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(),
                    2 * c.getRadius(), 2 * c.getRadius());
            case Ellipse e -> new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(), 2 * e.getRadiusY());
            case Rectangle r -> new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(),
                    r.getArcWidth(), r.getArcHeight());
            case Polygon p -> points(p.getPoints(), true);
            case Polyline p -> points(p.getPoints(), false);
            case Path p -> path(p.getElements());
            case javafx.scene.shape.SVGPath p -> SvgPathData.parse(p.getContent());
            default -> null;
        };
    }

    private static Path2D points(List<Double> xy, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i + 1 < xy.size(); i += 2) {
            if (i == 0) {
                p.moveTo(xy.get(i), xy.get(i + 1));
            } else {
                p.lineTo(xy.get(i), xy.get(i + 1));
            }
        }
        if (closed && !xy.isEmpty()) {
            p.closePath();
        }
        return p;
    }

    private static Path2D path(List<PathElement> elements) {
        Path2D.Double p = new Path2D.Double();
        for (PathElement e : elements) {
            boolean started = p.getCurrentPoint() != null;
            switch (e) {
                case MoveTo m -> p.moveTo(m.getX(), m.getY());
                case LineTo l when started -> p.lineTo(l.getX(), l.getY());
                case HLineTo h when started -> p.lineTo(h.getX(), p.getCurrentPoint().getY());
                case VLineTo v when started -> p.lineTo(p.getCurrentPoint().getX(), v.getY());
                case QuadCurveTo q when started -> p.quadTo(q.getControlX(), q.getControlY(), q.getX(), q.getY());
                case CubicCurveTo c when started -> p.curveTo(c.getControlX1(), c.getControlY1(), c.getControlX2(),
                        c.getControlY2(), c.getX(), c.getY());
                case ArcTo a when started -> p.lineTo(a.getX(), a.getY()); // the diagram draws no arcs in paths
                case ClosePath c when started -> p.closePath();
                default -> {
                }
            }
        }
        return p;
    }

    private void paintText(Text text) {
        String s = text.getText();
        java.awt.Color fill = colour(text.getFill());
        if (s == null || s.isEmpty() || fill == null) {
            return;
        }
        Font f = text.getFont();
        String style = f.getStyle().toLowerCase(java.util.Locale.ROOT);
        int awtStyle = (style.contains("bold") || style.contains("semibold") ? java.awt.Font.BOLD : 0)
                | (style.contains("italic") ? java.awt.Font.ITALIC : 0);
        g.setFont(new java.awt.Font(awtFamily(f.getFamily()), awtStyle, 1).deriveFont((float) f.getSize()));
        g.setColor(fill);
        Bounds b = text.getLayoutBounds();
        double lineHeight = b.getHeight() / Math.max(1, s.split("\n", -1).length);
        double y = b.getMinY() + text.getBaselineOffset();
        for (String line : s.split("\n", -1)) {
            g.drawString(line, (float) b.getMinX(), (float) y);
            y += lineHeight;
        }
    }

    private static String awtFamily(String fx) {
        String f = fx.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("mono")) {
            return java.awt.Font.MONOSPACED;
        }
        return f.equals("system") || f.isBlank() ? java.awt.Font.SANS_SERIF : fx;
    }

    private void paintImage(ImageView view) {
        if (view.getImage() == null) {
            return;
        }
        Bounds b = view.getLayoutBounds();
        java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(view.getImage(), null);
        g.drawImage(image, (int) Math.round(b.getMinX()), (int) Math.round(b.getMinY()), (int) Math.round(b.getWidth()),
                (int) Math.round(b.getHeight()), null);
    }

    /** An AWT colour for a fill or stroke: a colour as it is, a gradient as its first stop, else none. */
    private static java.awt.Color colour(Paint paint) {
        Color c = switch (paint) {
            case Color col -> col;
            case LinearGradient lg -> lg.getStops().isEmpty() ? null : lg.getStops().getFirst().getColor();
            case RadialGradient rg -> rg.getStops().isEmpty() ? null : rg.getStops().getFirst().getColor();
            case null, default -> null;
        };
        if (c == null || c.getOpacity() <= 0) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
