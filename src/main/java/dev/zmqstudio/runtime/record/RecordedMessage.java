package dev.zmqstudio.runtime.record;

import java.util.List;

/**
 * One message of a recording: the wire it crossed (null: not known), its sender and receiver (node ids; null where
 * not known), when it was sent and received (nanoseconds since the recording started; -1 where not seen: a message
 * from or to a program we do not run), its frames byte for byte, and the message whose receipt made a device or a
 * link send it ({@code causedBy}, 0: none), so a path can be followed hop by hop.
 */
public record RecordedMessage(long id, String wire, String sender, String receiver, long sentNanos, long receivedNanos,
                              List<byte[]> frames, long causedBy) {
    public RecordedMessage {
        frames = List.copyOf(frames);
    }

    /** Bytes in all its frames. */
    public long size() {
        long size = 0;
        for (byte[] f : frames) {
            size += f.length;
        }
        return size;
    }
}
