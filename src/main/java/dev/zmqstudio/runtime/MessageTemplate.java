package dev.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;

/** The templates of a message's frames, compiled once: one per frame, expanded together for each message. */
final class MessageTemplate {
    private final List<Template> frames;

    private MessageTemplate(List<Template> frames) {
        this.frames = frames;
    }

    /** Frame i's random numbers come from {@code seed + i}, so two frames with {rand} do not repeat each other. */
    static MessageTemplate compile(List<String> templates, Template.Bindings bindings, long seed) {
        List<Template> compiled = new ArrayList<>(templates.size());
        for (int i = 0; i < templates.size(); i++) {
            compiled.add(Template.compile(templates.get(i), bindings, seed + i));
        }
        return new MessageTemplate(List.copyOf(compiled));
    }

    /** Whether each message is one frame. */
    boolean isSingleFrame() {
        return frames.size() == 1;
    }

    /** The template of a single-frame message. */
    Template single() {
        return frames.getFirst();
    }

    /** Whether the message is exactly {@code {msg}}: a reply that echoes the request. */
    boolean isEcho() {
        return isSingleFrame() && single().isEcho();
    }

    /** The frames of message {@code n}; {@code msg} and {@code received} fill {@code {msg}} and {@code {frames}}. */
    List<byte[]> expand(long n, String msg, String received) {
        List<byte[]> out = new ArrayList<>(frames.size());
        for (Template frame : frames) {
            out.add(frame.expand(n, msg, received));
        }
        return out;
    }
}
