package dev.zmqstudio.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scenario's times as files write them: "500ms", "5s", "1.5s", "2m". */
public final class ScenarioTime {
    private static final Pattern TIME = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,3})?)\\s*(ms|s|m)");
    public static final String FORMS = "a number with ms, s or m, e.g. \"500ms\", \"5s\", \"1.5s\", \"2m\"";

    private ScenarioTime() {
    }

    /** Milliseconds, or -1 when {@code text} is not a time. */
    public static long parseMillis(String text) {
        Matcher m = TIME.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            default -> value * 60_000;
        };
        return Math.round(millis);
    }

    /** The shortest exact form: "500ms", "5s", "1.5s". */
    public static String format(long millis) {
        if (millis % 1_000 == 0) {
            return millis / 1_000 + "s";
        }
        if (millis >= 1_000 && millis % 100 == 0) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1_000.0);
        }
        return millis + "ms";
    }
}
