package dev.zmqstudio.runtime;

import java.time.Instant;

/** Wall-clock time in microseconds: comparable across processes on one machine, unlike nanoTime. */
final class Clock {
    private Clock() {
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
