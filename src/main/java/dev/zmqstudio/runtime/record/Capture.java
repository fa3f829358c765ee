package dev.zmqstudio.runtime.record;

import dev.zmqstudio.runtime.engine.RunPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Records every message of a run: each socket we run hands what it sends and receives to its {@link SideTap}; one
 * thread drains them every few milliseconds, meets each receipt with its send ({@link MessageMatcher}) and hands
 * the messages to the {@link RecordSink} in batches. Counts what it had to leave out and how often a socket waited
 * for it.
 */
public final class Capture implements AutoCloseable {
    private static final long TICK_NANOS = 5_000_000L;

    private final RecordOptions options;
    private final SideTap[] taps;
    /** Null in a child process: it relays what it captures to the parent ({@link #relay}), which matches. */
    private final MessageMatcher matcher;
    /** What child processes captured, handed in by the telemetry thread. */
    private final java.util.concurrent.ConcurrentLinkedQueue<List<Captured>> injected = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Per child process: its receipt ids -> ours (bounded), so causes can be followed across its batches. */
    private final java.util.Map<String, java.util.Map<Long, Long>> childIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final LongAdder lost = new LongAdder();
    private final LongAdder waits = new LongAdder();
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean closing;
    private List<Captured> drained = new ArrayList<>();

    /** Starts recording the sockets of {@code plan} that {@code runsHere} says this process runs. */
    public Capture(RunPlan plan, Predicate<RunPlan.SidePlan> runsHere, Predicate<RunPlan.SidePlan> recorded,
                   RecordOptions options) {
        this(plan, runsHere, recorded, options, false);
    }

    private Capture(RunPlan plan, Predicate<RunPlan.SidePlan> runsHere, Predicate<RunPlan.SidePlan> recorded,
                    RecordOptions options, boolean relays) {
        this.options = options;
        this.taps = new SideTap[plan.sides.size()];
        for (RunPlan.SidePlan side : plan.sides) {
            if (runsHere.test(side)) {
                taps[side.index()] = new SideTap(this, side.index());
            }
        }
        this.matcher = relays ? null : new MessageMatcher(plan, recorded, options, startNanos, this::nextId);
        this.thread = relays ? null : Thread.ofPlatform().name("zs-recorder").daemon().start(this::run);
    }

    /**
     * In a child process: captures the sockets {@code runsHere} says it runs, for the telemetry thread to take
     * ({@link #drain}) and send to the parent; {@code recorded}: every socket the run records, in whichever process.
     * It has no thread of its own.
     */
    public static Capture relay(RunPlan plan, Predicate<RunPlan.SidePlan> runsHere, Predicate<RunPlan.SidePlan> recorded) {
        return new Capture(plan, runsHere, recorded, null, true);
    }

    /** A relay's owner thread: everything its sockets captured since the last call, each socket's in order. */
    public List<Captured> drain() {
        List<Captured> out = new ArrayList<>();
        for (SideTap tap : taps) {
            if (tap != null) {
                tap.drain(out::add);
            }
        }
        return out;
    }

    /**
     * Telemetry thread: what child process {@code child} captured ({@link System#nanoTime} of this process); its ids
     * are the child's, made ours here.
     */
    public void inject(String child, List<Captured> batch) {
        java.util.Map<Long, Long> ids = childIds.computeIfAbsent(child, c -> new java.util.LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Long, Long> eldest) {
                return size() > 200_000;
            }
        });
        List<Captured> ours = new ArrayList<>(batch.size());
        for (Captured c : batch) {
            if (!c.send()) {
                ids.put(c.id(), nextId());
            }
        }
        for (Captured c : batch) {
            long id = c.send() ? 0 : ids.get(c.id());
            long cause = c.cause() == 0 ? 0 : ids.getOrDefault(c.cause(), 0L);
            ours.add(new Captured(c.send(), c.side(), c.wire(), c.nanos(), c.hash(), c.frames(), id, cause, c.counted()));
        }
        injected.add(ours);
    }

    /** The tap of socket {@code side}; null when it is not recorded here. */
    public SideTap tap(int side) {
        return taps[side];
    }

    /** {@link System#nanoTime} when the recording began: its times count from here. */
    public long startNanos() {
        return startNanos;
    }

    /** Messages left out: a socket found no room for them for too long, or the recording was closing. */
    public long lost() {
        return lost.sum();
    }

    /** Times a socket had to wait for room (the recording slowed the run). */
    public long waits() {
        return waits.sum();
    }

    /** Messages handed to the sink so far. */
    public long recorded() {
        return matcher == null ? 0 : matcher.recorded();
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    void countLost() {
        lost.increment();
    }

    void waited() {
        waits.increment();
    }

    boolean closing() {
        return closing;
    }

    private void run() {
        while (!closing) {
            long start = System.nanoTime();
            tick(start, false);
            long sleep = TICK_NANOS - (System.nanoTime() - start);
            if (sleep > 0) {
                LockSupport.parkNanos(sleep);
            }
        }
        tick(System.nanoTime(), true);
    }

    private void tick(long now, boolean last) {
        for (SideTap tap : taps) {
            if (tap != null) {
                tap.drain(drained::add);
            }
        }
        List<Captured> batch = drained;
        drained = new ArrayList<>();
        for (List<Captured> fromChild = injected.poll(); fromChild != null; fromChild = injected.poll()) {
            batch.addAll(fromChild);
        }
        List<RecordedMessage> out = matcher.accept(batch, now, last);
        if (!out.isEmpty()) {
            options.sink().messages(out);
        }
    }

    /**
     * Once every socket has closed: takes what is left, gives up on receipts still without their send (they are
     * recorded with their receipt alone) and stops the recording thread. The sink is the caller's to close.
     */
    @Override
    public void close() {
        closing = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
