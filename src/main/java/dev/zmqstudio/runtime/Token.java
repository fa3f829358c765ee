package dev.zmqstudio.runtime;

/**
 * One sampled message crossing one wire, for animation: from node {@code fromNode} to {@code toNode}
 * over wire {@code wireId} ({@code towardsBinder}: in the connector-to-binder direction). Times are
 * System.nanoTime; {@code sentNanos} is -1 when the sender is not known (an external peer, or unmatched).
 */
public record Token(String wireId, String fromNode, String toNode, boolean towardsBinder,
                    long sentNanos, long receivedNanos, String preview, int size) {
}
