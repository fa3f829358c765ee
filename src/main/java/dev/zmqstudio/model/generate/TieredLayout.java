package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places generated nodes in columns (tiers), left to right in the order data flows, each column centred on the
 * tallest one: no two boxes overlap, and wires run between neighbouring columns.
 */
final class TieredLayout {
    static final double COLUMN = 300;
    static final double ROW = 110;
    private static final double MARGIN = 80;

    private final List<List<String>> columns = new ArrayList<>();

    /** Starts a new column of {@code ids}, right of the previous one. */
    TieredLayout column(List<String> ids) {
        columns.add(List.copyOf(ids));
        return this;
    }

    Map<String, Position> positions() {
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        Map<String, Position> at = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> column = columns.get(c);
            double top = MARGIN + (tallest - column.size()) * ROW / 2;
            for (int r = 0; r < column.size(); r++) {
                at.put(column.get(r), new Position(MARGIN + c * COLUMN, top + r * ROW));
            }
        }
        return at;
    }
}
