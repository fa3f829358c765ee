package dev.zmqstudio.ui;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.ConsoleLine;
import dev.zmqstudio.ui.edit.Editor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the console shows: the editor's bounded lines filtered by node and by a case-insensitive search, whether
 * the view follows the newest line, and the count ("1,234 lines", "56 of 1,234 shown"). No scene graph here.
 */
final class ConsoleModel {
    private final ObservableList<ConsoleLine> all;
    private final Editor editor;
    private final FilteredList<ConsoleLine> shown;
    private final ObservableList<String> nodeIds = FXCollections.observableArrayList();
    private final ObjectProperty<String> node = new SimpleObjectProperty<>(this, "node");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final StringBinding count;

    ConsoleModel(Editor editor) {
        this.editor = editor;
        all = editor.console();
        shown = new FilteredList<>(all);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, node, search));
        count = Bindings.createStringBinding(this::describeCount, all, shown, editor.consoleScrolledOutProperty());
        editor.document().topologyProperty().addListener((obs, old, t) -> showNodesOf(t));
        showNodesOf(editor.topology());
    }

    /** Null shows every line; a filter re-tests only the lines that arrive, not the whole list. */
    private Predicate<ConsoleLine> predicate() {
        String id = node.get();
        String query = search.get() == null ? "" : search.get();
        if (id == null && query.isEmpty()) {
            return null;
        }
        return line -> (id == null || id.equals(line.nodeId()))
                && (query.isEmpty() || containsIgnoreCase(line.toString(), query));
    }

    static boolean containsIgnoreCase(String text, String query) {
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return true;
            }
        }
        return false;
    }

    private String describeCount() {
        int total = all.size();
        long older = editor.consoleScrolledOutProperty().get();
        String scrolledOut = older == 0 ? "" : String.format(" (the newest; %,d older dropped)", older);
        return (shown.getPredicate() == null
                ? String.format("%,d %s", total, total == 1 ? "line" : "lines")
                : String.format("%,d of %,d shown", shown.size(), total)) + scrolledOut;
    }

    /** The filter offers the topology's nodes, sorted; a filter on a node that is gone falls back to all nodes. */
    private void showNodesOf(Topology topology) {
        List<String> ids = topology.nodes().stream().map(Node::id).sorted().toList();
        if (!ids.equals(nodeIds)) {
            nodeIds.setAll(ids);
        }
        if (node.get() != null && !ids.contains(node.get())) {
            node.set(null);
        }
    }

    /** Empties the console (the count shows 0 lines; lines that arrive afterwards show as usual). */
    void clear() {
        editor.clearConsole();
    }

    /**
     * Where {@code line} is among the shown lines or, when the filter hides it, the first shown line after it; 0 when
     * the line is gone from the console, the last line when nothing after it shows.
     */
    int nearestShownIndex(ConsoleLine line) {
        int source = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) == line) {
                source = i;
                break;
            }
        }
        if (source < 0) {
            return 0;
        }
        for (int i = source; i < all.size(); i++) {
            int view = shown.getViewIndex(i);
            if (view >= 0) {
                return view;
            }
        }
        return shown.size() - 1;
    }

    ObservableList<ConsoleLine> shown() {
        return shown;
    }

    ObservableList<ConsoleLine> all() {
        return all;
    }

    /** The node ids of the current topology, sorted. */
    ObservableList<String> nodeIds() {
        return nodeIds;
    }

    /** The node whose lines are shown; null: every line, the designer's own included. */
    ObjectProperty<String> nodeProperty() {
        return node;
    }

    StringProperty searchProperty() {
        return search;
    }

    BooleanProperty followProperty() {
        return follow;
    }

    ObservableStringValue count() {
        return count;
    }
}
