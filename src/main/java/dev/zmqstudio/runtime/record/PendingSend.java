package dev.zmqstudio.runtime.record;

/** A captured send still waiting for its receipt(s); {@code seq} numbers its sender's sends from 1. */
final class PendingSend {
    final Captured sent;
    final long seq;
    /** Met by its receipt (a message reaches one peer), or forgotten: either way no longer a candidate. */
    boolean gone;
    /** Met by at least one receipt (a publisher's message may reach many). */
    boolean met;

    PendingSend(Captured sent, long seq) {
        this.sent = sent;
        this.seq = seq;
    }
}
