package dev.zmqstudio.ui;

/**
 * The live simulation controls behind Run, Stop, Pause, Step and the speed box, and the state the buttons show
 * (Run is off while running, Stop, Pause and Step only while running).
 */
public interface RunActions {

    /** True from Run until Stop has finished. */
    javafx.beans.value.ObservableBooleanValue running();

    /** True while a run is paused. */
    javafx.beans.value.ObservableBooleanValue paused();

    void run();

    void stop();

    /**
     * File > Attach to Deployment: asks where the deployment's hosts report, then shows them live as a run would,
     * starting no node itself.
     */
    void attach();

    void pause();

    void step();

    /** Time scale: 1 = real time, 0.5 = half speed, 10 = ten times faster. */
    void setSpeed(double factor);

    /** Whether each Run records every message to a file in the run's output folder (Run > Record Runs). */
    javafx.beans.property.BooleanProperty recordRuns();

    /**
     * The Run menu's recording choices after Record Runs: record only the wires selected at Run, record one message in
     * N per wire. None by default.
     */
    default java.util.List<javafx.scene.control.MenuItem> recordingChoices() {
        return java.util.List.of();
    }

    /**
     * Replays a recording on the canvas: its topology, its messages, its timeline; nothing runs. {@code play}: start
     * playing once it is shown. Completes once it is shown (or could not be read: it said why).
     */
    java.util.concurrent.CompletableFuture<Boolean> openRecording(java.nio.file.Path file, boolean play);

    /** Extra entries for a node's context menu while running (Kill node, Restart node); none by default. */
    default java.util.List<javafx.scene.control.MenuItem> nodeMenuItems(String nodeId) {
        return java.util.List.of();
    }
}
