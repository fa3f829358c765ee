package dev.zmqstudio.runtime.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The frames of a sampled message before its last frame (a topic, a ROUTER's peer identity and delimiter...), bounded
 * to the first {@link #MAX_SHOWN} frames of {@link TraceRing#PREVIEW} bytes each, and how many frames the message had.
 * The last frame is the sample's own preview. Immutable; {@link #NONE} for a one-frame message.
 */
public record Envelope(List<FramePreview> frames, int frameCount) {
    /** At most this many frames of a message are kept: {@link #MAX_SHOWN} before the last, and the last. */
    static final int MAX_FRAMES = 8;
    public static final int MAX_SHOWN = MAX_FRAMES - 1;
    public static final Envelope NONE = new Envelope(List.of(), 1);

    public Envelope {
        frames = List.copyOf(frames);
    }

    /** The envelope of a message of {@code frames}: previews of its first frames (all but the last, at most 7). */
    public static Envelope of(List<byte[]> frames) {
        int count = frames.size();
        if (count <= 1) {
            return NONE;
        }
        List<FramePreview> shown = new ArrayList<>(Math.min(count - 1, MAX_SHOWN));
        for (int i = 0; i < count - 1 && i < MAX_SHOWN; i++) {
            byte[] frame = frames.get(i);
            shown.add(new FramePreview(Arrays.copyOf(frame, Math.min(frame.length, TraceRing.PREVIEW)), frame.length));
        }
        return new Envelope(shown, count);
    }

    /** Frames of the message that are neither shown here nor its last (more than {@link #MAX_FRAMES}). */
    public int hidden() {
        return frameCount - frames.size() - 1;
    }
}
