package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.trace.FramePreview;
import dev.zmqstudio.runtime.behaviour.Frames;
import dev.zmqstudio.runtime.trace.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the Live tab writes one sampled message: every frame it kept (text, hex or a JSON array of the frames' texts),
 * the frames' sizes and who sent it to whom. A one-frame message in the text view reads as its text alone, as it
 * always did; a frame longer than its preview ends in "…"; frames not kept (beyond 8) show as "[… N more]".
 */
enum FramesView {
    TEXT("Text"), HEX("Hex"), JSON("JSON");

    private final String label;

    FramesView(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** "[B][We would like to see this]    1 + 25 B    (pub → sub)". */
    String line(Token token) {
        return frames(token) + "    " + sizes(token) + "    (" + token.fromNode() + " → " + token.toNode() + ")";
    }

    String frames(Token token) {
        List<String> shown = new ArrayList<>();
        List<FramePreview> kept = token.frames();
        int hidden = token.frameCount() - kept.size();
        for (int i = 0; i < kept.size(); i++) {
            if (i == kept.size() - 1 && hidden > 0) {
                shown.add("… " + hidden + " more");
            }
            shown.add(frame(kept.get(i)));
        }
        return switch (this) {
            case TEXT -> shown.size() == 1 && hidden == 0 ? shown.getFirst() : Frames.bracketed(shown);
            case HEX -> Frames.bracketed(shown);
            case JSON -> Frames.json(shown);
        };
    }

    private String frame(FramePreview frame) {
        String cut = frame.cut() ? "…" : "";
        return switch (this) {
            case TEXT, JSON -> frame.text() + cut;
            case HEX -> (frame.size() == 0 ? "" : frame.hex()) + cut;
        };
    }

    /** "5 B" for one frame, "1 + 25 B" for several (only the frames kept). */
    static String sizes(Token token) {
        return token.frames().stream().map(f -> Integer.toString(f.size())).collect(Collectors.joining(" + ")) + " B";
    }
}
