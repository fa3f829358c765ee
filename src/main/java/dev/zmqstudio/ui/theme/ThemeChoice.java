package dev.zmqstudio.ui.theme;

import java.util.Locale;
import java.util.Optional;

/** The theme the user picked: always light, always dark, or whatever the desktop prefers. */
public enum ThemeChoice {
    LIGHT("Light"), DARK("Dark"), SYSTEM("Follow System");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** The menu's words. */
    public String label() {
        return label;
    }

    /** The spelling on the command line and in the preferences: "light", "dark", "system". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThemeChoice> byKey(String key) {
        for (ThemeChoice c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
