package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places generated nodes in columns (tiers), left to right in the order data flows, each column centred on the
 * tallest one: no two boxes overlap, and wires run between neighbouring columns. When the tallest column would
 * make the picture much taller than wide (hundreds of workers), the columns wrap into bands set side by side,
 * each band holding the same share of every column, so that the whole is about as wide as a screen is (16:10).
 */
final class TieredLayout {
    static final double COLUMN = 300;
    static final double ROW = 110;
    static final double MARGIN = 80;
    /** Room between two bands, so that one band's last column does not read as the next band's first. */
    private static final double BAND_GAP = 300;
    private static final double ASPECT = 1.6;

    private final List<List<String>> columns = new ArrayList<>();
    private final double columnWidth;

    /** Columns {@value #COLUMN} apart: room for a generated node's box and a wire. */
    TieredLayout() {
        this(COLUMN);
    }

    /** Columns {@code columnWidth} apart. */
    TieredLayout(double columnWidth) {
        this.columnWidth = columnWidth;
    }

    /** Starts a new column of {@code ids}, right of the previous one. */
    TieredLayout column(List<String> ids) {
        columns.add(List.copyOf(ids));
        return this;
    }

    Map<String, Position> positions() {
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        int bands = bands(tallest);
        int rows = (tallest + bands - 1) / Math.max(1, bands);
        double bandWidth = columns.size() * columnWidth + BAND_GAP;
        Map<String, Position> at = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> column = columns.get(c);
            List<List<String>> slices = slices(column, bands);
            for (int b = 0; b < bands; b++) {
                List<String> slice = slices.get(b);
                double top = MARGIN + (rows - slice.size()) * ROW / 2;
                for (int r = 0; r < slice.size(); r++) {
                    at.put(slice.get(r), new Position(MARGIN + b * bandWidth + c * columnWidth, top + r * ROW));
                }
            }
        }
        return at;
    }

    /**
     * One band unless one band would be more than twice as tall as wide; then as many as bring the picture closest to
     * {@value #ASPECT}:1.
     */
    private int bands(int tallest) {
        if (tallest * ROW <= 2 * columns.size() * columnWidth) {
            return 1;
        }
        int best = 1;
        double bestDistance = Double.MAX_VALUE;
        for (int b = 1; b <= Math.max(1, tallest); b++) {
            double width = b * columns.size() * columnWidth + (b - 1) * BAND_GAP;
            double height = Math.ceil((double) tallest / b) * ROW;
            double distance = Math.abs(Math.log(width / height / ASPECT));
            if (distance < bestDistance) {
                best = b;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Splits a column into {@code bands} consecutive slices in proportion, centred: equal columns split alike (a
     * worker's two halves stay side by side), and a column shorter than the bands sits in the middle ones.
     */
    private static List<List<String>> slices(List<String> column, int bands) {
        List<List<String>> slices = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            slices.add(new ArrayList<>());
        }
        for (int r = 0; r < column.size(); r++) {
            int band = (int) Math.floor((r + 0.5) * bands / column.size());
            slices.get(Math.min(bands - 1, band)).add(column.get(r));
        }
        return slices;
    }
}
