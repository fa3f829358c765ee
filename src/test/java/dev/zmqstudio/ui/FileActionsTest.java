package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FileActionsTest extends DesignerFixture {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    static boolean ioAvailable() {
        try {
            TopologyFiles.toJson(Topology.empty("probe"));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void aFileThatCannotBeReadShowsAnErrorAndKeepsTheTopology(FxRobot robot) throws Exception {
        load(Samples.showcase());
        Topology before = topology();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": 1, \"nodes\": [ oops ] }\n");
        dialogs.answers.add(broken);
        robot.clickOn("#open");
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.getFirst().matches(".*broken\\.json:1:\\d+: .+"), prompts.errors.getFirst());
        assertEquals(before, topology());
        assertEquals(12, robot.lookup(".node-view").queryAll().size());
        assertTrue(status().contains("broken.json"), status());
    }

    @Test
    void newAsksAboutUnsavedChangesAndCancelKeepsEverything(FxRobot robot) {
        robot.doubleClickOn("#palette-REQ");
        robot.clickOn("#new");
        assertEquals(1, prompts.asked);
        assertEquals(1, robot.lookup("#node-req-1").queryAll().size());
        prompts.answer = Prompts.Unsaved.DISCARD;
        robot.clickOn("#new");
        assertEquals(2, prompts.asked);
        assertEquals(0, robot.lookup(".node-view").queryAll().size());
        assertEquals("Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
        robot.clickOn("#new");
        assertEquals(2, prompts.asked, "nothing to lose, so no question");
    }

    @Test
    void aNewDiagramSavedTakesItsFileNameAsItsName(FxRobot robot) throws Exception {
        robot.doubleClickOn("#palette-PUSH");
        Path file = dir.resolve("my-pipeline.json");
        dialogs.answers.add(file);
        robot.clickOn("#save");
        assertEquals("my-pipeline", TopologyFiles.load(file).name());
        assertTrue(Files.readString(file).contains("\"name\": \"my-pipeline\""), Files.readString(file));
    }

    @Test
    void quitAsksFirstAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.doubleClickOn("#palette-REP");
        fx(() -> window.actions().quit.handler().run());
        assertEquals(1, prompts.asked);
        assertTrue(fx(() -> window.stage().isShowing()));
        prompts.answer = Prompts.Unsaved.DISCARD;
        fx(() -> window.actions().quit.handler().run());
        assertEquals(false, fx(() -> window.stage().isShowing()));
    }

    @Test
    void saveAsCancelledLeavesTheDocumentDirty(FxRobot robot) {
        robot.doubleClickOn("#palette-PAIR");
        fx(() -> window.actions().saveAs.handler().run());
        assertEquals(1, dialogs.asked);
        assertTrue(fx(() -> window.stage().getTitle()).startsWith("• "));
    }

    @Test
    void exportPngWritesAPictureOfTheDiagram(FxRobot robot) throws Exception {
        load(Samples.showcase());
        Path png = dir.resolve("diagram.png");
        dialogs.answers.add(png);
        fx(() -> window.actions().exportPng.handler().run());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 800, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void saveAndReopenGiveTheSameJson(FxRobot robot) throws Exception {
        assumeTrue(ioAvailable(), "io (TopologyFiles) not merged yet");
        dragFromPalette(robot, "PUSH", 150, 150);
        dragFromPalette(robot, "PULL", 450, 150);
        wire(robot, "push-1", "main", "pull-1");
        robot.clickOn("#node-pull-1");
        var label = find(robot, "#prop-label", javafx.scene.control.TextField.class);
        robot.clickOn(label).write("Collector").type(javafx.scene.input.KeyCode.ENTER);
        Path file = dir.resolve("saved.json");
        dialogs.answers.add(file);
        robot.clickOn("#save");
        assertTrue(Files.exists(file));
        assertEquals("saved — ZMQ Studio", fx(() -> window.stage().getTitle()));
        Topology saved = topology().withName("saved");
        String json = Files.readString(file);
        assertEquals(TopologyFiles.toJson(saved), json);
        fx(() -> window.actions().newDoc.handler().run());
        assertEquals(0, robot.lookup(".node-view").queryAll().size());
        dialogs.answers.add(file);
        robot.clickOn("#open");
        assertEquals(saved, topology());
        assertEquals(json, TopologyFiles.toJson(topology()));
        assertEquals("Collector", robot.lookup("#node-pull-1 .node-title").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(1, robot.lookup("#wire-wire-1").queryAll().size());
        assertEquals(java.util.List.of(file.toAbsolutePath().normalize()), recent.files());
        robot.clickOn("#menu-file").clickOn("#menu-open-recent");
        robot.clickOn("saved.json   " + dir.toAbsolutePath().normalize());
        assertEquals(saved, topology());
    }

    @Test
    void savingAReadOnlyFileChangesNothingAndOffersSaveAs(FxRobot robot) throws Exception {
        Path file = dir.resolve("locked.json");
        TopologyFiles.save(Samples.showcase(), file);
        dialogs.answers.add(file);
        robot.clickOn("#open");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        String before = Files.readString(file);
        robot.doubleClickOn("#palette-PAIR");
        int dialogsBefore = dialogs.asked;

        robot.clickOn("#save");
        assertEquals(java.util.List.of(file + " is read-only, so it was not changed"), prompts.saveAsOffered);
        assertEquals(before, Files.readString(file));
        assertTrue(fx(() -> window.stage().getTitle()).startsWith("• "), "still unsaved");
        assertEquals(dialogsBefore, dialogs.asked, "declined: no file dialog");

        prompts.saveAs = true;
        Path copy = dir.resolve("mine.json");
        dialogs.answers.add(copy);
        robot.clickOn("#save");
        assertEquals(2, prompts.saveAsOffered.size());
        assertEquals(before, Files.readString(file));
        assertEquals(topology(), TopologyFiles.load(copy));
        assertEquals(copy, fx(() -> window.editor().document().file()));
        assertTrue(!fx(() -> window.stage().getTitle()).startsWith("• "), "saved");
        assertEquals(java.util.List.of(), prompts.errors);
    }

    @Test
    void savingThroughALinkWritesItsTargetAndKeepsTheLink(FxRobot robot) throws Exception {
        Path target = Files.createDirectory(dir.resolve("shared")).resolve("real.json");
        TopologyFiles.save(Samples.showcase(), target);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
        dialogs.answers.add(link);
        robot.clickOn("#open");
        robot.doubleClickOn("#palette-PAIR");
        robot.clickOn("#save");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(topology(), TopologyFiles.load(target));
        assertTrue(!fx(() -> window.stage().getTitle()).startsWith("• "), "saved");
        assertEquals(java.util.List.of(), prompts.errors);
    }

    @Test
    void openingANamedPipeOrADeviceSaysSoAndKeepsTheTopology(FxRobot robot) throws Exception {
        load(Samples.showcase());
        Topology before = topology();
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        dialogs.answers.add(fifo);
        robot.clickOn("#open");
        dialogs.answers.add(Path.of("/dev/zero"));
        robot.clickOn("#open");
        assertEquals(java.util.List.of(
                fifo + ": cannot read the file: it is a named pipe (FIFO), not a regular file; open a topology .json file",
                "/dev/zero: cannot read the file: it is a device, not a regular file; open a topology .json file"),
                prompts.errors);
        assertEquals(before, topology());
    }
}
