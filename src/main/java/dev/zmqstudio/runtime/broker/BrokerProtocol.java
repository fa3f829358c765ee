package dev.zmqstudio.runtime.broker;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The broker's frames (docs/broker-protocol.md). Commands and numbers are UTF-8 text; payloads are bytes.
 * <pre>
 * PUB    topic payload [key]              -> ACK topic offset [key]
 * REG    consumer topic                   -> REG consumer topic next
 * FETCH  consumer topic max [waitMs]      -> MSGS topic end (offset payload)*
 * COMMIT consumer topic next              -> OK consumer topic next
 * anything else                           -> ERR text
 * </pre>
 */
public final class BrokerProtocol {
    public static final String PUB = "PUB";
    public static final String ACK = "ACK";
    public static final String REG = "REG";
    public static final String FETCH = "FETCH";
    public static final String MSGS = "MSGS";
    public static final String COMMIT = "COMMIT";
    public static final String OK = "OK";
    public static final String ERR = "ERR";
    /** The longest a fetch may wait for a message to come. */
    public static final long MAX_WAIT_MS = 60_000;
    /** The longest topic or consumer name, in bytes. */
    public static final int MAX_NAME_BYTES = 255;
    private static final java.util.Set<String> COMMANDS = java.util.Set.of(PUB, REG, FETCH, COMMIT);

    private BrokerProtocol() {
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] number(long n) {
        return text(Long.toString(n));
    }

    public static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    /** Frame {@code i} of {@code frames} as a whole number, or throws {@link BadRequest} naming {@code what}. */
    public static long number(List<byte[]> frames, int i, String what) {
        try {
            return Long.parseLong(text(frames.get(i)));
        } catch (NumberFormatException e) {
            throw new BadRequest(what + " must be a whole number, not '" + text(frames.get(i)) + "'");
        }
    }

    /** Whether {@code frame} is one of the requests' commands. */
    public static boolean isCommand(byte[] frame) {
        return frame.length <= 6 && COMMANDS.contains(text(frame));
    }

    /** Refuses a topic or consumer name that is empty or longer than {@value #MAX_NAME_BYTES} bytes. */
    public static void checkName(byte[] frame, String what) {
        if (frame.length == 0 || frame.length > MAX_NAME_BYTES) {
            throw new BadRequest(what + " must be 1 to " + MAX_NAME_BYTES + " bytes, not " + frame.length);
        }
    }

    /** A request the broker cannot take; it answers ERR with the message. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
