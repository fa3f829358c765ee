package dev.zmqstudio.model;

import java.util.Objects;

/**
 * One timed fault of a scenario: at {@code atMillis} after the start gate opened (messages started), {@code action}
 * on the wire or node {@code target}. {@code latencyMs}/{@code jitterMs} are for LATENCY, {@code bytesPerSecond} for
 * BANDWIDTH (0 elsewhere).
 */
public record ScenarioEvent(long atMillis, ScenarioAction action, String target, int latencyMs, int jitterMs,
                            long bytesPerSecond) {

    public ScenarioEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        if (atMillis < 0) {
            throw new IllegalArgumentException("an event's time cannot be negative");
        }
    }

    public static ScenarioEvent of(long atMillis, ScenarioAction action, String target) {
        return new ScenarioEvent(atMillis, action, target, 0, 0, 0);
    }

    /** What the wire's faults become when this event applies to {@code before}; for wire actions only. */
    public WireFaults applyTo(WireFaults before) {
        WireFaults f = before == null ? WireFaults.NONE : before;
        return switch (action) {
            case CUT -> f.withCut(true);
            case HEAL -> f.withCut(false);
            case RESET -> f;
            case LATENCY -> f.withLatency(latencyMs, jitterMs);
            case BANDWIDTH -> f.withBandwidth(bytesPerSecond);
            case CLEAR -> WireFaults.NONE.withDirection(f.direction());
            case KILL, RESTART, PAUSE, RESUME -> throw new IllegalStateException(action + " is not a wire action");
        };
    }

    /** "cut w3", "latency w1 20 ms ±5", "bandwidth w1 1 MB/s", "kill worker-2". */
    public String describe() {
        String what = action.key() + " " + target;
        return switch (action) {
            case LATENCY -> what + " " + latencyMs + " ms" + (jitterMs > 0 ? " ±" + jitterMs : "");
            case BANDWIDTH -> what + " " + (bytesPerSecond == 0 ? "unlimited" : WireFaults.rate(bytesPerSecond));
            default -> what;
        };
    }
}
