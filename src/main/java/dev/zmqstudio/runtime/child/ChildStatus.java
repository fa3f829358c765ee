package dev.zmqstudio.runtime.child;

import java.time.Duration;
import java.util.List;

/**
 * One child process of a run, for the UI: the nodes it runs ({@code id} is the first), its pid, state, exit code
 * (null while it runs), its last stderr lines, how long it took from spawn to ready (null until ready) and how
 * many times it was restarted.
 */
public record ChildStatus(String id, List<String> nodes, long pid, ChildState state, Integer exitCode,
                          List<String> lastStderr, Duration spawnToReady, int restarts) {
}
