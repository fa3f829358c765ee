package dev.zmqstudio.runtime;

/**
 * The sampling window shared by every socket of a run. While it is open, sockets hash what they send and
 * receive into their trace rings; the collector opens it one tick in {@code every} so that the number of
 * samples stays bounded whatever the message rate (at low rates it stays open and every message is seen).
 */
final class Tracer {
    private volatile boolean open = true;

    boolean isOpen() {
        return open;
    }

    void setOpen(boolean value) {
        open = value;
    }
}
