package dev.zmqstudio.ui;

import dev.zmqstudio.ui.edit.Editor;

/** Says plainly that the simulation is not wired up yet, in the status bar and the console. */
final class UnavailableRunActions implements RunActions {

    private final Editor editor;

    UnavailableRunActions(Editor editor) {
        this.editor = editor;
    }

    private void unavailable(String what) {
        String text = what + ": the live simulation is not available yet in this build";
        editor.status().info(text);
        editor.log(text);
    }

    @Override
    public void run() {
        unavailable("Run");
    }

    @Override
    public void stop() {
        unavailable("Stop");
    }

    @Override
    public void pause() {
        unavailable("Pause");
    }

    @Override
    public void step() {
        unavailable("Step");
    }

    @Override
    public void setSpeed(double factor) {
        editor.log("Speed set to " + factor + "×");
    }
}
