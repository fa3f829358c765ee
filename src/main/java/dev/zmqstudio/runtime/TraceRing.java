package dev.zmqstudio.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Sampled send/receive events of one socket: written by the socket's thread, read by the collector every tick.
 * Fixed size, allocation-free; when full, new messages are not hashed at all (counts stay exact, only the
 * sample thins), so the cost per message at any rate is one bounds check.
 */
final class TraceRing {
    static final int CAPACITY = 1024;
    static final int PREVIEW = 64;
    private static final int MASK = CAPACITY - 1;
    private static final VarHandle WRITE;
    private static final VarHandle READ;

    static {
        try {
            WRITE = MethodHandles.lookup().findVarHandle(TraceRing.class, "write", long.class);
            READ = MethodHandles.lookup().findVarHandle(TraceRing.class, "read", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int sideIndex;
    private final long[] nanos = new long[CAPACITY];
    private final int[] hashes = new int[CAPACITY];
    private final int[] wires = new int[CAPACITY];
    private final boolean[] sends = new boolean[CAPACITY];
    private final byte[][] previews = new byte[CAPACITY][PREVIEW];
    private final int[] sizes = new int[CAPACITY];
    /** The frames before the last of a multi-frame message; {@link Envelope#NONE} for the others. */
    private final Envelope[] envelopes = new Envelope[CAPACITY];
    private final CRC32C crc = new CRC32C();
    @SuppressWarnings("unused") private long write;
    @SuppressWarnings("unused") private long read;

    TraceRing(int sideIndex) {
        this.sideIndex = sideIndex;
    }

    /** Producer thread: whether a sample would be kept (checked before copying a payload out). */
    boolean hasRoom() {
        return (long) WRITE.getOpaque(this) - (long) READ.getAcquire(this) < CAPACITY;
    }

    /** Producer thread: records one single-frame message ({@code wire} = -1 when unknown). */
    void record(boolean send, int wire, byte[] data, int offset, int length, long atNanos) {
        record(send, wire, data, offset, length, atNanos, Envelope.NONE);
    }

    /**
     * Producer thread: records one message of {@code frames}. The hash and the preview are of its last frame, the
     * payload a device or a ROUTER passes on unchanged while the frames in front of it change; the others are kept as
     * its {@link Envelope}.
     */
    void record(boolean send, int wire, List<byte[]> frames, long atNanos) {
        byte[] last = frames.getLast();
        record(send, wire, last, 0, last.length, atNanos, frames.size() == 1 ? Envelope.NONE : Envelope.of(frames));
    }

    private void record(boolean send, int wire, byte[] data, int offset, int length, long atNanos, Envelope envelope) {
        long w = (long) WRITE.getOpaque(this);
        if (w - (long) READ.getAcquire(this) >= CAPACITY) {
            return;
        }
        int slot = (int) (w & MASK);
        crc.reset();
        crc.update(data, offset, length);
        hashes[slot] = (int) crc.getValue();
        nanos[slot] = atNanos;
        wires[slot] = wire;
        sends[slot] = send;
        sizes[slot] = length;
        envelopes[slot] = envelope;
        System.arraycopy(data, offset, previews[slot], 0, Math.min(length, PREVIEW));
        WRITE.setRelease(this, w + 1);
    }

    /** Producer thread: records a sample taken in another process (hash and preview already made). */
    void recordHashed(boolean send, int wire, int hash, byte[] preview, int size, Envelope envelope, long atNanos) {
        long w = (long) WRITE.getOpaque(this);
        if (w - (long) READ.getAcquire(this) >= CAPACITY) {
            return;
        }
        int slot = (int) (w & MASK);
        hashes[slot] = hash;
        nanos[slot] = atNanos;
        wires[slot] = wire;
        sends[slot] = send;
        sizes[slot] = size;
        envelopes[slot] = envelope;
        System.arraycopy(preview, 0, previews[slot], 0, Math.min(preview.length, PREVIEW));
        WRITE.setRelease(this, w + 1);
    }

    /** Collector thread: hands every pending sample to {@code sink}. */
    void drain(Sample sink) {
        long r = (long) READ.getOpaque(this);
        long w = (long) WRITE.getAcquire(this);
        for (; r < w; r++) {
            int slot = (int) (r & MASK);
            sink.accept(this, sends[slot], wires[slot], hashes[slot], nanos[slot], previews[slot], sizes[slot],
                    envelopes[slot]);
        }
        READ.setRelease(this, r);
    }

    @FunctionalInterface
    interface Sample {
        void accept(TraceRing ring, boolean send, int wire, int hash, long nanos, byte[] preview, int size,
                    Envelope envelope);
    }
}
