package dev.zmqstudio.ui;

import javafx.stage.Window;

/** Questions and errors shown to the user. The real one uses Alerts; tests answer in code. */
public interface Prompts {

    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** "Save changes to NAME?" before New, Open or Quit. */
    Unsaved askSaveChanges(Window owner, String documentName);

    void showError(Window owner, String title, String message);
}
