package dev.zmqstudio.ui;

import javafx.stage.Window;

/** Questions and errors shown to the user. The real one uses Alerts; tests answer in code. */
public interface Prompts {

    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** What to do when another program holds ports the topology binds. */
    enum BusyPorts { USE_FREE_PORTS, RUN_ANYWAY, CANCEL }

    /** "Save changes to NAME?" before New, Open or Quit. */
    Unsaved askSaveChanges(Window owner, String documentName);

    void showError(Window owner, String title, String message);

    /**
     * "NAME is read-only: save under another name?" after a save was refused ({@code message} says why); true to
     * choose another file. Prompts that cannot ask say no, and the work stays unsaved (and marked so).
     */
    default boolean offerSaveAs(Window owner, String fileName, String message) {
        return false;
    }

    /**
     * "This file launches programs: trust it?" before a run starts the commands a topology names. A file never
     * launches programs silently; prompts that cannot ask (unattended runs) say no.
     */
    default boolean trustCommands(Window owner, String documentName, java.util.List<String> commands) {
        return false;
    }

    /**
     * "Port 5555 of node X is in use by another program: use 5601 instead?" before a run, for every bind in
     * {@code busy}. Prompts that cannot ask run anyway: the node then reports that its bind failed.
     */
    default BusyPorts askBusyPorts(Window owner, java.util.List<dev.zmqstudio.ui.edit.PortMove> busy) {
        return BusyPorts.RUN_ANYWAY;
    }

    /**
     * File > New from Generator: asks for a kind and its numbers and returns what they make; empty when cancelled.
     * Prompts that cannot ask make nothing.
     */
    default java.util.Optional<dev.zmqstudio.model.Topology> askGenerated(Window owner) {
        return java.util.Optional.empty();
    }

    /**
     * File > Attach to Deployment: the endpoint where the deployment's {@code hosts} report (their {@code node ...
     * --telemetry ENDPOINT}), {@code suggestion} filled in; empty when cancelled. Prompts that cannot ask attach to nothing.
     */
    default java.util.Optional<String> askAttachEndpoint(Window owner, java.util.List<String> hosts, String suggestion) {
        return java.util.Optional.empty();
    }
}
