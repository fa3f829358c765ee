package dev.zmqstudio.runtime.behaviour;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * How the frames of a message read for people, in logs, expressions, records and the Live tab. A frame that is
 * printable UTF-8 text reads as that text; any other frame (not valid UTF-8, or holding control characters such as the
 * zero byte a ROUTER's generated peer identity starts with) reads as {@code 0x} and its bytes in upper-case hex. A
 * message of several frames reads as each frame in brackets: {@code [A][We would like to see this]},
 * {@code [0x00A1B2C3D4][][hello]}.
 */
public final class Frames {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /**
     * Jackson's streaming writer, not its data binder: this class is loaded with the first message a node reads, and
     * making the binder's first writer cost ~100 ms of CPU, charged to that message's expression budget.
     */
    private static final JsonFactory JSON = new JsonFactory();

    private Frames() {
    }

    /** The frame as text when it is printable UTF-8, else {@code 0x} and its bytes in hex ({@code ""} when empty). */
    public static String text(byte[] frame) {
        return text(frame, frame.length);
    }

    /** {@link #text(byte[])} of the first {@code length} bytes of {@code frame}. */
    public static String text(byte[] frame, int length) {
        String decoded = printable(frame, length);
        return decoded != null ? decoded : hex(frame, length);
    }

    /** {@code 0x} and the first {@code length} bytes of {@code frame} in upper-case hex ("" when empty). */
    public static String hex(byte[] frame, int length) {
        return length == 0 ? "" : "0x" + HEX.formatHex(frame, 0, length);
    }

    /** The frame's text when it is valid UTF-8 without control characters (tab and line breaks allowed), else null. */
    public static String printable(byte[] frame, int length) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(frame, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        return text;
    }

    /**
     * {@link #text} of a frame's first bytes ({@code preview}) out of {@code size}: a cut may split the last UTF-8
     * character, so text decodes only the whole characters.
     */
    public static String previewText(byte[] preview, int size) {
        int length = preview.length;
        if (length < size) {
            length = wholeCharacters(preview, length);
        }
        String decoded = printable(preview, length);
        return decoded != null ? decoded : hex(preview, preview.length);
    }

    private static int wholeCharacters(byte[] bytes, int length) {
        int start = length;
        while (start > 0 && start > length - 4 && (bytes[start - 1] & 0xC0) == 0x80) {
            start--;
        }
        if (start > 0 && (bytes[start - 1] & 0x80) != 0) {
            int lead = bytes[start - 1] & 0xFF;
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (length - (start - 1) < need) {
                return start - 1;
            }
        }
        return length;
    }

    /** Each frame's text in brackets: {@code [A][We would like to see this]}. */
    public static String bracketed(List<String> frames) {
        StringBuilder out = new StringBuilder();
        for (String frame : frames) {
            out.append('[').append(frame).append(']');
        }
        return out.toString();
    }

    /** The frames' texts as a JSON array of strings: {@code ["A","We would like to see this"]}. */
    public static String json(List<String> frames) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (String frame : frames) {
                json.writeString(frame);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
        return out.toString();
    }
}
