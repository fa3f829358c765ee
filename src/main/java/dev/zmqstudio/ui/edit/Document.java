package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/** The topology being edited, the file it belongs to and its edit history. */
public final class Document {

    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final UndoManager history = new UndoManager(topology, UndoManager.DEFAULT_LIMIT);
    private final StringBinding title;
    private final javafx.beans.property.ReadOnlyIntegerWrapper replacements = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "replacements");

    public Document() {
        topology.set(Topology.empty(""));
        title = Bindings.createStringBinding(this::computeTitle, topology, file, history.dirtyProperty());
    }

    /** Replaces the whole document (New, Open); the history starts afresh and nothing is dirty. */
    public void replace(Topology newTopology, Path newFile) {
        topology.set(newTopology);
        file.set(newFile);
        history.reset();
        replacements.set(replacements.get() + 1);
    }

    /** Counts New and Open: what belonged to the previous document (a finished run's numbers) listens to it. */
    public javafx.beans.property.ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    public void execute(Command command) {
        history.execute(command);
    }

    public void saved(Path path) {
        file.set(path);
        history.markSaved();
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public UndoManager history() {
        return history;
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** The name users see: the topology's name, else the file name, else "Untitled". */
    public String displayName() {
        Topology t = topology.get();
        if (!t.name().isBlank()) {
            return t.name();
        }
        if (file.get() != null) {
            String name = file.get().getFileName().toString();
            return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        }
        return "Untitled";
    }

    /** "name — ZMQ Studio", with "• " in front while there are unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    private String computeTitle() {
        return (history.isDirty() ? "• " : "") + displayName() + " — ZMQ Studio";
    }
}
