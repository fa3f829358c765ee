package dev.zmqstudio.record;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.record.Capture;
import dev.zmqstudio.runtime.record.RecordOptions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records one run into a file: set up before the engine starts ({@link #attach}), shown the run's snapshots while it
 * runs ({@link #observe}, for its events) and finished once it has stopped ({@link #finish}).
 */
public final class RunRecorder {
    private final Engine engine;
    private final RecordingWriter writer;
    private final RunEvents events = new RunEvents();
    private boolean gateRecorded;

    private RunRecorder(Engine engine, RecordingWriter writer) {
        this.engine = engine;
        this.writer = writer;
    }

    /**
     * Records {@code engine}'s run (not started yet) in {@code file}: every message, or only those on {@code wires}
     * (empty: all), one in {@code every} per wire.
     */
    public static RunRecorder attach(Engine engine, Path file, String topologyJson, String appVersion,
                                     Set<String> wires, int every) throws RecordingException {
        Topology topology = engine.topology();
        for (String w : wires) {
            if (topology.wire(w).isEmpty()) {
                throw new RecordingException("no wire '" + w + "' in the topology (its wires: "
                        + String.join(", ", topology.wires().stream().map(dev.zmqstudio.model.Wire::id).toList()) + ")");
            }
        }
        String selection = (wires.isEmpty() ? "every wire" : "wires " + String.join(", ", wires.stream().sorted().toList()))
                + (every > 1 ? ", one message in " + every : ", every message");
        RecordingWriter writer = RecordingWriter.create(file, topology, topologyJson, appVersion, selection);
        engine.record(new RecordOptions(writer, wires, every));
        return new RunRecorder(engine, writer);
    }

    public Path file() {
        return writer.file();
    }

    /** Notes what changed in the run since the last snapshot (call it as often as the run is looked at). */
    public void observe(EngineSnapshot snapshot) {
        Capture capture = engine.capture();
        if (capture == null) {
            return;
        }
        long now = System.nanoTime() - capture.startNanos();
        events.since(snapshot, now, engine::faults).forEach(writer::event);
        long gate = engine.gateOpenedNanos();
        if (gate != 0 && !gateRecorded) {
            gateRecorded = true;
            writer.event(new RunEvent(gate - capture.startNanos(), RunEvent.GATE, null, null, "generators started"));
        }
        if (gate != 0) {
            events.played(engine.scenarioPlayed(), gate - capture.startNanos()).forEach(writer::event);
        }
    }

    /** Once the engine has stopped: the last events, the totals, the indexes. Returns how many messages it holds. */
    public long finish(EngineSnapshot last) throws RecordingException {
        observe(last);
        Capture capture = engine.capture();
        Map<String, String> totals = new LinkedHashMap<>();
        long recorded = capture == null ? 0 : capture.recorded();
        totals.put("recorded", String.valueOf(recorded));
        totals.put("lost", String.valueOf(capture == null ? 0 : capture.lost()));
        totals.put("waits", String.valueOf(capture == null ? 0 : capture.waits()));
        writer.finish(totals);
        return recorded;
    }

    /** Messages the recording could not keep (0: none). */
    public long lost() {
        Capture capture = engine.capture();
        return capture == null ? 0 : capture.lost();
    }

    /** Closes the file without finishing it (the run could not start); what was written stays readable. */
    public void abandon() {
        writer.close();
    }
}
