package dev.zmqstudio.ui;

import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.ScenarioTime;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Faults tab: every wire carried through a fault proxy with what its network does, buttons to cut, heal or
 * clear the selected one (undoable edits; while running they apply to the running wire at once), to carry the wire
 * selected on the canvas through a proxy, and the scenario in time order. Selecting a row selects its wire.
 */
final class FaultsView extends HBox {
    private final Editor editor;
    private final TableView<Wire> wires = new TableView<>();
    private final ListView<String> scenario = new ListView<>();
    private final Button cut = new Button("Cut");
    private final Button heal = new Button("Heal");
    private final Button clear = new Button("Remove Faults");
    private final Button add = new Button("Add Selected Wire");

    FaultsView(Editor editor, Consumer<String> reveal) {
        super(12);
        this.editor = editor;
        setId("faults");
        setPadding(new Insets(6));
        wires.setId("faults-table");
        scenario.setId("faults-scenario");
        cut.setId("faults-cut");
        heal.setId("faults-heal");
        clear.setId("faults-remove");
        add.setId("faults-add");
        wires.setPlaceholder(new Label("No wire has faults: select a wire and Add Selected Wire, or use its Network properties."));
        wires.getColumns().setAll(List.of(
                column("wire", 120, Wire::id),
                column("connects → binds", 200, w -> w.from() + " → " + w.to()),
                column("network", 260, w -> w.faults().cut() ? "cut" : w.faults().any() ? w.faults().label() : "no faults set")));
        wires.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scenario.setPlaceholder(new Label("No scenario. In the file: \"scenario\": [{\"at\": \"5s\", \"cut\": \"w1\"}, ...]"));
        cut.setOnAction(e -> change(f -> f.withCut(true)));
        heal.setOnAction(e -> change(f -> f.withCut(false)));
        clear.setOnAction(e -> selected().ifPresent(w -> editor.execute(Edits.changeWireFaults(w.id(), null))));
        add.setOnAction(e -> {
            String id = editor.selection().single();
            editor.topology().wire(id).filter(w -> w.faults() == null)
                    .ifPresent(w -> editor.execute(Edits.changeWireFaults(w.id(), WireFaults.NONE)));
        });
        wires.getSelectionModel().selectedItemProperty().addListener((obs, was, w) -> {
            if (w != null && !w.id().equals(editor.selection().single())) {
                editor.selection().selectOnly(w.id());
                reveal.accept(w.id());
            }
            buttons();
        });
        editor.selection().ids().addListener((javafx.collections.SetChangeListener<String>) c -> {
            String id = editor.selection().single(); // a faulted wire picked on the canvas is picked here too
            wires.getItems().stream().filter(w -> w.id().equals(id)).findFirst()
                    .ifPresent(w -> wires.getSelectionModel().select(w));
            buttons();
        });
        editor.document().topologyProperty().addListener((obs, before, after) -> show(after));
        Label wiresTitle = new Label("Wires with faults");
        wiresTitle.getStyleClass().add("faults-title");
        Label scenarioTitle = new Label("Scenario (from when the start gate opens)");
        scenarioTitle.getStyleClass().add("faults-title");
        HBox actions = new HBox(6, cut, heal, clear, add);
        VBox.setVgrow(wires, Priority.ALWAYS);
        VBox.setVgrow(scenario, Priority.ALWAYS);
        VBox left = new VBox(4, wiresTitle, wires, actions);
        VBox right = new VBox(4, scenarioTitle, scenario);
        right.setPrefWidth(330);
        right.setMinWidth(220);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, right);
        show(editor.topology());
    }

    private static TableColumn<Wire, String> column(String title, double width, Function<Wire, String> text) {
        TableColumn<Wire, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private java.util.Optional<Wire> selected() {
        Wire w = wires.getSelectionModel().getSelectedItem();
        return w == null ? java.util.Optional.empty() : editor.topology().wire(w.id());
    }

    private void change(java.util.function.UnaryOperator<WireFaults> f) {
        selected().filter(w -> w.faults() != null).ifPresent(w -> {
            WireFaults next = f.apply(w.faults());
            if (!next.equals(w.faults())) {
                editor.execute(Edits.changeWireFaults(w.id(), next));
            }
        });
    }

    private void show(Topology t) {
        String keep = selected().map(Wire::id).orElse(null);
        List<Wire> faulted = t.wires().stream().filter(w -> w.faults() != null).toList();
        if (!faulted.equals(wires.getItems())) {
            wires.getItems().setAll(faulted);
            faulted.stream().filter(w -> w.id().equals(keep)).findFirst().ifPresent(w -> wires.getSelectionModel().select(w));
        }
        List<String> events = t.scenario().stream().sorted(Comparator.comparingLong(ScenarioEvent::atMillis))
                .map(e -> ScenarioTime.format(e.atMillis()) + "   " + e.describe()).toList();
        if (!events.equals(scenario.getItems())) {
            scenario.getItems().setAll(events);
        }
        buttons();
    }

    private void buttons() {
        java.util.Optional<Wire> w = selected();
        cut.setDisable(w.isEmpty() || w.get().faults().cut());
        heal.setDisable(w.isEmpty() || !w.get().faults().cut());
        clear.setDisable(w.isEmpty());
        String id = editor.selection().single();
        add.setDisable(id == null || editor.topology().wire(id).map(x -> x.faults() != null).orElse(true));
    }

    /** How many wires have faults, for the tab's title. */
    int count() {
        return wires.getItems().size();
    }
}
