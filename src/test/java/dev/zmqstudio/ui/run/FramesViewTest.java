package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.trace.FramePreview;
import dev.zmqstudio.runtime.trace.Token;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the Live tab writes a sampled message: every frame kept, in text, hex or JSON, with the frames' sizes. */
class FramesViewTest {

    private static FramePreview frame(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new FramePreview(bytes, bytes.length);
    }

    private static Token token(int frameCount, FramePreview... frames) {
        FramePreview last = frames[frames.length - 1];
        return new Token("w1", "pub", "sub", true, 1, 2, new String(last.head(), StandardCharsets.UTF_8), last.size(),
                List.of(frames), frameCount);
    }

    @Test
    void anEnvelopeReadsAsItsFramesInEachView() {
        Token envelope = token(2, frame("B"), frame("We would like to see this"));
        assertEquals("[B][We would like to see this]    1 + 25 B    (pub → sub)", FramesView.TEXT.line(envelope));
        assertEquals("[0x42][0x576520776F756C64206C696B6520746F207365652074686973]", FramesView.HEX.frames(envelope));
        assertEquals("[\"B\",\"We would like to see this\"]", FramesView.JSON.frames(envelope));
    }

    @Test
    void aRouterIdentityAndTheDelimiterShowAsHexAndEmpty() {
        Token routed = token(3, new FramePreview(new byte[] {0, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4}, 5),
                frame(""), frame("hello"));
        assertEquals("[0x00A1B2C3D4][][hello]    5 + 0 + 5 B    (pub → sub)", FramesView.TEXT.line(routed));
        assertEquals("[0x00A1B2C3D4][][0x68656C6C6F]", FramesView.HEX.frames(routed));
    }

    @Test
    void aOneFrameMessageReadsAsItsTextAloneAsBefore() {
        assertEquals("10001 23    8 B    (pub → sub)", FramesView.TEXT.line(token(1, frame("10001 23"))));
        assertEquals("[\"10001 23\"]", FramesView.JSON.frames(token(1, frame("10001 23"))));
    }

    @Test
    void longFramesEndInAnEllipsisAndFramesNotKeptAreCounted() {
        byte[] head = "x".repeat(64).getBytes(StandardCharsets.UTF_8);
        List<FramePreview> kept = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            kept.add(frame("f" + i));
        }
        kept.add(new FramePreview(head, 1000));
        String text = FramesView.TEXT.frames(token(12, kept.toArray(FramePreview[]::new)));
        assertEquals("[f0][f1][f2][f3][f4][f5][f6][… 4 more][" + "x".repeat(64) + "…]", text);
    }
}
