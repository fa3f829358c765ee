package dev.zmqstudio.ui;

/**
 * How the simulation plugs into the designer: given the window (its {@link DesignerWindow#editor()} holds the
 * topology, its {@link DesignerWindow#canvas()} the node views with their {@code .node-count} labels), return the
 * controls behind Run, Stop, Pause, Step and the speed box ({@link DesignerServices#standard()} uses the live
 * simulation; tests may hand in their own). It is called while the window is being built: editor and canvas are
 * ready, the scene is not yet.
 */
@FunctionalInterface
public interface RunActionsFactory {

    RunActions create(DesignerWindow window);
}
