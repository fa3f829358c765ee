package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.sandbox.TextLimit;

import java.util.ArrayList;
import java.util.List;

/** The templates of a message's frames, compiled once: one per frame, expanded together for each message. */
public final class MessageTemplate {
    private final List<Template> frames;

    private MessageTemplate(List<Template> frames) {
        this.frames = frames;
    }

    /**
     * Frame i's random numbers come from {@code seed + i}, so two frames with {rand} do not repeat each other.
     *
     * @throws Template.TemplateException when a frame's template is not valid, or the frames together could expand to
     *                                    more than 1 MiB
     */
    public static MessageTemplate compile(List<String> templates, Template.Bindings bindings, long seed) {
        List<Template> compiled = new ArrayList<>(templates.size());
        long longest = 0;
        for (int i = 0; i < templates.size(); i++) {
            compiled.add(Template.compile(templates.get(i), bindings, seed + i));
            longest += compiled.getLast().longest();
        }
        if (longest > TextLimit.MAX_CHARS) {
            throw new Template.TemplateException("the " + templates.size() + " frames of a message can expand to " + longest
                    + " characters in all, over the 1 MiB limit (" + TextLimit.MAX_CHARS + ")");
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
    public boolean isEcho() {
        return isSingleFrame() && single().isEcho();
    }

    /** The frames of message {@code n}; {@code msg} and {@code received} fill {@code {msg}} and {@code {frames}}. */
    public List<byte[]> expand(long n, String msg, String received) {
        List<byte[]> out = new ArrayList<>(frames.size());
        for (Template frame : frames) {
            out.add(frame.expand(n, msg, received));
        }
        return out;
    }
}
