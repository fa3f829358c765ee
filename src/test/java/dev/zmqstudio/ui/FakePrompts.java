package dev.zmqstudio.ui;

import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Prompts answered in code; errors are recorded instead of shown. */
final class FakePrompts implements Prompts {

    Unsaved answer = Unsaved.CANCEL;
    int asked;
    final List<String> errors = new ArrayList<>();

    @Override
    public Unsaved askSaveChanges(Window owner, String documentName) {
        asked++;
        return answer;
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errors.add(message);
    }
}
