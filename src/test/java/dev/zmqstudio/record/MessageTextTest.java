package dev.zmqstudio.record;

import dev.zmqstudio.runtime.record.RecordedMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTextTest {

    private static RecordedMessage of(byte[]... frames) {
        return new RecordedMessage(1, "w", "a", "b", 0, 10, List.of(frames), 0);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRoutedMessageShowsItsEnvelopeAndItsPayload() {
        RecordedMessage m = of(new byte[] {0, (byte) 0x80, 0x12}, new byte[0], text("Hello 0 from client-1"));
        assertEquals("[0x008012][][Hello 0 from client-1]", MessageText.framesShort(m, 64, 8));
    }

    @Test
    void oneFrameReadsWithoutBrackets() {
        assertEquals("Hello", MessageText.framesShort(of(text("Hello")), 64, 8));
    }

    @Test
    void aCutThroughACharacterStillReadsAsText() {
        assertEquals("[ééé…][x]", MessageText.framesShort(of(text("éééé"), text("x")), 7, 8),
                "7 bytes end inside the fourth é: the three whole ones show, not hex");
    }

    @Test
    void longFramesAndManyFramesAreCutAndSaySo() {
        assertEquals("[abcd…][x]", MessageText.framesShort(of(text("abcdefgh"), text("x")), 4, 8));
        List<byte[]> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(text("f" + i));
        }
        assertEquals("[f0][f1][… 8 more frames]", MessageText.framesShort(of(ten.toArray(byte[][]::new)), 64, 2));
    }
}
