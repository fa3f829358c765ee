package dev.zmqstudio.ui.bench;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records the interval between consecutive JavaFX pulses (what a user perceives as frame time). */
final class FrameClock extends AnimationTimer {
    private final List<Long> intervals = new ArrayList<>();
    private long last;

    @Override
    public void handle(long now) {
        if (last != 0) {
            intervals.add(now - last);
        }
        last = now;
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
