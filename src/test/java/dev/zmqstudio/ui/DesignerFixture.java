package dev.zmqstudio.ui;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.PortPicker;
import dev.zmqstudio.ui.edit.PortProbe;
import dev.zmqstudio.ui.edit.Ports;
import dev.zmqstudio.ui.run.SimulationController;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;

/** Starts a designer window that fits the headless 1000x1000 screen, with fake dialogs and prompts. */
class DesignerFixture {

    protected final FakeDialogs dialogs = new FakeDialogs();
    protected final FakePrompts prompts = new FakePrompts();
    protected DesignerWindow window;
    protected final RecentFiles recent = new RecentFiles(null);

    protected void open(Stage stage) {
        window = new DesignerWindow(stage, new DesignerServices(dialogs, prompts, SimulationController::new, recent, null),
                1000, 760);
        // Exact port numbers in assertions must not depend on what else runs on this machine (PortsOnTheMachineTest
        // checks that part).
        window.editor().usePorts(new PortPicker(Ports.FIRST_PORT, PortProbe.EVERY_PORT_FREE));
        stage.setX(0);
        stage.setY(0);
        window.show();
    }

    /** Runs on the FX thread and waits. */
    protected static void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static <T> T fx(Callable<T> c) {
        T value = WaitForAsyncUtils.waitForAsyncFx(5000, c);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    protected Topology topology() {
        return fx(() -> window.editor().topology());
    }

    protected void load(Topology t) {
        fx(() -> {
            window.editor().document().replace(t, null);
            window.canvas().home();
        });
        fx(() -> window.canvas().fit());
    }

    /** Drags a palette entry to a point of the canvas given in canvas-local coordinates. */
    protected void dragFromPalette(FxRobot robot, String type, double canvasX, double canvasY) {
        Node item = robot.lookup("#palette-" + type).query();
        javafx.scene.control.ScrollPane palette = robot.lookup("#palette").queryAs(javafx.scene.control.ScrollPane.class);
        fx(() -> {
            // Scroll the palette like a user would when the entry is below the fold.
            var itemBounds = item.localToScene(item.getLayoutBounds());
            var paletteBounds = palette.localToScene(palette.getLayoutBounds());
            if (itemBounds.getMaxY() > paletteBounds.getMaxY()) {
                palette.setVvalue(1.0);
            } else if (itemBounds.getMinY() < paletteBounds.getMinY()) {
                palette.setVvalue(0.0);
            }
        });
        awaitFx("the palette entry " + type + " scrolled into view", () -> {
            var itemBounds = item.localToScene(item.getLayoutBounds());
            var paletteBounds = palette.localToScene(palette.getLayoutBounds());
            return itemBounds.getMinY() >= paletteBounds.getMinY() && itemBounds.getMaxY() <= paletteBounds.getMaxY();
        });
        Point2D target = fx(() -> window.canvas().localToScreen(canvasX, canvasY));
        robot.moveTo(item).press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveBy(30, 0);
        robot.moveTo(target);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags from a node's handle to the centre of another node. */
    protected void wire(FxRobot robot, String fromId, String side, String toId) {
        Node handle = robot.lookup("#handle-" + fromId + "-" + side).query();
        Node target = robot.lookup("#node-" + toId).query();
        robot.moveTo(handle).press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveBy(10, 10);
        robot.moveTo(target);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node matching {@code selector}, waiting for it (the property sheet builds its editors on a pulse). */
    protected static <T extends Node> T find(FxRobot robot, String selector, Class<T> type) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(selector).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("nothing matches " + selector + " after 5 s");
        }
        return robot.lookup(selector).queryAs(type);
    }

    /** Waits (up to 5 s) until no node matches {@code selector}; returns how many still match. */
    protected static int countAfterPulse(FxRobot robot, String selector) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(selector).queryAll().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // the caller's assertion says what is still there
        }
        return robot.lookup(selector).queryAll().size();
    }

    /** Waits up to 10 s until {@code condition}, evaluated on the FX thread, holds; fails naming {@code what}. */
    protected static void awaitFx(String what, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 10 s: " + what);
        }
    }

    protected String status() {
        return fx(() -> window.editor().status().message());
    }

    protected static void waitUntil(int seconds, java.util.function.BooleanSupplier condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }

    /** Whether what {@code query} finds is on screen: shown, not hidden and not yet made (views make some on demand). */
    protected static boolean onScreen(org.testfx.api.FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    /**
     * File > Export > {@code item}: opens the menu, hovers Export until its submenu shows, then moves across into the
     * submenu (sideways first, as a hand does: crossing the other items of File would close it) and clicks the item.
     */
    protected void clickExport(org.testfx.api.FxRobot robot, String item) {
        robot.clickOn("#menu-file").moveTo("#menu-export");
        java.util.function.Function<String, java.util.Optional<javafx.scene.Node>> shown = id -> fx(() -> robot.lookup(id).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst());
        waitUntil(5, () -> shown.apply(item).isPresent());
        javafx.geometry.Bounds export = fx(() -> { javafx.scene.Node n = shown.apply("#menu-export").orElseThrow(); return n.localToScreen(n.getLayoutBounds()); });
        javafx.geometry.Bounds target = fx(() -> { javafx.scene.Node n = shown.apply(item).orElseThrow(); return n.localToScreen(n.getLayoutBounds()); });
        robot.moveTo(new javafx.geometry.Point2D(target.getMinX() + 10, export.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(target.getMinX() + 10, target.getCenterY()));
        robot.clickOn(shown.apply(item).orElseThrow());
    }
}
