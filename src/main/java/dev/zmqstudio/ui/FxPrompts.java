package dev.zmqstudio.ui;

import dev.zmqstudio.ui.edit.PortMove;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Alert-based prompts. */
final class FxPrompts implements Prompts {

    @Override
    public Unsaved askSaveChanges(Window owner, String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        AppIcons.apply(alert);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean trustCommands(Window owner, String documentName, java.util.List<String> commands) {
        ButtonType trust = new ButtonType("Trust and Run", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Running it starts these programs on this computer:\n\n"
                + String.join("\n", commands) + "\n\nRun them only if you trust where the file came from.",
                trust, ButtonType.CANCEL);
        alert.initOwner(owner);
        AppIcons.apply(alert);
        alert.setTitle("Launch programs?");
        alert.setHeaderText(documentName + " launches " + commands.size() + (commands.size() == 1 ? " program" : " programs"));
        alert.getDialogPane().setMinWidth(560);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == trust;
    }

    @Override
    public BusyPorts askBusyPorts(Window owner, java.util.List<PortMove> busy) {
        ButtonType use = new ButtonType(busy.size() == 1 ? "Use " + busy.getFirst().newPort() : "Use Free Ports",
                ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType("Run Anyway", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, BusyPortText.body(busy), use, anyway, ButtonType.CANCEL);
        alert.initOwner(owner);
        AppIcons.apply(alert);
        alert.setTitle("Port in use");
        alert.setHeaderText(BusyPortText.header(busy));
        alert.getDialogPane().setMinWidth(560);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == use ? BusyPorts.USE_FREE_PORTS : answer == anyway ? BusyPorts.RUN_ANYWAY : BusyPorts.CANCEL;
    }

    @Override
    public java.util.Optional<String> askAttachEndpoint(Window owner, java.util.List<String> hosts, String suggestion) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(suggestion);
        dialog.initOwner(owner);
        AppIcons.apply(dialog);
        dialog.setTitle("Attach to Deployment");
        dialog.setHeaderText("Show the deployed hosts " + String.join(", ", hosts) + " live");
        dialog.setContentText("Listen for their telemetry at:");
        dialog.getEditor().setId("attach-endpoint");
        javafx.scene.control.Label how = new javafx.scene.control.Label("Each host runs: zmq-studio node FILE --host NAME"
                + " --telemetry ENDPOINT (or has ZMQ_STUDIO_TELEMETRY set), with the keys of zmq-studio keys generate FILE."
                + "\nUse an address of this computer the hosts reach, e.g. tcp://0.0.0.0:6100.");
        how.setWrapText(true);
        how.setPrefWidth(540);
        dialog.getDialogPane().setExpandableContent(how);
        dialog.getDialogPane().setExpanded(true);
        dialog.getDialogPane().setPrefWidth(600);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public java.util.Optional<dev.zmqstudio.model.Topology> askGenerated(Window owner) {
        GeneratorForm form = new GeneratorForm();
        javafx.scene.control.Dialog<dev.zmqstudio.model.Topology> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        AppIcons.apply(dialog);
        dialog.setTitle("New from Generator");
        dialog.setHeaderText("A topology made from a few numbers, laid out in tiers");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(form.topologyProperty().isNull());
        dialog.setResultConverter(button -> button == create ? form.topologyProperty().get() : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean offerSaveAs(Window owner, String fileName, String message) {
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, message + "\n\nSave your changes under another name?",
                saveAs, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Read-only file");
        alert.setHeaderText(fileName + " is read-only");
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == saveAs;
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        AppIcons.apply(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
