package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.WireFaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
 * or delayed direction pushes back on the sender as a real network's window does. When the sending peer closes, what
 * is still delayed is delivered before this direction is closed too; when either socket fails (a cut, a reset), the
 * connection is torn down at once and the queue emptied, so no thread waits on it.
 */
final class FaultPipe {
    /** Chunks in flight per direction: with 16 KB reads, up to 8 MB between the two sockets. */
    private static final int CAPACITY = 512;
    private static final int READ_SIZE = 16 * 1024;
    /** A cap is paced in chunks of at most this long a send, so a slow wire's bytes trickle as on a real link. */
    private static final long PACING_SLICE_MILLIS = 20;
    private static final Chunk END = new Chunk(0, new byte[0]);
    private static final Chunk BROKEN = new Chunk(0, new byte[0]);

    private record Chunk(long dueNanos, byte[] bytes) {
    }

    /** What the connection hears from a direction. */
    interface Ends {
        /** The sending peer closed and everything it sent was delivered. */
        void finished();

        /** A socket failed or was reset: tear the connection down. */
        void broken();
    }

    private final Socket from;
    private final Socket to;
    private final boolean towardsBinder;
    private final Supplier<WireFaults> faults;
    private final Ends ends;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean over;
    private long lastDue;
    private long nextFree;

    /** @param towardsBinder whether these bytes go from the connecting socket to the binding one */
    FaultPipe(Socket from, Socket to, boolean towardsBinder, Supplier<WireFaults> faults, Ends ends) {
        this.from = from;
        this.to = to;
        this.towardsBinder = towardsBinder;
        this.faults = faults;
        this.ends = ends;
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
        Chunk last = END;
        try {
            InputStream in = from.getInputStream();
            while (!over) {
                WireFaults f = faults.get();
                int size = READ_SIZE;
                if (applies(f) && f.bytesPerSecond() > 0) {
                    size = (int) Math.clamp(f.bytesPerSecond() / 1000 * PACING_SLICE_MILLIS, 1, READ_SIZE);
                }
                int n = in.read(buffer, 0, size);
                if (n < 0) {
                    break;
                }
                queue.put(new Chunk(due(faults.get()), Arrays.copyOf(buffer, n)));
            }
        } catch (IOException | InterruptedException e) {
            last = BROKEN;
            queue.clear();
        }
        try {
            queue.put(last); // after what is still delayed, on a clean end; at once on a failure (the queue was emptied)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        boolean clean = false;
        try {
            OutputStream out = to.getOutputStream();
            for (Chunk chunk = queue.take(); ; chunk = queue.take()) {
                if (chunk == END) {
                    to.shutdownOutput();
                    clean = true;
                    break;
                }
                if (chunk == BROKEN) {
                    break;
                }
                waitUntil(chunk.dueNanos());
                WireFaults f = faults.get();
                if (applies(f) && f.bytesPerSecond() > 0) {
                    waitUntil(nextFree);
                    nextFree = Math.max(nextFree, System.nanoTime())
                            + (long) (chunk.bytes().length * 1e9 / f.bytesPerSecond());
                }
                out.write(chunk.bytes());
            }
        } catch (IOException | InterruptedException e) {
            // the other socket failed: the connection goes
        }
        over = true;
        if (clean) {
            ends.finished();
        } else {
            ends.broken();
        }
        queue.clear(); // a reader waiting for room wakes, finds its socket closed, and ends
    }

    private static void waitUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
