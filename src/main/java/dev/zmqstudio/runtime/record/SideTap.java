package dev.zmqstudio.runtime.record;

import zmq.Msg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32C;

/**
 * The recording's end in one socket: its thread hands over every message it sends and receives, in order, through
 * a bounded single-producer queue that the recording thread drains. When the queue is full the socket waits
 * (back pressure: the run slows to what the recording keeps up with); only once the recording is closing, or after
 * {@link #MOST_WAIT_NANOS} without room, is a message left out, and counted.
 */
public final class SideTap {
    static final int CAPACITY = 1 << 14;
    private static final int MASK = CAPACITY - 1;
    private static final long MOST_WAIT_NANOS = 2_000_000_000L;
    private static final VarHandle WRITE;
    private static final VarHandle READ;

    static {
        try {
            WRITE = MethodHandles.lookup().findVarHandle(SideTap.class, "write", long.class);
            READ = MethodHandles.lookup().findVarHandle(SideTap.class, "read", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int side;
    private final Capture capture;
    private final Captured[] slots = new Captured[CAPACITY];
    private final CRC32C crc = new CRC32C();
    @SuppressWarnings("unused") private long write;
    @SuppressWarnings("unused") private long read;
    /** The id of the last message this socket received (owner thread). */
    private long lastReceipt;

    SideTap(Capture capture, int side) {
        this.capture = capture;
        this.side = side;
    }

    /**
     * Owner thread: a message received on {@code wire} (-1: not known), the {@code counted}-th this socket received;
     * returns its id.
     */
    public long received(int wire, List<Msg> frames, long counted) {
        byte[][] data = new byte[frames.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = frames.get(i).data();
        }
        long id = capture.nextId();
        lastReceipt = id;
        offer(new Captured(false, side, wire, System.nanoTime(), hash(data[data.length - 1]), data, id, 0, counted));
        return id;
    }

    /**
     * Owner thread: a message sent on {@code wire} (-1: not known) at {@code nanos} (taken before sending, so it never
     * follows its receipt); {@code cause}: see {@link #lastReceipt()}; {@code counted}: the {@code counted}-th this socket sent.
     */
    public void sent(int wire, byte[][] frames, long nanos, long cause, long counted) {
        offer(new Captured(true, side, wire, nanos, hash(frames[frames.length - 1]),
                frames, 0, cause, counted));
    }

    /** Owner thread: the id of the last message this socket received, the cause of what a device or link sends on. */
    public long lastReceipt() {
        return lastReceipt;
    }

    private int hash(byte[] last) {
        crc.reset();
        crc.update(last, 0, last.length);
        return (int) crc.getValue();
    }

    private void offer(Captured c) {
        long w = (long) WRITE.getOpaque(this);
        if (w - (long) READ.getAcquire(this) >= CAPACITY && !waitForRoom(w)) {
            capture.countLost();
            return;
        }
        slots[(int) (w & MASK)] = c;
        WRITE.setRelease(this, w + 1);
    }

    private boolean waitForRoom(long w) {
        capture.waited();
        long deadline = System.nanoTime() + MOST_WAIT_NANOS;
        while (w - (long) READ.getAcquire(this) >= CAPACITY) {
            if (capture.closing() || System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(50_000);
        }
        return true;
    }

    /** Recording thread: hands every queued message to {@code into}, oldest first; returns how many. */
    int drain(java.util.function.Consumer<Captured> into) {
        long r = (long) READ.getOpaque(this);
        long w = (long) WRITE.getAcquire(this);
        for (long i = r; i < w; i++) {
            int slot = (int) (i & MASK);
            into.accept(slots[slot]);
            slots[slot] = null;
        }
        READ.setRelease(this, w);
        return (int) (w - r);
    }
}
