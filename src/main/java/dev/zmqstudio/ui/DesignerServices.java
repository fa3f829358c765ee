package dev.zmqstudio.ui;

import java.nio.file.Path;

/**
 * What the designer needs from outside: file dialogs, prompts, the simulation controls, the recent-files store and
 * the examples folder (may be null). Tests pass fakes; {@link #standard()} is the real thing.
 */
public record DesignerServices(FileDialogs dialogs, Prompts prompts, RunActionsFactory runActions, RecentFiles recent,
                               Path examples) {

    public static DesignerServices standard() {
        return new DesignerServices(new FxFileDialogs(), new FxPrompts(), null, RecentFiles.inUserPreferences(),
                ExampleFolder.find().orElse(null));
    }

    public DesignerServices withRunActions(RunActionsFactory actions) {
        return new DesignerServices(dialogs, prompts, actions, recent, examples);
    }
}
