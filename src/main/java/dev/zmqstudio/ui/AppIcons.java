package dev.zmqstudio.ui;

import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The app's own icon, in every size it ships, for the main window and every dialog (not the toolkit's generic one). */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream("/dev/zmqstudio/icons/app/zmq-studio-" + size + ".png")) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    // a missing size only makes the desktop scale another one
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static void apply(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            apply(stage);
        }
    }
}
