package dev.zmqstudio.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class RunControlsTest {

    private final List<String> calls = new ArrayList<>();
    private DesignerWindow window;
    private DesignerWindow seenByFactory;

    @Start
    void start(Stage stage) {
        RunActionsFactory factory = w -> {
            seenByFactory = w;
            return new RunActions() {
                public void run() { calls.add("run"); }
                public void stop() { calls.add("stop"); }
                public void pause() { calls.add("pause"); }
                public void step() { calls.add("step"); }
                public void setSpeed(double f) { calls.add("speed " + f); }
            };
        };
        window = new DesignerWindow(stage, new DesignerServices(new FakeDialogs(), new FakePrompts(), factory,
                new RecentFiles(null), null), 1000, 760);
        window.show();
    }

    @Test
    void theToolbarAndKeysDriveTheInstalledRunActions(FxRobot robot) {
        assertSame(window, seenByFactory);
        robot.clickOn("#run").clickOn("#pause").clickOn("#step").clickOn("#stop");
        robot.clickOn("#canvas").type(KeyCode.F5);
        @SuppressWarnings("unchecked")
        ComboBox<String> speed = robot.lookup("#speed").queryAs(ComboBox.class);
        DesignerFixture.fx(() -> speed.setValue("2×"));
        assertEquals(List.of("run", "pause", "step", "stop", "run", "speed 2.0"), calls);
    }
}
