package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Wire;
import dev.zmqstudio.record.MessageQuery;
import dev.zmqstudio.record.Recording;
import dev.zmqstudio.record.RecordingException;
import dev.zmqstudio.record.ReplayCursor;
import dev.zmqstudio.record.ReplayTimeline;
import dev.zmqstudio.record.RunEvent;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.record.RecordedMessage;
import dev.zmqstudio.runtime.trace.Token;
import dev.zmqstudio.ui.DesignerWindow;
import dev.zmqstudio.ui.edit.Editor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Replays a recording on the canvas: its topology as the diagram, a timeline to play, pause, seek and speed up,
 * the recorded messages animated at their recorded relative times with the counts and rates they had, and the
 * Messages tab. No socket is opened. The recording is read on a thread of its own; the FX thread never waits for it.
 */
final class ReplayController {
    private static final int TOKENS_PER_FRAME = 400;
    /** Rates are reckoned on the recording's clock, offset so that it never reads 0 (the live view's "no sample yet"). */
    private static final long CLOCK_OFFSET = 1_000_000_000L;
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("zs-replay-reader").daemon().unstarted(r));

    private final DesignerWindow window;
    private final Editor editor;
    private final LiveView live;
    private final TokenCanvas tokens;
    private final WireRates rates;
    private final WireAnchors anchors;
    private final Runnable attachOverlay;
    private final ReplayBar bar = new ReplayBar();
    private final MessageTable messages = new MessageTable();
    private final Tab messagesTab = new Tab("Messages", messages);
    private final AnimationTimer timer;
    private Recording recording;
    private ReplayTimeline timeline;
    private ReplayCursor cursor;
    private EngineSnapshot shown;
    private boolean playing;
    private long lastFrame;
    private long atNanos;
    private boolean movingSlider;
    /** The document replacement that showed the recording's topology: another one closes the replay. */
    private int ownDocument = -1;

    ReplayController(DesignerWindow window, LiveView live, TokenCanvas tokens, WireRates rates, WireAnchors anchors,
                     Runnable attachOverlay) {
        this.window = window;
        this.editor = window.editor();
        this.live = live;
        this.tokens = tokens;
        this.rates = rates;
        this.anchors = anchors;
        this.attachOverlay = attachOverlay;
        messagesTab.setId("messages-tab");
        messagesTab.setClosable(false);
        window.canvasColumn().getChildren().add(bar);
        bar.play.setOnAction(e -> setPlaying(!playing));
        bar.next.setOnAction(e -> nextEvent());
        bar.close.setOnAction(e -> close());
        bar.speed.valueProperty().addListener((obs, was, now) -> tokens.setSpeed(bar.speedFactor()));
        bar.slider.valueProperty().addListener((obs, was, now) -> {
            if (!movingSlider && cursor != null) {
                seek((long) (now.doubleValue() * 1e6));
            }
        });
        messages.apply.setOnAction(e -> loadRows());
        messages.text.setOnAction(e -> loadRows());
        messages.onSelect(this::select);
        editor.document().replacementsProperty().addListener((obs, was, now) -> {
            if (isOpen() && now.intValue() != ownDocument) {
                close();
            }
        });
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
    }

    boolean isOpen() {
        return cursor != null;
    }

    /** The numbers the canvas shows at the cursor (tests). */
    EngineSnapshot shown() {
        return shown;
    }

    long atNanos() {
        return atNanos;
    }

    /** Reads {@code file} off the FX thread, then shows it; a bad recording leaves the designer as it was and says why. */
    CompletableFuture<Boolean> open(Path file, boolean play) {
        editor.status().info("Opening recording " + file.getFileName() + "…");
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                Recording r = Recording.open(file);
                try {
                    return new Object[] {r, ReplayTimeline.load(r)};
                } catch (RecordingException e) {
                    r.close();
                    throw e;
                }
            } catch (RecordingException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, READER).thenAccept(loaded -> Platform.runLater(() -> {
                    install(file, (Recording) loaded[0], (ReplayTimeline) loaded[1], play);
                    shown.complete(true);
                }))
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
                    Platform.runLater(() -> {
                        editor.status().error(cause.getMessage());
                        editor.log("error: " + cause.getMessage());
                        if (window.prompts() != null) {
                            window.prompts().showError(window.stage(), "Cannot open " + file.getFileName(), cause.getMessage());
                        }
                        shown.complete(false);
                    });
                    return null;
                });
        return shown;
    }

    private void install(Path file, Recording r, ReplayTimeline t, boolean play) {
        if (isOpen()) {
            closeRecording();
        }
        recording = r;
        timeline = t;
        cursor = new ReplayCursor(t);
        ownDocument = editor.document().replacementsProperty().get() + 1;
        editor.document().replace(t.topology(), null);
        editor.selection().clear();
        Platform.runLater(window.canvas()::fit);
        attachOverlay.run();
        tokens.setSpeed(bar.speedFactor());
        bar.showFor(file.getFileName().toString(), t.endNanos());
        addTab();
        atNanos = 0;
        seek(0);
        timer.start();
        loadRows();
        String held = t.size() < t.total() ? String.format(" (the first %,d of its %,d messages)", t.size(), t.total())
                : String.format(" (%,d messages)", t.size());
        setPlaying(play);
        editor.status().info("Replaying " + file.getFileName() + held + (play ? "" : ": press Play"));
        editor.log("Replay: " + file + held + "; nothing runs, no socket is opened");
    }

    private void addTab() {
        if (window.scene() != null && window.scene().lookup("#bottom-tabs") instanceof TabPane pane) {
            if (!pane.getTabs().contains(messagesTab)) {
                pane.getTabs().add(messagesTab);
            }
            pane.getSelectionModel().select(messagesTab);
        }
    }

    void close() {
        if (!isOpen()) {
            return;
        }
        closeRecording();
        bar.hide();
        if (messagesTab.getTabPane() != null) {
            messagesTab.getTabPane().getTabs().remove(messagesTab);
        }
        tokens.clear();
        rates.clear();
        live.clear();
        editor.status().info("Replay closed");
    }

    private void closeRecording() {
        timer.stop();
        setPlaying(false);
        Recording r = recording;
        READER.execute(r::close);
        recording = null;
        timeline = null;
        cursor = null;
        shown = null;
    }

    void setPlaying(boolean on) {
        if (on && cursor != null && atNanos >= timeline.endNanos()) {
            seek(0); // from the start again
        }
        playing = on && cursor != null;
        lastFrame = 0;
        bar.playing(playing);
    }

    /** Moves the cursor to {@code nanos} without animating what lies between, and shows the numbers there. */
    void seek(long nanos) {
        if (cursor == null) {
            return;
        }
        long target = Math.max(0, Math.min(nanos, timeline.endNanos()));
        boolean back = target < atNanos;
        atNanos = target;
        cursor.moveTo(target, null);
        tokens.clear();
        if (back) {
            live.clear();
        }
        showNumbers(true);
    }

    private void frame(long now) {
        if (cursor == null) {
            return;
        }
        if (playing) {
            long elapsed = lastFrame == 0 ? 0 : now - lastFrame;
            long next = Math.min(timeline.endNanos(), atNanos + (long) (elapsed * bar.speedFactor()));
            int[] launched = {0};
            double nowMs = now / 1e6;
            cursor.moveTo(next, i -> {
                if (launched[0] < TOKENS_PER_FRAME && launch(i, nowMs)) {
                    launched[0]++;
                }
            });
            atNanos = next;
            if (next >= timeline.endNanos()) {
                setPlaying(false);
            }
            showNumbers(false);
        }
        lastFrame = now;
        tokens.advance(now / 1e6);
    }

    private boolean launch(int i, double nowMs) {
        String wire = timeline.wireOf(i);
        String receiver = timeline.receiverOf(i);
        if (wire == null || receiver == null) {
            return false;
        }
        boolean towardsBinder = editor.topology().wire(wire).map(Wire::to).map(receiver::equals).orElse(false);
        return tokens.launch(new Token(wire, timeline.senderOf(i), receiver, towardsBinder, timeline.sentNanos(i),
                timeline.atNanos(i), "", 0, List.of(), 1), nowMs);
    }

    /** The counts, states and rates at the cursor; {@code all}: every node now, not a frame's slice (after a seek). */
    private void showNumbers(boolean all) {
        shown = cursor.snapshot();
        anchors.beginFrame();
        for (int i = 0; i < (all ? LiveView.SLICES : 1); i++) {
            live.show(shown, atNanos + CLOCK_OFFSET);
        }
        if (live.ratesChanged()) {
            rates.show(live.wireRates(), live.wireAlarms());
        }
        movingSlider = true;
        bar.slider.setValue(atNanos / 1e6);
        movingSlider = false;
        bar.showTime(atNanos, timeline.endNanos(), cursor.position(), timeline.size());
        showScenario();
    }

    /** The scenario strip's cursor at the recorded time since the gate opened, its events marked as they were played. */
    private void showScenario() {
        dev.zmqstudio.ui.canvas.ScenarioStrip strip = window.scenarioStrip();
        long gate = timeline.gateNanos();
        if (!strip.isVisible() || gate < 0) {
            return;
        }
        List<dev.zmqstudio.model.ScenarioEvent> played = timeline.scenarioPlayedBy(atNanos);
        strip.progress(atNanos < gate ? -1 : (atNanos - gate) / 1_000_000L, played,
                java.util.Collections.nCopies(played.size(), (String) null));
    }

    /** Jumps to just before the next error, drop or fault, paused, and says what it is. */
    void nextEvent() {
        if (cursor == null) {
            return;
        }
        List<RunEvent> ahead = timeline.notableAfter(atNanos);
        if (ahead.isEmpty()) {
            editor.status().info("No error, drop or fault after " + String.format(java.util.Locale.ROOT, "%.3f s", atNanos / 1e9));
            return;
        }
        RunEvent e = ahead.getFirst();
        setPlaying(false);
        seek(e.atNanos());
        String where = e.node() != null ? e.node() : e.wire();
        if (where != null) {
            editor.selection().selectOnly(where);
        }
        editor.status().info(String.format(java.util.Locale.ROOT, "%.3f s: %s%s: %s", e.atNanos() / 1e9, e.kind(),
                where == null ? "" : " on " + where, e.detail()));
    }

    private void loadRows() {
        Recording r = recording;
        if (r == null) {
            return;
        }
        MessageQuery query = messages.query();
        long total = timeline.total();
        CompletableFuture.supplyAsync(() -> {
            List<RecordedMessage> rows = new ArrayList<>();
            try {
                r.messages(query, rows::add);
            } catch (RecordingException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
            return rows;
        }, READER).whenComplete((rows, failure) -> Platform.runLater(() -> {
            if (recording != r) {
                return;
            }
            if (failure != null) {
                editor.status().error(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage());
            } else {
                messages.show(rows, total);
            }
        }));
    }

    /** Shows a message's frames and highlights its path: the hops before it and after it, through devices and links. */
    private void select(RecordedMessage m) {
        messages.showFrames(m);
        Recording r = recording;
        CompletableFuture.supplyAsync(() -> {
            try {
                return path(r, m);
            } catch (RecordingException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, READER).thenAccept(ids -> Platform.runLater(() -> {
            if (recording == r) {
                editor.selection().selectOnly(ids);
            }
        }));
    }

    private static final int MOST_HOPS = 64;

    private static Set<String> path(Recording r, RecordedMessage m) throws RecordingException {
        Set<String> ids = new LinkedHashSet<>();
        add(ids, m);
        RecordedMessage back = m;
        for (int hop = 0; hop < MOST_HOPS && back.causedBy() != 0; hop++) {
            back = r.message(back.causedBy()).orElse(null);
            if (back == null) {
                break;
            }
            add(ids, back);
        }
        List<Long> ahead = new ArrayList<>(r.causedBy(m.id()));
        for (int hop = 0; hop < MOST_HOPS && !ahead.isEmpty(); hop++) {
            long id = ahead.removeFirst();
            r.message(id).ifPresent(next -> add(ids, next));
            ahead.addAll(r.causedBy(id));
        }
        return ids;
    }

    private static void add(Set<String> ids, RecordedMessage m) {
        if (m.wire() != null) {
            ids.add(m.wire());
        }
    }
}
