package dev.zmqstudio.runtime.logging;

import java.util.Locale;
import java.util.Optional;

/**
 * The level of a node's log line. Lines carry it as a prefix of their text ("error: ...", "warning: ..."), as the
 * console has always shown them; a line with none is INFO. The names are Python logging's, which pyzmq's
 * {@code PUBHandler} puts in its topics.
 */
public enum LogLevel {
    DEBUG("debug: "), INFO(""), WARNING("warning: "), ERROR("error: "), CRITICAL("critical: ");

    private final String prefix;

    LogLevel(String prefix) {
        this.prefix = prefix;
    }

    /** The level of {@code line}: its prefix's; "stderr: " and "note: " lines are warnings; otherwise INFO. */
    public static LogLevel of(String line) {
        if (line.startsWith("error")) {
            return ERROR;
        }
        if (line.startsWith("warning") || line.startsWith("stderr: ") || line.startsWith("note: ")) {
            return WARNING;
        }
        for (LogLevel level : values()) {
            if (!level.prefix.isEmpty() && line.startsWith(level.prefix)) {
                return level;
            }
        }
        return INFO;
    }

    /** A level by its Python name, in any case ("WARN" and "FATAL" too); empty for a name that is none. */
    public static Optional<LogLevel> find(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "WARN" -> Optional.of(WARNING);
            case "FATAL" -> Optional.of(CRITICAL);
            default -> java.util.Arrays.stream(values()).filter(l -> l.name().equals(upper)).findFirst();
        };
    }

    /** Whether the console shows it as a failure. */
    public boolean failure() {
        return this == ERROR || this == CRITICAL;
    }

    /** {@code text} as a line of this level: with this level's prefix. */
    public String line(String text) {
        return prefix + text;
    }

    /** {@code line} without this level's prefix (a line of another form is returned whole). */
    public String text(String line) {
        return !prefix.isEmpty() && line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }
}
