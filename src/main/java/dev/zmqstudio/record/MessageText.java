package dev.zmqstudio.record;

import dev.zmqstudio.runtime.behaviour.Frames;
import dev.zmqstudio.runtime.record.RecordedMessage;

import java.util.List;
import java.util.Locale;

/** How a recorded message reads in a line of text: its time, its frames as a sink logs them. */
public final class MessageText {
    private MessageText() {
    }

    /** Its frames as {@code [frame1][frame2]}, each as text when printable UTF-8, else 0x and hex. */
    public static String frames(RecordedMessage m) {
        return Frames.bracketed(m.frames().stream().map(Frames::text).toList());
    }

    /**
     * {@link #frames} kept short for a table cell: each frame's first {@code bytesEach} bytes (an ellipsis where cut) and
     * at most {@code most} frames (then how many more), so a row costs the same whatever the message's size. A
     * message of one frame reads without brackets.
     */
    public static String framesShort(RecordedMessage m, int bytesEach, int most) {
        List<byte[]> all = m.frames();
        List<String> texts = new java.util.ArrayList<>();
        for (byte[] frame : all.subList(0, Math.min(most, all.size()))) {
            texts.add(frame.length > bytesEach
                    ? Frames.previewText(java.util.Arrays.copyOf(frame, bytesEach), frame.length) + "\u2026" : Frames.text(frame));
        }
        if (all.size() > most) {
            texts.add("\u2026 " + (all.size() - most) + " more frames");
        }
        return texts.size() == 1 ? texts.getFirst() : Frames.bracketed(texts);
    }

    /** Each frame's text (or 0x-hex). */
    public static List<String> frameTexts(RecordedMessage m) {
        return m.frames().stream().map(Frames::text).toList();
    }

    /** When it happened: received, or sent when no receipt was seen; nanoseconds since the recording began. */
    public static long time(RecordedMessage m) {
        return m.receivedNanos() >= 0 ? m.receivedNanos() : m.sentNanos();
    }

    /** Seconds with microseconds: {@code 12.003456}. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%d.%06d", nanos / 1_000_000_000L, nanos % 1_000_000_000L / 1_000);
    }

    /** One-way latency in microseconds, or -1 when one of its ends was not seen. */
    public static long latencyMicros(RecordedMessage m) {
        return m.sentNanos() >= 0 && m.receivedNanos() >= 0 ? (m.receivedNanos() - m.sentNanos()) / 1_000 : -1;
    }

    /** {@code 0.104233 s  w1  producer -> worker1  42 B  [text]  (35 us)}. */
    public static String line(RecordedMessage m) {
        long latency = latencyMicros(m);
        return seconds(time(m)) + " s  " + orUnknown(m.wire()) + "  " + orUnknown(m.sender()) + " -> "
                + orUnknown(m.receiver()) + "  " + m.size() + " B  " + frames(m)
                + (latency >= 0 ? "  (" + latency + " us)" : m.receivedNanos() < 0 ? "  (received by none of the nodes we run)"
                : "  (its send was not seen)");
    }

    private static String orUnknown(String s) {
        return s == null ? "?" : s;
    }
}
