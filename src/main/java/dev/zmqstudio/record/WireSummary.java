package dev.zmqstudio.record;

/**
 * One wire of a recording: how many messages crossed it, and their one-way latency (send to receipt) in microseconds
 * over those whose both ends were seen ({@code timed}); latencies null when none was.
 */
public record WireSummary(String wire, long messages, long timed, Long p50Micros, Long p99Micros) {
}
