package dev.zmqstudio.ui;

import dev.zmqstudio.ui.run.SimulationController;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the designer needs from outside: file dialogs, prompts, the simulation controls, the recent-files store and
 * the examples folder (may be null). Tests pass fakes; {@link #standard()} is the real thing.
 */
public record DesignerServices(FileDialogs dialogs, Prompts prompts, RunActionsFactory runActions, RecentFiles recent,
                               Path examples) {

    public DesignerServices {
        Objects.requireNonNull(runActions, "runActions");
    }

    /** The real file dialogs and prompts, the live simulation, the user's recent files and the shipped examples. */
    public static DesignerServices standard() {
        return new DesignerServices(new FxFileDialogs(), new FxPrompts(), SimulationController::new,
                RecentFiles.inUserPreferences(), ExampleFolder.find().orElse(null));
    }
}
