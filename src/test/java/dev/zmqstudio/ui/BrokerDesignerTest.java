package dev.zmqstudio.ui;

import javafx.scene.control.Label;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The designer draws a broker with its own icon and its topics, and the Live tab shows depth and lag. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class BrokerDesignerTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    /** The store outlives runs (that is its point): a test that counts from zero starts without an earlier one. */
    private static void forgetEarlierStores() throws java.io.IOException {
        java.nio.file.Path output = java.nio.file.Path.of(System.getProperty("zmqstudio.output", "target/test-output"));
        if (java.nio.file.Files.isDirectory(output)) {
            try (var files = java.nio.file.Files.walk(output)) {
                for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().startsWith("invoice-broker.db")).toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
        }
    }

    @Test
    void theBrokerShowsItsTopicsAndRunShowsEachTopicsDepthAndEachReadersLag(FxRobot robot) throws Exception {
        forgetEarlierStores();
        load(FreePortExamples.load("invoice-broker.json"));
        assertEquals("topics: All Invoices · Invalid Invoices · Valid Invoices", text(robot, "#node-broker .node-topics"));
        String broker = fx(() -> robot.lookup("#node-broker .node-icon").queryAs(SVGPath.class).getContent());
        String router = fx(() -> robot.lookup("#palette-ROUTER .node-icon").queryAs(SVGPath.class).getContent());
        assertNotEquals(router, broker, "a broker has its own icon, not the ROUTER's");

        robot.clickOn("#run");
        waitUntil(60, () -> text(robot, "#node-valid .node-count").equals("75")
                && text(robot, "#node-invalid .node-count").equals("25"));
        robot.clickOn("#node-broker");
        robot.clickOn("#live-tab");
        waitUntil(20, () -> text(robot, "#live-topic-Valid-Invoices").equals("75 messages; valid lag 0"));
        assertEquals("25 messages; invalid lag 0", text(robot, "#live-topic-Invalid-Invoices"));
        assertEquals("100 messages; filter lag 0", text(robot, "#live-topic-All-Invoices"));
    }
}
