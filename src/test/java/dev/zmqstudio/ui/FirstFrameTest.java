package dev.zmqstudio.ui;

import dev.zmqstudio.ui.run.SimulationController;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At start-up the window shows the file's diagram first, in the place and size the whole window gives it, and the
 * menus, toolbar, palette and panels come around it a moment later without moving it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FirstFrameTest extends DesignerFixture {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        fx(() -> stage.hide());
    }

    @Test
    void theDiagramShowsFirstAndStaysPutWhenTheRestOfTheWindowComes(FxRobot robot, @TempDir Path dir) throws Exception {
        // A lone PUSH: the file opens with a warning, which the Problems tab built later must count.
        Path file = dir.resolve("lonely.json");
        Files.writeString(file, """
                {"format": 1, "name": "lonely", "nodes": [
                  {"id": "pusher", "type": "PUSH", "label": "Pusher", "binds": ["tcp://127.0.0.1:45001"],
                   "behaviour": {"kind": "generator", "template": "m {n}", "rate": 1, "count": 1},
                   "layout": {"x": 160, "y": 200}}], "wires": [], "links": []}
                """);
        WindowFrame frame = fx(() -> new WindowFrame(stage, dev.zmqstudio.ui.theme.ThemeSetting.inMemory(
                dev.zmqstudio.ui.theme.ThemeChoice.LIGHT), 1000, 760));
        assertTrue(fx(() -> frame.preview(file)));
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.show();
            frame.canvas().fit();
        });
        assertTrue(robot.lookup("#node-pusher").tryQuery().isPresent(), "the first frame shows the diagram");
        assertFalse(robot.lookup("#run").tryQuery().isPresent(), "the toolbar is not built yet");
        assertFalse(robot.lookup("#palette").tryQuery().isPresent(), "nor the palette");
        assertEquals("lonely — ZMQ Studio", fx(() -> stage.getTitle()), "the title names the file from the first frame");
        Bounds first = fx(() -> frame.canvas().localToScene(frame.canvas().getLayoutBounds()));

        DesignerWindow built = fx(() -> {
            DesignerWindow w = new DesignerWindow(frame, new DesignerServices(dialogs, prompts,
                    SimulationController::new, recent, null));
            w.files().opened(file);
            return w;
        });
        window = built;
        for (String id : new String[]{"#run", "#menu-bar", "#palette", "#properties", "#console", "#status-message"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id + " is there once the window is built");
        }
        assertSame(frame.canvas(), built.canvas(), "the diagram the user saw is the one they edit");
        Bounds whole = fx(() -> built.canvas().localToScene(built.canvas().getLayoutBounds()));
        assertEquals(first.getMinX(), whole.getMinX(), 2, "the canvas does not move sideways: " + first + " then " + whole);
        assertEquals(first.getMinY(), whole.getMinY(), 2, "nor down: " + first + " then " + whole);
        assertEquals(first.getHeight(), whole.getHeight(), 2, "nor change its height: " + first + " then " + whole);

        int problems = fx(() -> built.editor().problems().size());
        assertTrue(problems > 0, "a lone PUSH has a problem to show");
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertTrue(fx(() -> tabs.getTabs().stream().map(Tab::getText).anyMatch(("Problems (" + problems + ")")::equals)),
                "the Problems tab counts the problems the file opened with");
        assertEquals("Opened " + file, robot.lookup("#status-message").queryAs(Label.class).getText());
        assertEquals(file, recent.files().getFirst(), "the file is in Open Recent");
    }

    @Test
    void aFileThatCannotBeReadShowsAnEmptyFrameAndIsLeftForTheBuiltWindowToReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": 1, \"nodes\": [");
        WindowFrame frame = fx(() -> new WindowFrame(stage, dev.zmqstudio.ui.theme.ThemeSetting.inMemory(
                dev.zmqstudio.ui.theme.ThemeChoice.LIGHT), 1000, 760));
        assertFalse(fx(() -> frame.preview(file)));
        assertTrue(fx(() -> frame.editor().topology().nodes().isEmpty()));
        assertEquals(null, fx(() -> frame.editor().document().file()));
    }

    @Test
    void theTaskAfterTheFirstFrameRunsOnTheFxThreadOnceTheWindowHasRenderedAndLeavesNothingBehind() {
        WindowFrame frame = fx(() -> new WindowFrame(stage, dev.zmqstudio.ui.theme.ThemeSetting.inMemory(
                dev.zmqstudio.ui.theme.ThemeChoice.LIGHT), 1000, 760));
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean onFxThread = new AtomicBoolean();
        int[] pulses = new int[1];
        int[] pulsesWhenRun = new int[1];
        int children = fx(() -> frame.root().getChildren().size());
        fx(() -> {
            frame.scene().addPostLayoutPulseListener(() -> pulses[0]++);
            stage.show();
            AfterFirstFrame.run(frame.root(), () -> {
                onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                pulsesWhenRun[0] = pulses[0];
                ran.set(true);
            });
        });
        awaitFx("the task ran", ran::get);
        assertTrue(onFxThread.get());
        assertTrue(pulsesWhenRun[0] >= 2, "a pulse rendered the frame and one more waited for it: " + pulsesWhenRun[0]);
        assertEquals(children, fx(() -> frame.root().getChildren().size()), "the probe is gone");
    }
}
