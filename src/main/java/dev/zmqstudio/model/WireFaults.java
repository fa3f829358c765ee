package dev.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a wire's network does to its bytes: an added one-way latency with jitter, a bandwidth cap, or a cut (a
 * partition: connections are reset and new ones refused until healed). A wire with faults (even none set yet, so
 * that they can be applied while it runs) is carried through a fault proxy; see docs/decisions/wire-faults.md.
 *
 * @param bytesPerSecond 0: no cap
 */
public record WireFaults(int latencyMs, int jitterMs, long bytesPerSecond, boolean cut, FaultDirection direction) {

    public static final int MAX_LATENCY_MS = 60_000;
    /** Below this a cap would stall ZeroMQ's handshake for seconds; far below any network a user would model. */
    public static final long MIN_BYTES_PER_SECOND = 1_000;
    /** 10 GB/s: faster than loopback carries; a larger number is a typo, not a cap. */
    public static final long MAX_BYTES_PER_SECOND = 10_000_000_000L;

    /** Carried through the proxy with nothing applied: ready for faults set while running. */
    public static final WireFaults NONE = new WireFaults(0, 0, 0, false, FaultDirection.BOTH);

    public WireFaults {
        direction = direction == null ? FaultDirection.BOTH : direction;
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("the latency must be 0 to " + MAX_LATENCY_MS + " ms, not " + latencyMs);
        }
        if (jitterMs < 0 || jitterMs > latencyMs) {
            throw new IllegalArgumentException("the jitter must be 0 to the latency (" + latencyMs + " ms), not " + jitterMs);
        }
        if (bytesPerSecond != 0 && (bytesPerSecond < MIN_BYTES_PER_SECOND || bytesPerSecond > MAX_BYTES_PER_SECOND)) {
            throw new IllegalArgumentException("a bandwidth cap must be " + MIN_BYTES_PER_SECOND + " to "
                    + MAX_BYTES_PER_SECOND + " bytes a second (or 0 for none), not " + bytesPerSecond);
        }
    }

    public boolean any() {
        return latencyMs > 0 || bytesPerSecond > 0 || cut;
    }

    public WireFaults withLatency(int millis, int jitter) {
        return new WireFaults(millis, jitter, bytesPerSecond, cut, direction);
    }

    public WireFaults withBandwidth(long perSecond) {
        return new WireFaults(latencyMs, jitterMs, perSecond, cut, direction);
    }

    public WireFaults withCut(boolean isCut) {
        return new WireFaults(latencyMs, jitterMs, bytesPerSecond, isCut, direction);
    }

    public WireFaults withDirection(FaultDirection newDirection) {
        return new WireFaults(latencyMs, jitterMs, bytesPerSecond, cut, newDirection);
    }

    /** A short label for the canvas and logs: "cut", "+20 ms ±5", "1.5 MB/s", "+20 ms → binder"; "" when none. */
    public String label() {
        if (cut) {
            return "cut";
        }
        List<String> parts = new ArrayList<>();
        if (latencyMs > 0) {
            parts.add("+" + latencyMs + " ms" + (jitterMs > 0 ? " ±" + jitterMs : ""));
        }
        if (bytesPerSecond > 0) {
            parts.add(rate(bytesPerSecond));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String towards = switch (direction) {
            case BOTH -> "";
            case TOWARDS_BINDER -> " → binder";
            case TOWARDS_CONNECTOR -> " → connector";
        };
        return String.join(", ", parts) + towards;
    }

    static String rate(long bytesPerSecond) {
        if (bytesPerSecond >= 1_000_000) {
            return trim(bytesPerSecond / 1_000_000.0) + " MB/s";
        }
        return trim(bytesPerSecond / 1_000.0) + " kB/s";
    }

    private static String trim(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
