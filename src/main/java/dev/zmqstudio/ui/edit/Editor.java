package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state every view of the designer shares: the document, the selection, the status line, the console, the
 * validation problems and the view toggles. Views listen to these few signals instead of to each other.
 */
public final class Editor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Document document = new Document();
    private final Selection selection = new Selection();
    private final Status status = new Status();
    private final ObservableList<String> console = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Map<String, Problem> worstProblem = new HashMap<>();
    private final BooleanProperty grid = new SimpleBooleanProperty(this, "grid", true);
    private final BooleanProperty snap = new SimpleBooleanProperty(this, "snap", true);
    private boolean validatorMissingReported;

    public Editor() {
        document.topologyProperty().addListener((obs, old, t) -> {
            selection.retainExisting(t);
            validate(t);
        });
        validate(document.topology());
    }

    /** Runs an edit; a failing edit leaves the topology as it was and says why in the status bar. */
    public boolean execute(Command command) {
        try {
            document.execute(command);
            log(command.description());
            return true;
        } catch (RuntimeException e) {
            status.error(command.description() + " failed: " + e.getMessage());
            log("error: " + command.description() + " failed: " + e);
            return false;
        }
    }

    public void undo() {
        document.history().undoDescription().ifPresent(d -> {
            status.info("Undo " + d);
            log("Undo " + d);
        });
        document.history().undo();
    }

    public void redo() {
        document.history().redoDescription().ifPresent(d -> {
            status.info("Redo " + d);
            log("Redo " + d);
        });
        document.history().redo();
    }

    public void log(String line) {
        logAll(List.of(line));
    }

    /** Appends several lines in one change (the simulation hands over a frame's worth at once). */
    public void logAll(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String time = LocalTime.now().format(TIME) + "  ";
        console.addAll(lines.stream().map(l -> time + l).toList());
        if (console.size() > 5000) {
            console.remove(0, console.size() - 5000);
        }
    }

    private void validate(Topology topology) {
        List<Problem> found;
        try {
            found = Validator.validate(topology);
        } catch (UnsupportedOperationException e) {
            if (!validatorMissingReported) {
                log("Validation is not available in this build yet.");
                validatorMissingReported = true;
            }
            found = List.of();
        } catch (RuntimeException e) {
            log("error: validation failed: " + e);
            found = List.of();
        }
        worstProblem.clear();
        for (Problem p : found) {
            if (p.subjectId() != null) {
                worstProblem.merge(p.subjectId(), p, (a, b) -> a.isError() ? a : b);
            }
        }
        problems.setAll(found);
    }

    /** The most severe problem of a node, wire or link, for its badge. */
    public Optional<Problem> problemOf(String id) {
        return Optional.ofNullable(worstProblem.get(id));
    }

    public Document document() {
        return document;
    }

    public Topology topology() {
        return document.topology();
    }

    public Selection selection() {
        return selection;
    }

    public Status status() {
        return status;
    }

    public ObservableList<String> console() {
        return console;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public BooleanProperty gridProperty() {
        return grid;
    }

    public BooleanProperty snapProperty() {
        return snap;
    }
}
