package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a recorded run from the designer keeps: every message, or only the wires selected when Run was pressed, and
 * every message or one in N per wire (Run > Record Only Selected Wires, Run > Record One Message In).
 */
final class RecordingChoices {
    static final List<Integer> EVERY = List.of(1, 10, 100, 1000);

    /** Where to record, which wires (empty: all), one message in {@code every}. */
    record Choice(Path file, Set<String> wires, int every) {
        String describe() {
            return (every == 1 ? "every message" : "one message in " + every) + (wires.isEmpty() ? ""
                    : " on " + String.join(", ", wires));
        }
    }

    private final CheckMenuItem selectedOnly = new CheckMenuItem("Record Only Selected Wires");
    private final ToggleGroup every = new ToggleGroup();

    RecordingChoices() {
        selectedOnly.setId("menu-record-selected");
    }

    List<MenuItem> menuItems(BooleanProperty recordRuns) {
        Menu oneIn = new Menu("Record One Message In");
        oneIn.setId("menu-record-every");
        for (int n : EVERY) {
            RadioMenuItem item = new RadioMenuItem(n == 1 ? "Every message" : "1 in " + n);
            item.setId("menu-record-every-" + n);
            item.setUserData(n);
            item.setToggleGroup(every);
            item.setSelected(n == 1);
            oneIn.getItems().add(item);
        }
        selectedOnly.disableProperty().bind(recordRuns.not());
        oneIn.disableProperty().bind(recordRuns.not());
        return List.of(selectedOnly, oneIn);
    }

    /** The choice for a run starting now, {@code selection} being what is selected on the canvas. */
    Choice at(Path file, Collection<String> selection, Topology topology) {
        Set<String> wires = new TreeSet<>();
        if (selectedOnly.isSelected()) {
            selection.stream().filter(id -> topology.wire(id).isPresent()).forEach(wires::add);
        }
        int n = every.getSelectedToggle() == null ? 1 : (Integer) every.getSelectedToggle().getUserData();
        return new Choice(file, wires, n);
    }
}
