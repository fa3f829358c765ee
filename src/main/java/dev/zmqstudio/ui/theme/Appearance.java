package dev.zmqstudio.ui.theme;

import javafx.application.ColorScheme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Light or dark for one main window and the dialogs it owns. The look is one stylesheet whose colours are looked-up
 * variables; dark sets the {@code :dark} pseudo-class on each scene's root, which swaps the variables (and Modena's
 * own base colours) for their dark values. Dialogs the window owns get its stylesheets too, so they match.
 */
public final class Appearance {

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final Stage stage;
    private final BooleanBinding dark;
    /** Held here: the window list only keeps a weak reference, so a closed designer can be collected. */
    private final ListChangeListener<Window> windowsShown = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::styleIfOwned);
        }
    };

    /**
     * {@code desktop} is the desktop's colour scheme ({@code Platform.getPreferences().colorSchemeProperty()}), read
     * when the setting says to follow it.
     */
    public Appearance(Stage stage, ThemeSetting setting, ObservableValue<ColorScheme> desktop) {
        this.stage = stage;
        this.dark = Bindings.createBooleanBinding(() -> switch (setting.choice()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> desktop.getValue() == ColorScheme.DARK;
        }, setting.choiceProperty(), desktop);
        dark.addListener((obs, was, now) -> restyle());
        Window.getWindows().addListener(new WeakListChangeListener<>(windowsShown));
        restyle();
    }

    /** Whether the window shows dark now. */
    public ObservableBooleanValue dark() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    private void restyle() {
        style(stage.getScene());
        List.copyOf(Window.getWindows()).forEach(this::styleIfOwned);
    }

    private void styleIfOwned(Window window) {
        if (window != stage && window instanceof Stage other && ownedByMine(other)) {
            Scene scene = other.getScene();
            if (scene != null && stage.getScene() != null) {
                for (String sheet : stage.getScene().getStylesheets()) {
                    if (!scene.getStylesheets().contains(sheet)) {
                        scene.getStylesheets().add(sheet);
                    }
                }
            }
            style(scene);
        }
    }

    private boolean ownedByMine(Stage other) {
        for (Window w = other.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == stage) {
                return true;
            }
        }
        return false;
    }

    private void style(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark.get());
        }
    }
}
