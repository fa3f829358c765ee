package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.ScenarioEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Plays a topology's scenario on a thread of its own: each event at its time after the start gate opened, in time
 * order, through {@link Target}; every event is logged and kept ({@link #played()}) with when it was applied.
 */
public final class ScenarioPlayer {

    /** What the events act on; each returns null when done, else why it could not be. */
    public interface Target {
        String apply(ScenarioEvent event);
    }

    /**
     * One event as it was played: planned at {@code atMillis}, applied {@code appliedMillis} after the gate opened;
     * {@code problem} null when it was applied, else why not.
     */
    public record Played(ScenarioEvent event, long appliedMillis, String problem) {
        public boolean applied() {
            return problem == null;
        }
    }

    private final List<ScenarioEvent> events;
    private final Target target;
    private final LongSupplier gateOpenedNanos;
    private final java.util.function.Consumer<String> log;
    private final List<Played> played = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private Thread thread;

    /**
     * @param gateOpenedNanos when the start gate opened (System.nanoTime), 0 while it has not
     */
    public ScenarioPlayer(List<ScenarioEvent> events, Target target, LongSupplier gateOpenedNanos,
                          java.util.function.Consumer<String> log) {
        this.events = events.stream().sorted(Comparator.comparingLong(ScenarioEvent::atMillis)).toList();
        this.target = target;
        this.gateOpenedNanos = gateOpenedNanos;
        this.log = log;
    }

    public void start() {
        if (!events.isEmpty()) {
            thread = Thread.ofPlatform().name("zs-scenario").daemon().start(this::play);
        }
    }

    private void play() {
        long opened;
        while ((opened = gateOpenedNanos.getAsLong()) == 0) {
            if (stopped) {
                return;
            }
            LockSupport.parkNanos(1_000_000L);
        }
        for (ScenarioEvent event : events) {
            long due = opened + event.atMillis() * 1_000_000L;
            for (long left = due - System.nanoTime(); left > 0 && !stopped; left = due - System.nanoTime()) {
                LockSupport.parkNanos(Math.min(left, 50_000_000L));
            }
            if (stopped) {
                return;
            }
            String problem;
            try {
                problem = target.apply(event);
            } catch (RuntimeException e) {
                problem = "failed: " + e.getMessage();
            }
            long at = (System.nanoTime() - opened) / 1_000_000L;
            played.add(new Played(event, at, problem));
            log.accept(String.format(java.util.Locale.ROOT, "%.3f s %s%s", at / 1000.0, event.describe(),
                    problem == null ? "" : ": not applied, " + problem));
        }
    }

    /** The events played so far, in order. */
    public List<Played> played() {
        return new ArrayList<>(played);
    }

    /** True when every event has been played (or there are none). */
    public boolean done() {
        return played.size() == events.size();
    }

    /** When the last event is due, after the gate opened (0 without events). */
    public long lastAtMillis() {
        return events.isEmpty() ? 0 : events.getLast().atMillis();
    }

    public void stop() {
        stopped = true;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }
}
