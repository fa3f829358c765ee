package dev.zmqstudio.ui.edit;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One line of the console: when it was logged, the node that logged it ({@code null} for the designer's own lines
 * such as "Run: starting 2 nodes") and what it says. Shown as {@code 12:04:05  [puller] Received message: ...}.
 */
public record ConsoleLine(LocalTime time, String nodeId, String text) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A line logged now; {@code nodeId} may be null. */
    public static ConsoleLine now(String nodeId, String text) {
        return new ConsoleLine(LocalTime.now(), nodeId, text);
    }

    @Override
    public String toString() {
        return TIME.format(time) + "  " + (nodeId == null ? "" : "[" + nodeId + "] ") + text;
    }
}
