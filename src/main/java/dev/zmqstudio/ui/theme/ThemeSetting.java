package dev.zmqstudio.ui.theme;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The user's theme choice, remembered in user preferences when a node is given. A new user follows the desktop.
 */
public final class ThemeSetting {

    static final String KEY = "theme";

    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");

    /**
     * Reads the remembered choice from {@code prefs} and remembers every later one there; with a null node the choice
     * lives in memory only ({@code initial} then; tests, screenshots and --theme use that).
     */
    private ThemeSetting(Preferences prefs, ThemeChoice initial) {
        ThemeChoice stored = prefs == null ? null : ThemeChoice.byKey(prefs.get(KEY, "")).orElse(null);
        choice.set(stored != null ? stored : initial);
        if (prefs != null) {
            choice.addListener((obs, was, now) -> prefs.put(KEY, now.key()));
        }
    }

    /** Remembered in {@code prefs}; follows the desktop until the user picks. */
    public static ThemeSetting storedIn(Preferences prefs) {
        return new ThemeSetting(Objects.requireNonNull(prefs, "prefs"), ThemeChoice.SYSTEM);
    }

    public static ThemeSetting inUserPreferences() {
        return storedIn(Preferences.userRoot().node("dev/zmqstudio/ui"));
    }

    /** Starts at {@code initial} and is forgotten when the app ends. */
    public static ThemeSetting inMemory(ThemeChoice initial) {
        return new ThemeSetting(null, Objects.requireNonNull(initial, "initial"));
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ThemeChoice choice() {
        return choice.get();
    }

    public void choose(ThemeChoice c) {
        choice.set(Objects.requireNonNull(c, "choice"));
    }
}
