package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A command given as a pure function of the topology. The model is immutable, so undo simply restores the
 * topology the command started from; redo re-applies the function to that same topology, giving the same result.
 */
public final class Edit implements Command {

    private final String description;
    private final UnaryOperator<Topology> change;
    private Topology before;

    public Edit(String description, UnaryOperator<Topology> change) {
        this.description = Objects.requireNonNull(description, "description");
        this.change = Objects.requireNonNull(change, "change");
    }

    @Override
    public Topology execute(Topology current) {
        before = current;
        return change.apply(current);
    }

    @Override
    public Topology undo(Topology current) {
        if (before == null) {
            throw new IllegalStateException("undo before execute: " + description);
        }
        return before;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
