package dev.zmqstudio.ui;

import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.palette.DropTarget;
import dev.zmqstudio.ui.palette.Palette;
import dev.zmqstudio.ui.properties.PropertiesPanel;
import dev.zmqstudio.ui.theme.Appearance;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The designer's main window: menu and toolbar on top, palette left, canvas centre, properties right, console and
 * problems below, status bar at the bottom. It wires the parts to one shared {@link Editor}.
 */
public final class DesignerWindow {

    private final Stage stage;
    private final WindowFrame frame;
    private final Editor editor;
    private final DiagramCanvas canvas;
    private final FileActions files;
    private final EditActions edits;
    private final ActionSet actions;
    private final Scene scene;
    private final Prompts prompts;
    private final RunActions runs;
    private final Appearance appearance;

    public DesignerWindow(Stage stage, DesignerServices services, double width, double height) {
        this(new WindowFrame(stage, services.theme(), width, height), services);
    }

    /** Builds the window's parts into {@code frame}, which may be on the screen already, showing the diagram. */
    DesignerWindow(WindowFrame frame, DesignerServices services) {
        this.frame = frame;
        this.stage = frame.stage();
        this.editor = frame.editor();
        this.canvas = frame.canvas();
        this.scene = frame.scene();
        this.appearance = frame.appearance();
        this.prompts = services.prompts();
        runs = services.runActions().create(this);
        files = new FileActions(editor, canvas, services, () -> stage);
        edits = new EditActions(editor, canvas);
        actions = new ActionSet(editor, canvas, files, edits, runs, this::quit, () -> scene);

        Pane ghostLayer = new Pane();
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        Palette palette = new Palette(dropTarget(), ghostLayer);
        PropertiesPanel properties = new PropertiesPanel(editor);
        TabPane bottom = new TabPane(tab("Console", new ConsoleView(editor)), problemsTab(), faultsTab());
        bottom.setId("bottom-tabs");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        frame.fill(List.of(MainMenu.build(actions, services, files, new HelpWindows(stage)), MainToolBar.build(actions, runs)),
                palette, properties, bottom, new StatusBar(editor, canvas.viewport()), ghostLayer);

        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), () -> actions.redo.handler().run());
        scene.getAccelerators().put(KeyCombination.valueOf("Backspace"), () -> actions.delete.handler().run());
        canvas.setOnContextMenuRequested(e -> contextMenu().show(canvas, e.getScreenX(), e.getScreenY()));
        AppIcons.apply(stage);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private Tab faultsTab() {
        FaultsView view = new FaultsView(editor, canvas::reveal);
        Tab tab = tab("Faults", view);
        tab.setId("faults-tab");
        Runnable title = () -> tab.setText(view.count() == 0 ? "Faults" : "Faults (" + view.count() + ")");
        editor.document().topologyProperty().addListener((obs, before, after) -> title.run());
        title.run();
        return tab;
    }

    private Tab problemsTab() {
        Tab tab = tab("Problems", new ProblemsView(editor, canvas::reveal));
        // The frame may show a diagram already: the title counts its problems from the start.
        Runnable title = () -> tab.setText(editor.problems().isEmpty() ? "Problems" : "Problems (" + editor.problems().size() + ")");
        editor.problems().addListener((javafx.collections.ListChangeListener<dev.zmqstudio.model.Problem>) c -> title.run());
        title.run();
        return tab;
    }

    private DropTarget dropTarget() {
        return new DropTarget() {
            @Override
            public boolean accepts(Point2D scenePoint) {
                Point2D local = canvas.sceneToLocal(scenePoint);
                return local != null && canvas.getLayoutBounds().contains(local);
            }

            @Override
            public void drop(NodeType type, Point2D scenePoint) {
                edits.addNode(type, canvas.sceneToWorld(scenePoint.getX(), scenePoint.getY()), false);
            }

            @Override
            public void dropAtCentre(NodeType type) {
                edits.addNode(type, canvas.visibleCentre(), true);
            }
        };
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        String id = editor.selection().single();
        var t = editor.topology();
        if (id != null && t.node(id).isPresent()) {
            var live = runs.nodeMenuItems(id);
            if (!live.isEmpty()) {
                menu.getItems().addAll(live);
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(actions.feedInto.menuItem(), actions.duplicate.menuItem(), actions.copy.menuItem(),
                    new SeparatorMenuItem(), actions.delete.menuItem());
        } else if (id != null && t.wire(id).isPresent()) {
            menu.getItems().addAll(cutOrHeal(t.wire(id).get()), new SeparatorMenuItem(), actions.swap.menuItem(),
                    new SeparatorMenuItem(), actions.delete.menuItem());
        } else if (!editor.selection().isEmpty()) {
            menu.getItems().addAll(actions.duplicate.menuItem(), actions.copy.menuItem(), actions.delete.menuItem());
        } else {
            menu.getItems().addAll(actions.paste.menuItem(), actions.selectAll.menuItem(), actions.fit.menuItem());
        }
        menu.setId("canvas-menu");
        return menu;
    }

    /** Cut wire / Heal wire: an undoable edit that a run applies at once to a wire it carries through a proxy. */
    private javafx.scene.control.MenuItem cutOrHeal(dev.zmqstudio.model.Wire wire) {
        boolean cut = wire.faults() != null && wire.faults().cut();
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(cut ? "Heal wire" : "Cut wire");
        item.setId(cut ? "heal-wire" : "cut-wire");
        dev.zmqstudio.model.WireFaults now = wire.faults() == null ? dev.zmqstudio.model.WireFaults.NONE : wire.faults();
        item.setOnAction(e -> editor.execute(dev.zmqstudio.ui.edit.Edits.changeWireFaults(wire.id(), now.withCut(!cut))));
        return item;
    }

    public void show() {
        stage.show();
        canvas.requestFocus();
    }

    /** Opens a file without asking (start-up); false and an error dialog when it cannot be read. */
    public boolean open(Path file) {
        return files.openFile(file);
    }

    /** Opens a recording for replay (start-up), playing it when {@code play}; completes once it shows (or failed). */
    public java.util.concurrent.CompletableFuture<Boolean> openRecording(Path file, boolean play) {
        return runs.openRecording(file, play);
    }

    /** Whether {@code file} is a recording (by its name), to replay rather than edit. */
    public static boolean isRecording(Path file) {
        return FileActions.isRecording(file);
    }

    private void quit() {
        if (files.confirmDiscard()) {
            stage.close();
        }
    }

    public Editor editor() {
        return editor;
    }

    /** The scenario's timeline under the canvas (hidden without a scenario). */
    public dev.zmqstudio.ui.canvas.ScenarioStrip scenarioStrip() {
        return frame.scenarioStrip();
    }

    /** The column of the canvas and the bars under it (a replay adds its timeline here). */
    public VBox canvasColumn() {
        return frame.canvasColumn();
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public Scene scene() {
        return scene;
    }

    ActionSet actions() {
        return actions;
    }

    FileActions files() {
        return files;
    }

    EditActions edits() {
        return edits;
    }

    public Stage stage() {
        return stage;
    }

    /** Light or dark, as the View > Theme setting (or the desktop) says. */
    public Appearance appearance() {
        return appearance;
    }

    /** Run, Stop and the state they show. */
    public RunActions runs() {
        return runs;
    }

    /** The questions this window may ask the user (the simulation asks before launching a file's programs). */
    public Prompts prompts() {
        return prompts;
    }
}
