package dev.zmqstudio.runtime.trace;

import java.util.List;

/**
 * One sampled message crossing one wire, for animation: from node {@code fromNode} to {@code toNode}
 * over wire {@code wireId} ({@code towardsBinder}: in the connector-to-binder direction). Times are
 * System.nanoTime; {@code sentNanos} is -1 when the sender is not known (an external peer, or unmatched).
 * {@code preview} and {@code size} are of the message's last frame (its payload); {@code frames} previews its frames
 * in order, the last one last (at most {@link Envelope#MAX_FRAMES}), out of {@code frameCount}.
 */
public record Token(String wireId, String fromNode, String toNode, boolean towardsBinder,
                    long sentNanos, long receivedNanos, String preview, int size,
                    List<FramePreview> frames, int frameCount) {

    public Token {
        frames = List.copyOf(frames);
    }

    /** What "colour by topic" goes by: a multi-frame message's first frame, else the first word of the payload. */
    public String topic() {
        if (frameCount > 1 && !frames.isEmpty()) {
            return frames.getFirst().text();
        }
        int space = preview.indexOf(' ');
        return space < 0 ? preview : preview.substring(0, space);
    }
}
