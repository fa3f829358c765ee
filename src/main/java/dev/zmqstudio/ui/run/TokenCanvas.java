package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.trace.Token;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Messages in flight, drawn as dots moving along their wire from the real sender to the real receiver. One
 * canvas over the diagram, redrawn once per frame by blitting a pre-rendered dot per message: no scene-graph
 * node per token, so 2,000 tokens cost about as much as a few shapes. At most {@link #MAX_IN_FLIGHT} at a time,
 * in flat arrays, so high rates show a bounded sample and the frame cost stays flat.
 */
final class TokenCanvas extends Canvas {
    static final int MAX_IN_FLIGHT = 2_000;
    private static final double BASE_TRAVEL_MS = 700;
    private static final int DOT = 9;
    private static final Color[] PALETTE = {
            Color.web("#2f6fed"), Color.web("#16a34a"), Color.web("#d97706"), Color.web("#9333ea"),
            Color.web("#0891b2"), Color.web("#dc2626"), Color.web("#4f46e5"), Color.web("#65a30d")};
    private static Image[] dots;

    private final Function<String, Point2D[]> anchors;
    private final Node world;
    private final double[] fromX = new double[MAX_IN_FLIGHT];
    private final double[] fromY = new double[MAX_IN_FLIGHT];
    private final double[] toX = new double[MAX_IN_FLIGHT];
    private final double[] toY = new double[MAX_IN_FLIGHT];
    private final double[] startMs = new double[MAX_IN_FLIGHT];
    private final double[] travelMs = new double[MAX_IN_FLIGHT];
    private final byte[] colour = new byte[MAX_IN_FLIGHT];
    private int count;
    private Overlay overlay;
    private double speed = 1;
    private boolean byTopic;

    /**
     * {@code anchors}: for a wire id, {connector end, binder end} in world coordinates (null if not drawn);
     * {@code world}: the node whose local coordinates are world coordinates (its parent is this canvas's parent).
     */
    TokenCanvas(Function<String, Point2D[]> anchors, Node world) {
        this.anchors = anchors;
        this.world = world;
        setMouseTransparent(true);
        setId("tokens");
        if (dots == null) {
            dots = Arrays.stream(PALETTE).map(TokenCanvas::dotImage).toArray(Image[]::new);
        }
    }

    private static Image dotImage(Color fill) {
        Canvas c = new Canvas(DOT, DOT);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillOval(0, 0, DOT, DOT);
        g.setFill(fill);
        g.fillOval(1.2, 1.2, DOT - 2.4, DOT - 2.4);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }

    /** What else is drawn over the tokens each frame, in the diagram's place on the canvas. */
    interface Overlay {
        void paint(GraphicsContext g, Transform worldToCanvas);
    }

    void setOverlay(Overlay overlay) {
        this.overlay = overlay;
    }

    void setSpeed(double factor) {
        speed = Math.max(0.05, factor);
    }

    /** Colour dots by the message's topic (first word) instead of by the node that sent it. */
    void colourByTopic(boolean topic) {
        byTopic = topic;
    }

    int inFlight() {
        return count;
    }

    /** Launches a dot for a sampled message; false when full or the wire is not drawn. */
    boolean launch(Token token, double nowMs) {
        if (count >= MAX_IN_FLIGHT) {
            return false;
        }
        Point2D[] ends = anchors.apply(token.wireId());
        if (ends == null) {
            return false;
        }
        Point2D from = token.towardsBinder() ? ends[0] : ends[1];
        Point2D to = token.towardsBinder() ? ends[1] : ends[0];
        int i = count++;
        fromX[i] = from.getX();
        fromY[i] = from.getY();
        toX[i] = to.getX();
        toY[i] = to.getY();
        startMs[i] = nowMs;
        travelMs[i] = BASE_TRAVEL_MS / speed;
        colour[i] = (byte) colourIndex(byTopic ? token.topic() : token.fromNode());
        return true;
    }

    /** Retires arrived dots and draws the others where they are at {@code nowMs}, then the overlay. */
    void advance(double nowMs) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        Transform toCanvas = world.getLocalToParentTransform();
        double mxx = toCanvas.getMxx();
        double mxy = toCanvas.getMxy();
        double myx = toCanvas.getMyx();
        double myy = toCanvas.getMyy();
        double tx = toCanvas.getTx() - DOT / 2.0;
        double ty = toCanvas.getTy() - DOT / 2.0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            double t = (nowMs - startMs[i]) / travelMs[i];
            if (t >= 1) {
                continue;
            }
            if (kept != i) {
                move(i, kept);
            }
            double wx = fromX[kept] + (toX[kept] - fromX[kept]) * Math.max(0, t);
            double wy = fromY[kept] + (toY[kept] - fromY[kept]) * Math.max(0, t);
            // Whole pixels: the software pipeline blits an untransformed sprite, instead of resampling it.
            g.drawImage(dots[colour[kept]], Math.rint(mxx * wx + mxy * wy + tx), Math.rint(myx * wx + myy * wy + ty));
            kept++;
        }
        count = kept;
        if (overlay != null) {
            overlay.paint(g, toCanvas);
        }
    }

    private void move(int from, int to) {
        fromX[to] = fromX[from];
        fromY[to] = fromY[from];
        toX[to] = toX[from];
        toY[to] = toY[from];
        startMs[to] = startMs[from];
        travelMs[to] = travelMs[from];
        colour[to] = colour[from];
    }

    /** Shifts every flight's clock, so a paused animation resumes where it froze. */
    void shift(double ms) {
        for (int i = 0; i < count; i++) {
            startMs[i] += ms;
        }
    }

    void clear() {
        count = 0;
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }


    static int colourIndex(String key) {
        return Math.floorMod(key.hashCode(), PALETTE.length);
    }
}
