package dev.zmqstudio.runtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Sampled send/receive events of one socket: written by the socket's thread, read by the collector every tick.
 * Fixed size, allocation-free; when full, new messages are not hashed at all (counts stay exact, only the
 * sample thins), so the cost per message at any rate is one bounds check.
 */
public final class TraceRing {
    static final int CAPACITY = 1024;
    public static final int PREVIEW = 64;
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

    public final int sideIndex;
    private final long[] nanos = new long[CAPACITY];
    private final int[] hashes = new int[CAPACITY];
    private final int[] wires = new int[CAPACITY];
    private final long[] seqs = new long[CAPACITY];
    private final boolean[] sends = new boolean[CAPACITY];
    private final byte[][] previews = new byte[CAPACITY][PREVIEW];
    private final int[] sizes = new int[CAPACITY];
    /** The frames before the last of a multi-frame message; {@link Envelope#NONE} for the others. */
    private final Envelope[] envelopes = new Envelope[CAPACITY];
    private final CRC32C crc = new CRC32C();
    @SuppressWarnings("unused") private long write;
    @SuppressWarnings("unused") private long read;

    public TraceRing(int sideIndex) {
        this.sideIndex = sideIndex;
    }

    /** Producer thread: whether a sample would be kept (checked before copying a payload out). */
    public boolean hasRoom() {
        return (long) WRITE.getOpaque(this) - (long) READ.getAcquire(this) < CAPACITY;
    }

    /**
     * Producer thread: records one single-frame message ({@code wire} = -1 when unknown). {@code seq}: the message's
     * number on {@code wire} as this end counts it, when both ends of the wire number its messages alike (see
     * {@link MessageNumbers}); 0 when this end has no such number.
     */
    public void record(boolean send, int wire, long seq, byte[] data, int offset, int length, long atNanos) {
        record(send, wire, seq, data, offset, length, Envelope.NONE, atNanos);
    }

    /**
     * Producer thread: records one message of {@code frames}. The hash and the preview are of its last frame, the
     * payload a device or a ROUTER passes on unchanged while the frames in front of it change; the others are kept as
     * its {@link Envelope}.
     */
    public void record(boolean send, int wire, long seq, List<byte[]> frames, long atNanos) {
        byte[] last = frames.getLast();
        record(send, wire, seq, last, 0, last.length, Envelope.of(frames), atNanos);
    }

    /** Producer thread: records one message whose last frame is {@code data}; {@code envelope} has the others. */
    public void record(boolean send, int wire, long seq, byte[] data, int offset, int length, Envelope envelope, long atNanos) {
        recordHashed(send, wire, seq, hash(data, offset, length), data, offset, length, envelope, atNanos);
    }

    /** Producer thread: the payload hash {@link #record} would store. */
    public int hash(byte[] data, int offset, int length) {
        crc.reset();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /**
     * Producer thread: records a sample whose hash is made already (a publisher's one message, numbered once per
     * subscriber; or a sample taken in another process, {@code data} then its preview).
     */
    public void recordHashed(boolean send, int wire, long seq, int hash, byte[] data, int offset, int size, Envelope envelope,
                      long atNanos) {
        long w = (long) WRITE.getOpaque(this);
        if (w - (long) READ.getAcquire(this) >= CAPACITY) {
            return;
        }
        int slot = (int) (w & MASK);
        hashes[slot] = hash;
        nanos[slot] = atNanos;
        wires[slot] = wire;
        seqs[slot] = seq;
        sends[slot] = send;
        sizes[slot] = size;
        envelopes[slot] = envelope;
        System.arraycopy(data, offset, previews[slot], 0, Math.min(Math.min(size, data.length - offset), PREVIEW));
        WRITE.setRelease(this, w + 1);
    }

    /** Collector thread: hands every pending sample to {@code sink}. */
    public void drain(Sample sink) {
        long r = (long) READ.getOpaque(this);
        long w = (long) WRITE.getAcquire(this);
        for (; r < w; r++) {
            int slot = (int) (r & MASK);
            sink.accept(this, sends[slot], wires[slot], seqs[slot], hashes[slot], nanos[slot], previews[slot],
                    sizes[slot], envelopes[slot]);
        }
        READ.setRelease(this, r);
    }

    @FunctionalInterface
    public interface Sample {
        void accept(TraceRing ring, boolean send, int wire, long seq, int hash, long nanos, byte[] preview, int size,
                    Envelope envelope);
    }
}
