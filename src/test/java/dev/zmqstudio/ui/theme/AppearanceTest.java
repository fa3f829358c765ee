package dev.zmqstudio.ui.theme;

import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which theme a window shows, for each choice and desktop preference, and that its dialogs match it. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class AppearanceTest {

    private Stage stage;
    private final SimpleObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.LIGHT);
    private final ThemeSetting setting = ThemeSetting.inMemory(ThemeChoice.SYSTEM);
    private Appearance appearance;
    private final String sheet = java.util.Objects.requireNonNull(
            AppearanceTest.class.getResource("/dev/zmqstudio/ui/designer.css")).toExternalForm();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(), 200, 100);
        scene.getStylesheets().add(sheet);
        stage.setScene(scene);
        appearance = new Appearance(stage, setting, desktop);
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        T value = WaitForAsyncUtils.waitForAsyncFx(5000, c);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private boolean rootIsDark() {
        return fx(() -> stage.getScene().getRoot().getPseudoClassStates().contains(Appearance.DARK));
    }

    @Test
    void followingTheSystemTracksTheDesktopAsItChanges() {
        assertFalse(rootIsDark());
        fx(() -> {
            desktop.set(ColorScheme.DARK);
            return null;
        });
        assertTrue(rootIsDark(), "the desktop turned dark: so does the window");
        fx(() -> {
            desktop.set(ColorScheme.LIGHT);
            return null;
        });
        assertFalse(rootIsDark());
    }

    @Test
    void anExplicitChoiceWinsOverTheDesktop() {
        fx(() -> {
            desktop.set(ColorScheme.DARK);
            setting.choose(ThemeChoice.LIGHT);
            return null;
        });
        assertFalse(rootIsDark());
        fx(() -> {
            desktop.set(ColorScheme.LIGHT);
            setting.choose(ThemeChoice.DARK);
            return null;
        });
        assertTrue(rootIsDark());
        assertTrue(fx(() -> appearance.isDark()));
    }

    @Test
    void aDialogOfTheWindowWearsItsThemeAndItsStylesheets() {
        fx(() -> {
            setting.choose(ThemeChoice.DARK);
            return null;
        });
        Alert alert = fx(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "hello", ButtonType.OK);
            a.initOwner(stage);
            a.show();
            return a;
        });
        Scene dialog = fx(() -> alert.getDialogPane().getScene());
        assertTrue(fx(() -> dialog.getRoot().getPseudoClassStates().contains(Appearance.DARK)));
        assertTrue(fx(() -> dialog.getStylesheets().contains(sheet)));
        fx(() -> {
            setting.choose(ThemeChoice.LIGHT);
            return null;
        });
        assertFalse(fx(() -> dialog.getRoot().getPseudoClassStates().contains(Appearance.DARK)),
                "an open dialog follows a change too");
        fx(() -> {
            alert.close();
            return null;
        });
    }
}
