package dev.zmqstudio.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a file's bytes as strict UTF-8, locating the first bad byte, and drops a leading byte-order mark. */
final class SourceText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceText() {
    }

    static String decode(byte[] bytes, String source) throws TopologyFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(out.flip().toString(), bytes[in.position()], source);
        }
        decoder.flush(out);
        return withoutByteOrderMark(out.flip().toString());
    }

    /** Editors on Windows like to start UTF-8 files with a BOM; it is not part of the JSON. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static TopologyFormatException notUtf8(String before, byte bad, String source) {
        String text = withoutByteOrderMark(before);
        int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
        int column = text.length() - text.lastIndexOf('\n');
        return new TopologyFormatException(source, line, column,
                String.format("the file is not UTF-8 text (byte 0x%02X); save it as UTF-8", bad & 0xff));
    }
}
