package dev.zmqstudio.runtime.record;

/**
 * One message a socket sent or received, as its thread hands it to the recording: which socket (side index), on
 * which wire (-1: the socket cannot tell), when ({@link System#nanoTime}), a CRC32C of its last frame (to meet its
 * send) and its frames. A receipt carries its row id; a send, the id of the receipt that made a device or link send
 * it ({@code cause}, 0: none). Frames are the message's own arrays, not copies.
 * {@code counted}: its number among the socket's sends (or receipts), as the socket's counter numbers it for the
 * report, so a child process's capture can be cut to exactly what its last report counted.
 */
public record Captured(boolean send, int side, int wire, long nanos, int hash, byte[][] frames, long id, long cause,
                       long counted) {
}
