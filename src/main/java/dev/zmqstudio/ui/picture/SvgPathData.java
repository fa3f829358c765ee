package dev.zmqstudio.ui.picture;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * SVG path data (the {@code d} of an icon's SVGPath) as an AWT path: moves, lines, curves and elliptical arcs, in
 * absolute and relative forms. Arcs follow the SVG specification's conversion from end points to centre (F.6.5).
 */
final class SvgPathData {
    private final String d;
    private int at;

    private SvgPathData(String d) {
        this.d = d;
    }

    static Path2D parse(String d) {
        return new SvgPathData(d == null ? "" : d).path();
    }

    private Path2D path() {
        Path2D.Double p = new Path2D.Double();
        char command = 'M';
        double x = 0, y = 0, startX = 0, startY = 0, lastCx = 0, lastCy = 0;
        while (skipSeparators()) {
            char c = d.charAt(at);
            if (Character.isLetter(c)) {
                command = c;
                at++;
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + number();
                    y = oy + number();
                    p.moveTo(x, y);
                    startX = x;
                    startY = y;
                    command = rel ? 'l' : 'L'; // further pairs are lines
                }
                case 'L' -> {
                    x = ox + number();
                    y = oy + number();
                    p.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + number();
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + number();
                    p.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = ox + number(), y1 = oy + number();
                    lastCx = ox + number();
                    lastCy = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.curveTo(x1, y1, lastCx, lastCy, x, y);
                }
                case 'S' -> {
                    double x1 = 2 * x - lastCx, y1 = 2 * y - lastCy;
                    lastCx = ox + number();
                    lastCy = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.curveTo(x1, y1, lastCx, lastCy, x, y);
                }
                case 'Q' -> {
                    lastCx = ox + number();
                    lastCy = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.quadTo(lastCx, lastCy, x, y);
                }
                case 'A' -> {
                    double rx = Math.abs(number()), ry = Math.abs(number()), rotation = number();
                    boolean large = number() != 0, sweep = number() != 0;
                    double x2 = ox + number(), y2 = oy + number();
                    arc(p, x, y, rx, ry, rotation, large, sweep, x2, y2);
                    x = x2;
                    y = y2;
                }
                case 'Z' -> {
                    p.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalArgumentException("path command '" + command + "' in " + d);
            }
        }
        return p;
    }

    /** Appends the arc from (x1, y1) to (x2, y2) as SVG draws it. */
    private static void arc(Path2D p, double x1, double y1, double rx, double ry, double rotationDeg, boolean large,
                            boolean sweep, double x2, double y2) {
        if (rx == 0 || ry == 0 || (x1 == x2 && y1 == y2)) {
            p.lineTo(x2, y2);
            return;
        }
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) { // radii too small for the end points: scaled up, as the specification says
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2, cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double extent = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        } else if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        }
        // Arc2D measures angles counter-clockwise with y up; the picture's y points down, hence the signs.
        Arc2D.Double arc = new Arc2D.Double(-rx, -ry, 2 * rx, 2 * ry, -Math.toDegrees(start), -Math.toDegrees(extent), Arc2D.OPEN);
        AffineTransform place = AffineTransform.getTranslateInstance(cx, cy);
        place.rotate(phi);
        p.append(place.createTransformedShape(arc), true);
        Point2D end = p.getCurrentPoint();
        if (end == null || end.distance(x2, y2) > 1e-6) {
            p.lineTo(x2, y2);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    /** Skips spaces and commas; false at the end. */
    private boolean skipSeparators() {
        while (at < d.length() && (Character.isWhitespace(d.charAt(at)) || d.charAt(at) == ',')) {
            at++;
        }
        return at < d.length();
    }

    private double number() {
        skipSeparators();
        int start = at;
        if (at < d.length() && (d.charAt(at) == '-' || d.charAt(at) == '+')) {
            at++;
        }
        boolean dot = false;
        while (at < d.length()) {
            char c = d.charAt(at);
            if (Character.isDigit(c)) {
                at++;
            } else if (c == '.' && !dot) {
                dot = true;
                at++;
            } else if ((c == 'e' || c == 'E') && at + 1 < d.length()) {
                at++;
                if (d.charAt(at) == '-' || d.charAt(at) == '+') {
                    at++;
                }
            } else {
                break;
            }
        }
        if (start == at) {
            throw new IllegalArgumentException("a number expected at " + at + " in " + d);
        }
        return Double.parseDouble(d.substring(start, at));
    }
}
