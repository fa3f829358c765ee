package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.TopologyValidation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state every view of the designer shares: the document, the selection, the status line, the console, the
 * validation problems and the view toggles. Views listen to these few signals instead of to each other.
 */
public final class Editor {

    /** The console keeps the newest lines only, so a long run cannot fill the memory. */
    public static final int CONSOLE_LINES = 5000;

    private final Document document = new Document();
    private final Selection selection = new Selection();
    private final Status status = new Status();
    private final ObservableList<ConsoleLine> console = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyLongWrapper consoleScrolledOut = new javafx.beans.property.ReadOnlyLongWrapper(this, "consoleScrolledOut");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Map<String, Problem> worstProblem = new HashMap<>();
    private final BooleanProperty grid = new SimpleBooleanProperty(this, "grid", true);
    private final BooleanProperty snap = new SimpleBooleanProperty(this, "snap", true);
    private PortPicker ports = PortPicker.onThisMachine();

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

    /** Logs one of the designer's own lines (not from a node). */
    public void log(String text) {
        logAll(List.of(ConsoleLine.now(null, text)));
    }

    /**
     * Appends several lines at once (the simulation hands over a frame's worth), first dropping the
     * oldest lines beyond {@link #CONSOLE_LINES}.
     */
    public void logAll(List<ConsoleLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<ConsoleLine> kept = lines.size() > CONSOLE_LINES
                ? lines.subList(lines.size() - CONSOLE_LINES, lines.size()) : lines;
        int excess = console.size() + kept.size() - CONSOLE_LINES;
        long scrolledOut = lines.size() - kept.size();
        if (excess > 0) {
            console.remove(0, excess);
            scrolledOut += excess;
        }
        if (scrolledOut > 0) {
            consoleScrolledOut.set(consoleScrolledOut.get() + scrolledOut);
        }
        console.addAll(kept);
    }

    /** Lines dropped from the top of the console to keep it at {@link #CONSOLE_LINES}, since it was last cleared. */
    public javafx.beans.property.ReadOnlyLongProperty consoleScrolledOutProperty() {
        return consoleScrolledOut.getReadOnlyProperty();
    }

    /** Empties the console. */
    public void clearConsole() {
        console.clear();
        consoleScrolledOut.set(0);
    }

    private void validate(Topology topology) {
        List<Problem> found;
        try {
            found = TopologyValidation.validate(topology);
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

    /** The newest {@link #CONSOLE_LINES} lines, oldest first. */
    public ObservableList<ConsoleLine> console() {
        return console;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** How new binds get their tcp port (free in the topology and on this machine). */
    public PortPicker ports() {
        return ports;
    }

    /** Tests choose where ports start and what counts as free. */
    public void usePorts(PortPicker picker) {
        ports = java.util.Objects.requireNonNull(picker, "picker");
    }

    public BooleanProperty gridProperty() {
        return grid;
    }

    public BooleanProperty snapProperty() {
        return snap;
    }
}
