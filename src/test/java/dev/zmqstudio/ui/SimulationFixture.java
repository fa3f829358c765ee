package dev.zmqstudio.ui;

import dev.zmqstudio.ui.run.SimulationController;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;


/** A designer window with the live simulation behind Run; whatever a test left running is stopped after it. */
abstract class SimulationFixture extends DesignerFixture {
    protected SimulationController simulation;

    /** Call from the test's own {@code @Start} method (TestFX does not look for one in superclasses). */
    protected void openWithSimulation(Stage stage) {
        window = new DesignerWindow(stage, new DesignerServices(dialogs, prompts, w -> simulation = new SimulationController(w),
                new RecentFiles(null), null), 1000, 760);
        stage.setX(0);
        stage.setY(0);
        window.show();
    }

    @AfterEach
    void stopRunning() {
        fx(() -> simulation.stop());
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
    }
}
