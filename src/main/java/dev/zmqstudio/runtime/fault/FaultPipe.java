package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.WireFaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One direction of one proxied connection: a reader stamps each chunk of bytes with when it may leave (now plus the
 * wire's latency and jitter at the time it was read, never before the chunk ahead of it: a byte stream is never
 * reordered) and a writer sends it then, paced to the bandwidth cap. The queue between them is bounded, so a slow
 * or delayed direction pushes back on the sender as a real network's window does.
 */
final class FaultPipe {
    /** Chunks in flight per direction: with 16 KB reads, up to 8 MB between the two sockets. */
    private static final int CAPACITY = 512;
    private static final int READ_SIZE = 16 * 1024;
    /** A cap is paced in chunks of at most this long a send, so a slow wire's bytes trickle as on a real link. */
    private static final long PACING_SLICE_NANOS = 20_000_000L;
    private static final Chunk END = new Chunk(0, new byte[0]);

    private record Chunk(long dueNanos, byte[] bytes) {
    }

    private final InputStream in;
    private final OutputStream out;
    private final boolean towardsBinder;
    private final Supplier<WireFaults> faults;
    private final Runnable onEnd;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CAPACITY);
    private long lastDue;
    private long nextFree;

    /**
     * @param towardsBinder whether these bytes go from the connecting socket to the binding one
     * @param onEnd         called once either end closes or fails: the connection is torn down
     */
    FaultPipe(InputStream in, OutputStream out, boolean towardsBinder, Supplier<WireFaults> faults, Runnable onEnd) {
        this.in = in;
        this.out = out;
        this.towardsBinder = towardsBinder;
        this.faults = faults;
        this.onEnd = onEnd;
    }

    void start(String name) {
        Thread.ofVirtual().name(name + "-read").start(this::read);
        Thread.ofVirtual().name(name + "-write").start(this::write);
    }

    private boolean applies(WireFaults f) {
        return towardsBinder ? f.direction().towardsBinder() : f.direction().towardsConnector();
    }

    private void read() {
        byte[] buffer = new byte[READ_SIZE];
        try {
            while (true) {
                WireFaults f = faults.get();
                int size = READ_SIZE;
                if (applies(f) && f.bytesPerSecond() > 0) {
                    size = (int) Math.clamp(f.bytesPerSecond() * PACING_SLICE_NANOS / 1_000_000_000L, 1, READ_SIZE);
                }
                int n = in.read(buffer, 0, size);
                if (n < 0) {
                    break;
                }
                queue.put(new Chunk(due(faults.get()), Arrays.copyOf(buffer, n)));
            }
        } catch (IOException | InterruptedException e) {
            // the connection was reset or closed: the writer ends it
        }
        queue.clear();
        queue.offer(END);
    }

    private long due(WireFaults f) {
        long now = System.nanoTime();
        long delay = 0;
        if (applies(f) && f.latencyMs() > 0) {
            long jitter = f.jitterMs() == 0 ? 0 : ThreadLocalRandom.current().nextLong(-f.jitterMs(), f.jitterMs() + 1);
            delay = (f.latencyMs() + jitter) * 1_000_000L;
        }
        lastDue = Math.max(lastDue, now + delay);
        return lastDue;
    }

    private void write() {
        try {
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                waitUntil(chunk.dueNanos());
                WireFaults f = faults.get();
                if (applies(f) && f.bytesPerSecond() > 0) {
                    waitUntil(nextFree);
                    nextFree = Math.max(nextFree, System.nanoTime())
                            + chunk.bytes().length * 1_000_000_000L / f.bytesPerSecond();
                }
                out.write(chunk.bytes());
            }
        } catch (IOException | InterruptedException e) {
            // reset or closed
        }
        onEnd.run();
    }

    private static void waitUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
