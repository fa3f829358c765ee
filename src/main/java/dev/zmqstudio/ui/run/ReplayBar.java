package dev.zmqstudio.ui.run;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.Locale;

/**
 * The replay's timeline under the canvas: play and pause, a slider to seek by dragging, the time and how many
 * messages lie behind the cursor, the speed (0.1x to 10x), a jump to the next error, drop or fault, and Close.
 * It shows; the {@link ReplayController} decides.
 */
final class ReplayBar extends HBox {
    static final List<String> SPEEDS = List.of("0.1×", "0.25×", "0.5×", "1×", "2×", "5×", "10×");

    final Button play = new Button("▶ Play");
    final Slider slider = new Slider(0, 1, 0);
    final Label time = new Label();
    final ComboBox<String> speed = new ComboBox<>();
    final Button next = new Button("Next event");
    final Button close = new Button("Close");
    private final Label source = new Label();

    ReplayBar() {
        setId("replay-bar");
        getStyleClass().add("replay-bar");
        play.setId("replay-play");
        slider.setId("replay-slider");
        slider.setMinWidth(120);
        HBox.setHgrow(slider, Priority.ALWAYS);
        time.setId("replay-time");
        speed.setId("replay-speed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue("1×");
        speed.setTooltip(new Tooltip("Replay speed"));
        next.setId("replay-next");
        next.setTooltip(new Tooltip("Jump to the next error, drop or fault"));
        close.setId("replay-close");
        close.setTooltip(new Tooltip("Close the replay (the diagram stays)"));
        source.getStyleClass().add("replay-source");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        source.setMinWidth(60);
        source.setMaxWidth(220);
        Label speedLabel = new Label("Speed");
        for (javafx.scene.layout.Region r : List.of(play, time, speedLabel, speed, next, close)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the slider and the name give way, not these
        }
        getChildren().setAll(source, play, slider, time, speedLabel, speed, next, close);
        setVisible(false);
        setManaged(false);
    }

    void showFor(String name, long endNanos) {
        source.setText(name);
        source.setTooltip(new Tooltip("Replaying " + name));
        slider.setMax(Math.max(1, endNanos / 1e6));
        slider.setValue(0);
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    void playing(boolean on) {
        play.setText(on ? "❚❚ Pause" : "▶ Play");
    }

    double speedFactor() {
        return Double.parseDouble(speed.getValue().replace("×", ""));
    }

    void showTime(long atNanos, long endNanos, int passed, int held) {
        time.setText(String.format(Locale.ROOT, "%.3f / %.3f s · %,d of %,d msgs", Math.max(0, atNanos) / 1e9,
                endNanos / 1e9, passed, held));
    }
}
