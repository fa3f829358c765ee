package dev.zmqstudio.runtime.behaviour;

import zmq.Msg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of one received message as its node reads them: the last frame's text ({@code msg}, decoded as UTF-8
 * as it always was), every frame's {@link Frames#text}, and the message as a log shows it. Texts are made on first use.
 */
public final class ReceivedFrames {
    private final List<byte[]> data;
    private String lastText;
    private List<String> texts;

    public ReceivedFrames(List<byte[]> data) {
        this.data = data;
    }

    public static ReceivedFrames of(List<Msg> frames) {
        if (frames.size() == 1) {
            return new ReceivedFrames(List.of(frames.getFirst().data()));
        }
        List<byte[]> data = new ArrayList<>(frames.size());
        for (Msg frame : frames) {
            data.add(frame.data());
        }
        return new ReceivedFrames(data);
    }

    public List<byte[]> data() {
        return data;
    }

    int count() {
        return data.size();
    }

    /** The last frame's bytes (empty when there is no frame: a ROUTER request that was all envelope). */
    public byte[] last() {
        return data.isEmpty() ? new byte[0] : data.getLast();
    }

    /** The last frame decoded as UTF-8: what {@code msg} has always been. */
    public String lastText() {
        if (lastText == null) {
            lastText = new String(last(), StandardCharsets.UTF_8);
        }
        return lastText;
    }

    /** Each frame as {@link Frames#text}: printable text, else 0x-hex. */
    List<String> texts() {
        if (texts == null) {
            texts = data.stream().map(Frames::text).toList();
        }
        return texts;
    }

    /** Every frame in brackets: {@code [A][We would like to see this]}. */
    public String bracketed() {
        return Frames.bracketed(texts());
    }

    /** The message as a log line shows it: a one-frame message's text as always, several frames in brackets. */
    public String shown() {
        return data.size() == 1 ? lastText() : bracketed();
    }

    /** Frames {@code from} to the end. */
    public ReceivedFrames from(int from) {
        return new ReceivedFrames(data.subList(from, data.size()));
    }

    /** Frames before {@code to}. */
    public ReceivedFrames upTo(int to) {
        return new ReceivedFrames(data.subList(0, to));
    }

    /**
     * Where a ROUTER's request starts: after the envelope, which runs up to and including the first empty frame (the
     * delimiter a REQ puts after the identities); without one (a DEALER that sends bare messages) the envelope is the
     * peer's identity frame alone.
     */
    public int routerBodyStart() {
        for (int i = 1; i < data.size(); i++) {
            if (data.get(i).length == 0) {
                return i + 1;
            }
        }
        return Math.min(1, data.size());
    }

    /** For display: frames after a leading empty delimiter (what a DEALER gets back in front of its reply). */
    ReceivedFrames withoutDelimiter() {
        return data.size() > 1 && data.getFirst().length == 0 ? from(1) : this;
    }
}
