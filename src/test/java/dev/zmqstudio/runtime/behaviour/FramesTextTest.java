package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.trace.FramePreview;
import dev.zmqstudio.runtime.trace.TraceRing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How frames read for people, and what a sample keeps of a multi-frame message. */
class FramesTextTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void printableTextReadsAsItselfAnythingElseAsHex() {
        assertEquals("We would like to see this", Frames.text(utf8("We would like to see this")));
        assertEquals("caf\u00e9 \u2713 \u65e5\u672c\tline\nnext", Frames.text(utf8("caf\u00e9 \u2713 \u65e5\u672c\tline\nnext")));
        assertEquals("0x00A1B2C3D4", Frames.text(new byte[] {0, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4}),
                "a ROUTER's generated identity");
        assertEquals("0x0041424344", Frames.text(new byte[] {0, 'A', 'B', 'C', 'D'}), "valid UTF-8 but a control character");
        assertEquals("0xFF", Frames.text(new byte[] {(byte) 0xFF}), "not UTF-8");
        assertEquals("", Frames.text(new byte[0]), "the empty delimiter");
    }

    @Test
    void framesReadAsBracketsOrAJsonArray() {
        assertEquals("[0x00A1][][hello]", Frames.bracketed(List.of("0x00A1", "", "hello")));
        assertEquals("[\"B\",\"say \\\"hi\\\"\"]", Frames.json(List.of("B", "say \"hi\"")));
    }

    @Test
    void aPreviewCutInsideACharacterReadsAsTheWholeCharactersBeforeIt() {
        byte[] text = utf8("\u2713\u2713"); // 6 bytes; cut after 4, inside the second check mark
        byte[] head = java.util.Arrays.copyOf(text, 4);
        assertEquals("\u2713", new FramePreview(head, 6).text());
        assertEquals("0xE29C93E2", new FramePreview(head, 6).hex());
    }

    @Test
    void aSampledMessageKeepsItsFirstFramesBoundedAndItsCount() {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            frames.add(utf8(("frame " + i + " ").repeat(i == 0 ? 20 : 1)));
        }
        Envelope envelope = Envelope.of(frames);
        assertEquals(10, envelope.frameCount());
        assertEquals(Envelope.MAX_SHOWN, envelope.frames().size(), "7 frames before the last are kept");
        assertEquals(2, envelope.hidden());
        assertEquals(TraceRing.PREVIEW, envelope.frames().getFirst().head().length, "64 bytes of each");
        assertEquals(frames.getFirst().length, envelope.frames().getFirst().size());
        assertSame(Envelope.NONE, Envelope.of(List.of(utf8("one"))));
    }

    @Test
    void theTraceRingHandsOnTheEnvelopeWithTheLastFramesPreview() {
        TraceRing ring = new TraceRing(0);
        ring.record(false, 3, 7, List.of(utf8("B"), utf8("We would like to see this")), 42);
        ring.record(false, 3, 8, utf8("one frame"), 0, 9, 43);
        List<String> seen = new ArrayList<>();
        ring.drain((r, send, wire, seq, hash, nanos, preview, size, envelope) -> seen.add(
                "#" + seq + " " + envelope.frameCount() + " " + envelope.frames().stream().map(FramePreview::text).toList()
                        + " " + new String(preview, 0, size, StandardCharsets.UTF_8)));
        assertEquals(List.of("#7 2 [B] We would like to see this", "#8 1 [] one frame"), seen);
    }
}
