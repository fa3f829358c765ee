package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.ScenarioStrip;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.theme.Appearance;
import dev.zmqstudio.ui.theme.ThemeSetting;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The designer's window as its first frame shows it: the diagram in its final place and size, and empty slots,
 * in the panels' colours, where the menus and toolbar, palette, properties, bottom tabs and status bar go.
 * {@link DesignerWindow} fills the slots. At start-up the app shows the frame first and fills it once that frame is
 * on the screen, so the diagram appears without waiting for the controls around it
 * (docs/decisions/first-frame.md).
 */
final class WindowFrame {
    /** The menu bar and toolbar's height, kept free until they come, so the diagram does not move when they do. */
    static final double TOP_HEIGHT = 68;
    static final double STATUS_HEIGHT = 23;
    static final double PALETTE_MIN_WIDTH = 150;
    static final double PROPERTIES_MIN_WIDTH = 270;

    private final Stage stage;
    private final Editor editor = new Editor();
    private final DiagramCanvas canvas = new DiagramCanvas(editor);
    private final ScenarioStrip scenarioStrip = new ScenarioStrip();
    /** The canvas with what runs along under it: the scenario strip, a replay's timeline. */
    private final VBox canvasColumn = new VBox();
    private final VBox top = new VBox();
    private final StackPane paletteSlot = slot("palette-slot");
    private final StackPane propertiesSlot = slot("properties-slot");
    private final StackPane bottomSlot = slot("bottom-slot");
    private final StackPane statusSlot = slot("status-slot");
    private final StackPane root;
    private final Scene scene;
    private final Appearance appearance;
    private boolean filled;

    WindowFrame(Stage stage, ThemeSetting theme, double width, double height) {
        this.stage = stage;
        canvasColumn.getChildren().addAll(canvas, scenarioStrip);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        scenarioStrip.show(editor.topology().scenario());
        editor.document().topologyProperty().addListener((obs, before, after) -> {
            if (!before.scenario().equals(after.scenario())) {
                scenarioStrip.show(after.scenario());
            }
        });

        SplitPane centre = new SplitPane(canvasColumn, bottomSlot);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(bottomSlot, false);
        SplitPane main = new SplitPane(paletteSlot, centre, propertiesSlot);
        main.setDividerPositions(0.13, 0.77);
        SplitPane.setResizableWithParent(paletteSlot, false);
        SplitPane.setResizableWithParent(propertiesSlot, false);
        paletteSlot.setMinWidth(PALETTE_MIN_WIDTH);
        propertiesSlot.setMinWidth(PROPERTIES_MIN_WIDTH);
        top.getStyleClass().add("top-slot");
        top.setMinHeight(TOP_HEIGHT);
        statusSlot.setMinHeight(STATUS_HEIGHT);

        BorderPane layout = new BorderPane(main);
        layout.setTop(top);
        layout.setBottom(statusSlot);
        root = new StackPane(layout);
        root.getStyleClass().add("designer-root");
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                WindowFrame.class.getResource("designer.css"), "designer.css").toExternalForm());
        stage.setScene(scene);
        appearance = new Appearance(stage, theme, Platform.getPreferences().colorSchemeProperty());
        stage.titleProperty().bind(editor.document().titleBinding());
        WindowFit fit = WindowFit.on(Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(fit.minWidth());
        stage.setMinHeight(fit.minHeight());
    }

    private static StackPane slot(String styleClass) {
        StackPane slot = new StackPane();
        slot.getStyleClass().addAll("panel-slot", styleClass);
        return slot;
    }

    /** Puts the window's parts in their slots; {@code overlay} goes above everything (a dragged node's ghost). */
    void fill(List<Node> topBars, Node palette, Node properties, Node bottom, Node status, Node overlay) {
        if (filled) {
            throw new IllegalStateException("the window frame is filled already");
        }
        filled = true;
        top.setMinHeight(Region.USE_COMPUTED_SIZE);
        top.getStyleClass().remove("top-slot"); // the toolbar draws its own edge
        top.getChildren().setAll(topBars);
        paletteSlot.getChildren().setAll(palette);
        propertiesSlot.getChildren().setAll(properties);
        bottomSlot.getChildren().setAll(bottom);
        statusSlot.setMinHeight(Region.USE_COMPUTED_SIZE);
        statusSlot.getChildren().setAll(status);
        root.getChildren().add(overlay);
    }

    /**
     * Loads {@code file} into the editor, to show it in the first frame. False, showing nothing, when it cannot be
     * read: the built window opens it again and says why.
     */
    boolean preview(Path file) {
        try {
            editor.document().replace(TopologyFiles.load(file), file);
            return true;
        } catch (TopologyFormatException | RuntimeException e) {
            return false;
        }
    }

    Stage stage() {
        return stage;
    }

    Editor editor() {
        return editor;
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    ScenarioStrip scenarioStrip() {
        return scenarioStrip;
    }

    VBox canvasColumn() {
        return canvasColumn;
    }

    StackPane root() {
        return root;
    }

    Scene scene() {
        return scene;
    }

    Appearance appearance() {
        return appearance;
    }
}
