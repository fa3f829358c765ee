package dev.zmqstudio.runtime.engine;

import java.util.Map;
import java.util.stream.Collectors;

/** How counts by key read in the designer and the run summary: {@code INFO 20, WARNING 3, and 4 more}, most first. */
public final class CountsText {
    private CountsText() {
    }

    /** The {@code most} largest counts, the largest first (an empty key as {@code ""}), then how many more there are. */
    public static String of(Map<String, Long> counts, int most) {
        var sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        String shown = sorted.stream().limit(most)
                .map(e -> (e.getKey().isEmpty() ? "\"\"" : e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return sorted.size() > most ? shown + ", and " + (sorted.size() - most) + " more" : shown;
    }
}
