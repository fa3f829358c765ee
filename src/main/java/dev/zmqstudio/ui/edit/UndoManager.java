package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Runs commands against a topology property and keeps bounded undo/redo stacks. The dirty flag is derived from
 * the stack position: the absolute index of the last executed command versus the index at the last save.
 */
public final class UndoManager {

    public static final int DEFAULT_LIMIT = 500;

    private final ObjectProperty<Topology> target;
    private final int limit;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private int dropped;
    private int savedPosition;
    private boolean running;

    public UndoManager(ObjectProperty<Topology> target, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.target = target;
        this.limit = limit;
    }

    public void execute(Command command) {
        run(() -> target.set(command.execute(target.get())));
        if (savedPosition > position()) {
            savedPosition = -1;
        }
        undone.clear();
        done.push(command);
        if (done.size() > limit) {
            done.removeLast();
            dropped++;
        }
        changed();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Command command = done.peek();
        run(() -> target.set(command.undo(target.get())));
        undone.push(done.pop());
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Command command = undone.peek();
        run(() -> target.set(command.execute(target.get())));
        done.push(undone.pop());
        changed();
    }

    /** Forgets the history, e.g. after opening another file; the current state counts as saved. */
    public void reset() {
        done.clear();
        undone.clear();
        dropped = 0;
        savedPosition = 0;
        changed();
    }

    public void markSaved() {
        savedPosition = position();
        changed();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(Command::description);
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private int position() {
        return dropped + done.size();
    }

    private void run(Runnable step) {
        if (running) {
            throw new IllegalStateException("a command may not run another command");
        }
        running = true;
        try {
            step.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        dirty.set(position() != savedPosition);
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        revision.set(revision.get() + 1);
    }
}
