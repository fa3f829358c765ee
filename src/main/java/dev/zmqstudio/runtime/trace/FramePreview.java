package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.behaviour.Frames;

/**
 * The first bytes of one frame of a sampled message ({@code head}, at most {@link TraceRing#PREVIEW}) and the frame's
 * whole {@code size}, for the Live tab.
 */
public record FramePreview(byte[] head, int size) {

    /** Whether the frame is longer than its preview. */
    public boolean cut() {
        return head.length < size;
    }

    /** The preview as {@link Frames#text}: printable text, else {@code 0x} hex. */
    public String text() {
        return Frames.previewText(head, size);
    }

    /** The preview's bytes in hex ({@code 0x...}; "" when the frame is empty). */
    public String hex() {
        return Frames.hex(head, head.length);
    }
}
