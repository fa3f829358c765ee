package dev.zmqstudio.model;

/** Where a node sits on the canvas (layout only; no effect on behaviour). */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);
}
