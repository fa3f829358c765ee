package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;

/** One undoable edit of the topology. Commands never issue other commands (the manager refuses it). */
public interface Command {

    /** Applies the edit to {@code current} and returns the new topology. */
    Topology execute(Topology current);

    /** Reverses the last {@link #execute}; {@code current} is what execute returned. */
    Topology undo(Topology current);

    /** Short text for menus and the console ("Move 3 nodes"). */
    String description();
}
