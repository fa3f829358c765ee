package dev.zmqstudio.ui;

import dev.zmqstudio.io.AppVersion;
import dev.zmqstudio.io.SchemaReference;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Help menu's windows: keyboard shortcuts and mouse gestures, the topology file format (read from the published
 * JSON Schema, so it never drifts), and About. Each opens once, beside the main window, and never blocks it.
 */
final class HelpWindows {

    /** One row of the shortcuts table. */
    record Shortcut(String action, String keys) {
    }

    static final List<Shortcut> GESTURES = List.of(
            new Shortcut("Add a node", "drag it from the palette, or double-click it there"),
            new Shortcut("Wire two sockets", "drag from a node's handle to another node"),
            new Shortcut("Link (feed one node into another)", "Alt+drag from a node, or Edit > Feed Into…"),
            new Shortcut("Select several", "drag a rectangle on empty canvas; Shift/Ctrl+click toggles"),
            new Shortcut("Pan", "scroll, middle-drag, or Space+drag"),
            new Shortcut("Zoom", "Ctrl+scroll"),
            new Shortcut("Kill or restart a child-process node", "right-click it while running"));

    private final Window owner;
    private Stage shortcuts;
    private Stage format;
    private Stage about;

    HelpWindows(Window owner) {
        this.owner = owner;
    }

    static List<Shortcut> shortcutsOf(List<UiAction> actions) {
        List<Shortcut> rows = new ArrayList<>();
        for (UiAction a : actions) {
            if (a.accelerator() != null) {
                rows.add(new Shortcut(a.text().replace("…", ""), a.accelerator().getDisplayText()));
            }
        }
        rows.addAll(GESTURES);
        return rows;
    }

    void showShortcuts(List<UiAction> actions) {
        shortcuts = show(shortcuts, "Keyboard Shortcuts", () -> table("help-shortcuts", shortcutsOf(actions),
                column("Action", Shortcut::action, 260), column("Keys or gesture", Shortcut::keys, 360)), 660, 560);
    }

    void showFileFormat() {
        format = show(format, "Topology File Format", () -> {
            Label intro = new Label("A topology is a JSON file (\"format\": 1). These are its fields, from the JSON Schema "
                    + "shipped with the app (src/main/resources/dev/zmqstudio/io/topology.schema.json in the sources).");
            intro.setWrapText(true);
            TableView<SchemaReference.Field> fields = table("help-format", SchemaReference.fields(),
                    column("Part", SchemaReference.Field::part, 110), column("Field", SchemaReference.Field::name, 130),
                    column("Type", SchemaReference.Field::type, 150), column("Meaning", SchemaReference.Field::description, 520));
            VBox box = new VBox(8, intro, fields);
            VBox.setVgrow(fields, javafx.scene.layout.Priority.ALWAYS);
            box.setPadding(new Insets(10));
            return box;
        }, 960, 640);
    }

    void showAbout() {
        about = show(about, "About ZMQ Studio", HelpWindows::aboutContent, 460, 260);
    }

    static String aboutText() {
        return "ZMQ Studio " + AppVersion.current() + "\n"
                + "Design ZeroMQ topologies and run them for real.\n\n"
                + "JeroMQ 0.6.0 · JavaFX " + System.getProperty("javafx.runtime.version", "?") + " · Java " + Runtime.version();
    }

    private static Parent aboutContent() {
        ImageView logo = new ImageView(AppIcons.images().isEmpty() ? null : AppIcons.images().getLast());
        logo.setFitWidth(96);
        logo.setPreserveRatio(true);
        Label text = new Label(aboutText());
        text.setId("help-about-text");
        text.setWrapText(true);
        HBox box = new HBox(16, logo, text);
        box.setPadding(new Insets(20));
        return box;
    }

    private Stage show(Stage existing, String title, java.util.function.Supplier<Parent> content, double width, double height) {
        Stage stage = existing;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(title);
            Scene scene = new Scene(content.get(), width, height);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
            AppIcons.apply(stage);
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    @SafeVarargs
    private static <T> TableView<T> table(String id, List<T> rows, TableColumn<T, String>... columns) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getItems().setAll(rows);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
