package dev.zmqstudio.ui.bench;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records the interval between consecutive JavaFX pulses (what a user perceives as frame time). It nudges a
 * one-pixel marker every pulse, so that even an idle window repaints each frame (with dirty regions off, the whole
 * window): the idle figure is then the cost of a bare repaint, not of a pulse that draws nothing.
 */
final class FrameClock extends AnimationTimer {
    private final List<Long> intervals = new ArrayList<>();
    private final javafx.scene.shape.Rectangle marker = new javafx.scene.shape.Rectangle(1, 1, javafx.scene.paint.Color.TRANSPARENT);
    private long last;

    /** The marker to put in the scene being measured. */
    javafx.scene.Node marker() {
        return marker;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            intervals.add(now - last);
        }
        last = now;
        marker.setTranslateX(marker.getTranslateX() == 0 ? 1 : 0);
    }

    void reset() {
        intervals.clear();
        last = 0;
    }

    /** The {@code q}-quantile of the recorded intervals in milliseconds (FX thread). */
    double quantileMillis(double q) {
        long[] sorted = intervals.stream().mapToLong(Long::longValue).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }

    int frames() {
        return intervals.size();
    }
}
