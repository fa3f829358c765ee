package dev.zmqstudio.ui;

/** The live simulation controls behind Run, Stop, Pause, Step and the speed box. */
public interface RunActions {

    void run();

    void stop();

    void pause();

    void step();

    /** Time scale: 1 = real time, 0.5 = half speed, 10 = ten times faster. */
    void setSpeed(double factor);

    /** Extra entries for a node's context menu while running (Kill node, Restart node); none by default. */
    default java.util.List<javafx.scene.control.MenuItem> nodeMenuItems(String nodeId) {
        return java.util.List.of();
    }
}
