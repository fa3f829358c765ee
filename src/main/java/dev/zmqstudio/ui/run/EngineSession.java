package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.LogSink;
import dev.zmqstudio.ui.edit.ConsoleLine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of the engine as the designer sees it: start and stop happen on a background thread (they bind,
 * connect and join threads), log lines wait in a bounded queue the UI drains once per frame.
 */
final class EngineSession implements LogSink {
    static final int MAX_QUEUED_LINES = 5_000;

    private static final ExecutorService CONTROL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zs-engine-control");
        t.setDaemon(true);
        return t;
    });

    /** Snapshots are built here, ten times a second, so the FX thread only reads the latest one. */
    private static final ScheduledExecutorService SNAPSHOTS =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "zs-snapshots");
                t.setDaemon(true);
                return t;
            });
    private static final long SNAPSHOT_PERIOD_MS = 100;
    /** How long an attached session waits for the hosts to report before it shows them without those missing. */
    static final java.time.Duration ATTACH_WAIT = java.time.Duration.ofMinutes(2);

    private final Engine engine;
    private volatile dev.zmqstudio.runtime.engine.EngineSnapshot latest;
    private ScheduledFuture<?> snapshots;
    private final ConsoleBacklog lines = new ConsoleBacklog(MAX_QUEUED_LINES);
    /** Where and what the run records (null: not recorded). */
    private final RecordingChoices.Choice recording;
    private final java.nio.file.Path recordTo;
    private dev.zmqstudio.record.RunRecorder recorder;

    /**
     * {@code folder}: where the file lives (commands run there); {@code output}: where its files are written
     * ({@link RunOutputFolder}); {@code allowCommands}: the user trusted it.
     */
    EngineSession(Topology topology, java.nio.file.Path folder, java.nio.file.Path output, boolean allowCommands,
                  RecordingChoices.Choice recording) {
        this(topology, folder, output, allowCommands, recording, null);
    }

    /** {@code attachAt}: the endpoint a deployment's hosts report to, when the session shows them (null: it runs the nodes). */
    EngineSession(Topology topology, java.nio.file.Path folder, java.nio.file.Path output, boolean allowCommands,
                  RecordingChoices.Choice recording, String attachAt) {
        this.recording = recording;
        this.recordTo = recording == null ? null : recording.file();
        // Nodes placed in child processes run the same jar as the designer; the child reads its topology as JSON.
        EngineOptions options = EngineOptions.logTo(this).withCommandDir(folder).withOutputDir(output)
                .withChildren(dev.zmqstudio.runtime.child.ChildLaunch.ofThisProcess(dev.zmqstudio.io.TopologyFiles::toJson));
        if (attachAt != null) {
            options = options.attachedAt(attachAt, ATTACH_WAIT);
        }
        this.engine = new Engine(topology, allowCommands
                ? options.withCommands(dev.zmqstudio.runtime.external.CommandApproval.ALLOW) : options);
    }

    Engine engine() {
        return engine;
    }

    /** Starts the engine; completes once it runs and a first snapshot is in. */
    CompletableFuture<Void> start() {
        return CompletableFuture.runAsync(() -> {
            if (recordTo != null) {
                startRecording();
            }
            engine.start();
            latest = engine.snapshot();
            snapshots = SNAPSHOTS.scheduleAtFixedRate(this::takeSnapshot,
                    SNAPSHOT_PERIOD_MS, SNAPSHOT_PERIOD_MS, TimeUnit.MILLISECONDS);
        }, CONTROL);
    }

    /** Stops the engine; completes once everything is released and the final snapshot is in. */
    CompletableFuture<Void> stop() {
        return CompletableFuture.runAsync(() -> {
            if (snapshots != null) {
                snapshots.cancel(false);
                try {
                    SNAPSHOTS.submit(() -> { }).get(); // a snapshot under way finishes first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            engine.stop();
            latest = engine.snapshot();
            if (recorder != null) {
                finishRecording();
            }
        }, CONTROL);
    }

    /** Recording thread set up before the engine starts; a folder that cannot be written says so and the run goes on. */
    private void startRecording() {
        try {
            java.nio.file.Files.createDirectories(recordTo.getParent());
            recorder = dev.zmqstudio.record.RunRecorder.attach(engine, recordTo,
                    dev.zmqstudio.io.TopologyFiles.toJson(engine.topology()), dev.zmqstudio.io.AppVersion.current(),
                    recording.wires(), recording.every());
            line("recording", "recording " + recording.describe() + " to " + recordTo);
        } catch (dev.zmqstudio.record.RecordingException | java.io.IOException e) {
            line("recording", "error: not recorded: " + e.getMessage());
        }
    }

    private void finishRecording() {
        try {
            long kept = recorder.finish(latest);
            line("recording", "recorded " + kept + " messages to " + recordTo + " (File > Open Recording replays it)"
                    + (recorder.lost() > 0 ? "; " + recorder.lost() + " could not be kept" : ""));
        } catch (dev.zmqstudio.record.RecordingException e) {
            line("recording", "error: " + e.getMessage());
        }
    }

    /** A failing snapshot must not end the periodic task (the view would freeze): it is reported and skipped. */
    private void takeSnapshot() {
        try {
            latest = engine.snapshot();
            if (recorder != null) {
                recorder.observe(latest);
            }
        } catch (RuntimeException e) {
            line("engine", "warning: could not read the run's numbers: " + e);
        }
    }

    /** The latest numbers (null before the engine ran); built off the FX thread. */
    dev.zmqstudio.runtime.engine.EngineSnapshot latestSnapshot() {
        return latest;
    }

    @Override
    public void line(String nodeId, String text) {
        lines.add(ConsoleLine.now(nodeId, text));
    }

    /** FX thread, once per frame: hands over at most {@code max} lines (the newest are never the ones skipped). */
    void drainLines(int max, Consumer<ConsoleLine> sink) {
        lines.drain(max, sink);
    }
}
