package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.Token;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Messages in flight, drawn as dots moving along their wire from the real sender to the real receiver.
 * Moved by the frame timer (no animation object per token); at most {@link #MAX_IN_FLIGHT} at a time, the
 * circles are pooled, so high rates show a bounded sample and the frame cost stays flat.
 */
final class TokenLayer extends Group {
    static final int MAX_IN_FLIGHT = 2_000;
    private static final double BASE_TRAVEL_MS = 700;
    private static final Color[] PALETTE = {
            Color.web("#2f6fed"), Color.web("#16a34a"), Color.web("#d97706"), Color.web("#9333ea"),
            Color.web("#0891b2"), Color.web("#dc2626"), Color.web("#4f46e5"), Color.web("#65a30d")};

    private record Flight(Circle dot, Point2D from, Point2D to, double startMs, double travelMs) { }

    private final List<Flight> flights = new ArrayList<>();
    private final ArrayDeque<Circle> pool = new ArrayDeque<>();
    private final Function<String, Point2D[]> anchors;
    private double speed = 1;

    /** {@code anchors}: for a wire id, {connector end, binder end} in world coordinates (null if not drawn). */
    TokenLayer(Function<String, Point2D[]> anchors) {
        this.anchors = anchors;
        setMouseTransparent(true);
        setId("tokens");
    }

    void setSpeed(double factor) {
        speed = Math.max(0.05, factor);
    }

    int inFlight() {
        return flights.size();
    }

    /** Launches a dot for a sampled message; false when the layer is full or the wire is not drawn. */
    boolean launch(Token token, double nowMs) {
        if (flights.size() >= MAX_IN_FLIGHT) {
            return false;
        }
        Point2D[] ends = anchors.apply(token.wireId());
        if (ends == null) {
            return false;
        }
        Point2D from = token.towardsBinder() ? ends[0] : ends[1];
        Point2D to = token.towardsBinder() ? ends[1] : ends[0];
        Circle dot = pool.isEmpty() ? new Circle(4) : pool.pop();
        dot.setFill(colourOf(token.fromNode()));
        dot.getStyleClass().setAll("token");
        dot.setCenterX(from.getX());
        dot.setCenterY(from.getY());
        getChildren().add(dot);
        flights.add(new Flight(dot, from, to, nowMs, BASE_TRAVEL_MS / speed));
        return true;
    }

    /** Moves every dot to where it is at {@code nowMs}; retires those that arrived. */
    void advance(double nowMs) {
        for (Iterator<Flight> it = flights.iterator(); it.hasNext(); ) {
            Flight f = it.next();
            double t = (nowMs - f.startMs()) / f.travelMs();
            if (t >= 1) {
                getChildren().remove(f.dot());
                pool.push(f.dot());
                it.remove();
                continue;
            }
            f.dot().setCenterX(f.from().getX() + (f.to().getX() - f.from().getX()) * t);
            f.dot().setCenterY(f.from().getY() + (f.to().getY() - f.from().getY()) * t);
        }
    }

    /** Shifts every flight's clock, so a paused animation resumes where it froze. */
    void shift(double ms) {
        flights.replaceAll(f -> new Flight(f.dot(), f.from(), f.to(), f.startMs() + ms, f.travelMs()));
    }

    void clear() {
        flights.forEach(f -> pool.push(f.dot()));
        flights.clear();
        getChildren().clear();
    }

    static Color colourOf(String origin) {
        return PALETTE[Math.floorMod(origin.hashCode(), PALETTE.length)];
    }
}
