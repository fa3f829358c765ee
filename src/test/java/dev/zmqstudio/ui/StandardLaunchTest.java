package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;


/**
 * An IDE, a test harness or any tool that starts {@link DesignerApp} the standard JavaFX way (no launcher, nothing
 * set up beforehand) gets the whole designer: the file from its parameters opens and Run really runs it.
 */
@Timeout(90)
class StandardLaunchTest {

    @Test
    void theApplicationClassStartedLikeAnyJavaFxAppOpensItsFileAndRunsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pair.json");
        TopologyFiles.save(FreePortExamples.load("pair.json"), file);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DesignerApp.class, file.toString());
        FxRobot robot = new FxRobot();
        try {
            // The diagram shows first, the toolbar once the rest of the window is built.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#node-client").tryQuery().isPresent()
                    && robot.lookup("#run").tryQuery().isPresent());
            robot.clickOn("#run");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> received(robot) >= 2);
            robot.clickOn("#stop");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    robot.lookup(".node-view").queryAll().stream().noneMatch(StandardLaunchTest::isRunning)).get());
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static boolean isRunning(javafx.scene.Node node) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("running"));
    }

    private static long received(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            String text = robot.lookup("#node-client .node-count").queryAs(Label.class).getText();
            return text.isBlank() ? 0L : Long.parseLong(text.replace(",", ""));
        }).get();
    }
}
