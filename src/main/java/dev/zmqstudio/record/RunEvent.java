package dev.zmqstudio.record;

/**
 * Something that happened in a recorded run besides a message: {@code kind} one of node-state, wire-state, error,
 * drop, fault, gate; {@code node} and {@code wire} where it applies (else null); {@code atNanos} since the recording began.
 */
public record RunEvent(long atNanos, String kind, String node, String wire, String detail) {
    public static final String NODE_STATE = "node-state";
    public static final String WIRE_STATE = "wire-state";
    public static final String ERROR = "error";
    public static final String DROP = "drop";
    public static final String FAULT = "fault";
    /** The start gate opened: generators began sending (the scenario's times count from here). */
    public static final String GATE = "gate";
}
