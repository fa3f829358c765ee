package dev.zmqstudio.runtime.record;

import java.util.List;

/**
 * Where a run's recorded messages go (the recording file). Called from the engine's recording thread only;
 * {@link #messages} may block while the sink catches up: that is how a recording that cannot keep up slows the run
 * it records instead of losing messages.
 */
public interface RecordSink {
    /** A batch of recorded messages, in the order they were matched. */
    void messages(List<RecordedMessage> batch);
}
