package dev.zmqstudio.ui.bench;

import dev.zmqstudio.ui.StartupTrace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import java.util.Random;

/**
 * The control of {@code jpackage/first-frame.sh --baseline}: the least a JavaFX program does to show a full window,
 * a 1400x900 canvas with 4,000 filled rectangles, on the same runtime and JavaFX jars as the designer, with no
 * AOT cache of its own. The designer's first frame is reported as a ratio to this one, measured in the same run.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        Canvas canvas = new Canvas(1400, 900);
        GraphicsContext g = canvas.getGraphicsContext2D();
        Random random = new Random(42);
        for (int i = 0; i < 4000; i++) {
            g.setFill(Color.hsb(random.nextDouble() * 360, 0.6, 0.9));
            g.fillRect(random.nextDouble() * 1380, random.nextDouble() * 880, 20, 20);
        }
        stage.setTitle("bare JavaFX window");
        stage.setScene(new Scene(new StackPane(canvas), 1400, 900));
        stage.show();
        StartupTrace.mark("window shown"); // the designer's marks too, to compare step by step
    }

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }
}
