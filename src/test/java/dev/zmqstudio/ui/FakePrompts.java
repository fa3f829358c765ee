package dev.zmqstudio.ui;

import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Prompts answered in code; errors are recorded instead of shown. */
final class FakePrompts implements Prompts {

    Unsaved answer = Unsaved.CANCEL;
    int asked;
    final List<String> errors = new ArrayList<>();
    boolean trust;
    final List<List<String>> trustAsked = new ArrayList<>();

    @Override
    public boolean trustCommands(Window owner, String documentName, List<String> commands) {
        trustAsked.add(commands);
        return trust;
    }

    boolean saveAs;
    final List<String> saveAsOffered = new ArrayList<>();

    @Override
    public boolean offerSaveAs(Window owner, String fileName, String message) {
        saveAsOffered.add(message);
        return saveAs;
    }

    BusyPorts busyPorts = BusyPorts.RUN_ANYWAY;
    final List<List<dev.zmqstudio.ui.edit.PortMove>> busyAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public BusyPorts askBusyPorts(Window owner, List<dev.zmqstudio.ui.edit.PortMove> busy) {
        busyAsked.add(busy);
        return busyPorts;
    }

    /** What File > New from Generator is answered with (empty: cancelled). */
    java.util.Optional<dev.zmqstudio.model.Topology> generated = java.util.Optional.empty();

    @Override
    public java.util.Optional<dev.zmqstudio.model.Topology> askGenerated(Window owner) {
        return generated;
    }

    /** What File > Attach to Deployment is answered with (empty: cancelled), and the hosts it was asked about. */
    java.util.Optional<String> attachEndpoint = java.util.Optional.empty();
    final List<List<String>> attachAsked = new ArrayList<>();

    @Override
    public java.util.Optional<String> askAttachEndpoint(Window owner, List<String> hosts, String suggestion) {
        attachAsked.add(hosts);
        return attachEndpoint;
    }

    @Override
    public Unsaved askSaveChanges(Window owner, String documentName) {
        asked++;
        return answer;
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errors.add(message);
    }
}
