package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.record.Captured;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's captured messages on their way to the parent's recording: one telemetry message per batch, told apart
 * from a report by its first byte. Times travel as epoch nanoseconds (each process's nanoTime plus its own offset),
 * so the parent can place them on its own clock.
 */
final class CaptureCodec {
    static final byte MARK = 'C';

    private CaptureCodec() {
    }

    static boolean isCapture(byte[] data) {
        return data.length > 0 && data[0] == MARK;
    }

    static byte[] encode(List<Captured> batch, long epochOffset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + batch.size() * 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MARK);
            out.writeInt(batch.size());
            for (Captured c : batch) {
                out.writeBoolean(c.send());
                out.writeInt(c.side());
                out.writeInt(c.wire());
                out.writeLong(c.nanos() + epochOffset);
                out.writeInt(c.hash());
                out.writeLong(c.id());
                out.writeLong(c.cause());
                out.writeLong(c.counted());
                byte[][] frames = c.frames();
                out.writeInt(frames == null ? -1 : frames.length);
                if (frames != null) {
                    for (byte[] f : frames) {
                        out.writeInt(f.length);
                        out.write(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Captured> decode(byte[] data, long epochOffset) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readByte() != MARK) {
                throw new IOException("not a capture batch");
            }
            int count = in.readInt();
            List<Captured> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean send = in.readBoolean();
                int side = in.readInt();
                int wire = in.readInt();
                long nanos = in.readLong() - epochOffset;
                int hash = in.readInt();
                long id = in.readLong();
                long cause = in.readLong();
                long counted = in.readLong();
                int frameCount = in.readInt();
                byte[][] frames = null;
                if (frameCount >= 0) {
                    frames = new byte[frameCount][];
                    for (int f = 0; f < frameCount; f++) {
                        frames[f] = in.readNBytes(in.readInt());
                    }
                }
                batch.add(new Captured(send, side, wire, nanos, hash, frames, id, cause, counted));
            }
            return batch;
        }
    }
}
