package dev.zmqstudio.ui;

import dev.zmqstudio.ui.run.SimulationController;
import dev.zmqstudio.ui.theme.ThemeChoice;
import dev.zmqstudio.ui.theme.ThemeSetting;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the designer needs from outside: file dialogs, prompts, the simulation controls, the recent-files store,
 * the examples folder (may be null) and the theme setting. Tests pass fakes; {@link #standard()} is the real thing.
 */
public record DesignerServices(FileDialogs dialogs, Prompts prompts, RunActionsFactory runActions, RecentFiles recent,
                               Path examples, ThemeSetting theme) {

    public DesignerServices {
        Objects.requireNonNull(runActions, "runActions");
        Objects.requireNonNull(theme, "theme");
    }

    /** Light, remembered nowhere: what tests get unless they pass a theme setting. */
    public DesignerServices(FileDialogs dialogs, Prompts prompts, RunActionsFactory runActions, RecentFiles recent,
                            Path examples) {
        this(dialogs, prompts, runActions, recent, examples, ThemeSetting.inMemory(ThemeChoice.LIGHT));
    }

    /**
     * The real file dialogs and prompts, the live simulation, the user's recent files, the shipped examples and the
     * user's theme.
     */
    public static DesignerServices standard() {
        return new DesignerServices(new FxFileDialogs(), new FxPrompts(), SimulationController::new,
                RecentFiles.inUserPreferences(), ExampleFolder.find().orElse(null), ThemeSetting.inUserPreferences());
    }

    /** The same services with another theme setting. */
    public DesignerServices withTheme(ThemeSetting setting) {
        return new DesignerServices(dialogs, prompts, runActions, recent, examples, setting);
    }
}
