package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ExamplesMenuTest {

    private DesignerWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("examples");
        TopologyFiles.save(Samples.showcase(), folder.resolve("showcase.json"));
        TopologyFiles.save(Samples.grid(4), folder.resolve("grid.json"));
        window = new DesignerWindow(stage, new DesignerServices(new FakeDialogs(), new FakePrompts(), dev.zmqstudio.ui.run.SimulationController::new,
                new RecentFiles(null), folder), 1000, 760);
        window.show();
    }

    @Test
    void fileOpenExampleListsTheFolderAndOpensTheChoice(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu examples = (javafx.scene.control.Menu) bar.getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-open-example".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(java.util.List.of("grid", "showcase"), examples.getItems().stream().map(i -> i.getText()).toList());
        DesignerFixture.fx(() -> examples.getItems().get(1).fire());
        assertEquals(12, robot.lookup(".node-view").queryAll().size());
        assertEquals("showcase — ZMQ Studio", DesignerFixture.fx(() -> window.stage().getTitle()));
        assertEquals(folder.resolve("showcase.json"), DesignerFixture.fx(() -> window.editor().document().file()));
    }
}
