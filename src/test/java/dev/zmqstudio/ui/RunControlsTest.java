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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class RunControlsTest {

    private final List<String> calls = new ArrayList<>();
    private DesignerWindow window;
    private DesignerWindow seenByFactory;
    private final javafx.beans.property.BooleanProperty running = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty paused = new javafx.beans.property.SimpleBooleanProperty();

    private final javafx.beans.property.BooleanProperty record = new javafx.beans.property.SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        RunActionsFactory factory = w -> {
            seenByFactory = w;
            return new RunActions() {
                public void run() { calls.add("run"); running.set(true); paused.set(false); }
                public void stop() { calls.add("stop"); running.set(false); }
                public void attach() { calls.add("attach"); running.set(true); }
                public void pause() { calls.add("pause"); paused.set(!paused.get()); }
                public void step() { calls.add("step"); paused.set(true); }
                public void setSpeed(double f) { calls.add("speed " + f); }
                public javafx.beans.value.ObservableBooleanValue running() { return running; }
                public javafx.beans.value.ObservableBooleanValue paused() { return paused; }
                public javafx.beans.property.BooleanProperty recordRuns() { return record; }
                public java.util.concurrent.CompletableFuture<Boolean> openRecording(java.nio.file.Path file, boolean play) {
                    calls.add("open recording " + file.getFileName());
                    return java.util.concurrent.CompletableFuture.completedFuture(true);
                }
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

    @Test
    void theButtonsShowWhetherARunIsOn(FxRobot robot) {
        assertEquals(List.of(false, true, true, true), disabled(robot, "#run", "#pause", "#step", "#stop"));
        assertFalse(isLit(robot));
        robot.clickOn("#run");
        assertEquals(List.of(true, false, false, false), disabled(robot, "#run", "#pause", "#step", "#stop"));
        assertTrue(isLit(robot), "Run is lit while running");
        robot.clickOn("#pause");
        assertEquals(List.of(false, false, false, false), disabled(robot, "#run", "#pause", "#step", "#stop"),
                "paused, Run resumes");
        robot.clickOn("#stop");
        assertEquals(List.of(false, true, true, true), disabled(robot, "#run", "#pause", "#step", "#stop"));
        assertFalse(isLit(robot));
        assertEquals(List.of("run", "pause", "stop"), calls);
    }

    private static List<Boolean> disabled(FxRobot robot, String... ids) {
        return DesignerFixture.fx(() -> java.util.Arrays.stream(ids).map(id -> robot.lookup(id).query().isDisabled()).toList());
    }

    private static boolean isLit(FxRobot robot) {
        return DesignerFixture.fx(() -> robot.lookup("#run").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("running")));
    }
}
