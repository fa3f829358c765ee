package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.TopologyValidation;
import dev.zmqstudio.ui.DesignerWindow;
import dev.zmqstudio.ui.RunActions;
import dev.zmqstudio.ui.edit.ConsoleLine;
import dev.zmqstudio.ui.edit.Editor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Group;

import java.util.List;
import java.util.Objects;

/**
 * Run, Stop, Pause, Step and the speed box: validates, starts the engine off the FX thread, and once per
 * frame shows the engine's numbers and animates a bounded sample of messages. The FX thread never waits
 * for the engine: start and stop run on a control thread and report back with runLater.
 */
public final class SimulationController implements RunActions {
    private static final int LINES_PER_FRAME = 200;
    private static final int TOKENS_PER_FRAME = 400;
    private static final long INSPECTOR_PERIOD_NANOS = 250_000_000L;
    private static final String STYLESHEET = Objects.requireNonNull(
            SimulationController.class.getResource("simulation.css")).toExternalForm();

    private final DesignerWindow window;
    private final Editor editor;
    private final LiveView live;
    private final TokenCanvas tokens;
    private final BadgeTextPainter badgeTexts;
    /** The animation's clock at the last frame drawn: it stands still while paused. */
    private double drawnAtMs;
    private final WireRates rates;
    private final WireAnchors anchors;
    private final RecentMessages recent = new RecentMessages();
    /** Built at the first Run: its chart and lists cost the designer's first frame and are not seen before. */
    private LiveInspector inspector;
    private long lastInspectorSecond;
    private long lastInspectorNanos;
    private long frameWorkNanos;
    private long frames;
    private final AnimationTimer timer;
    private final ChangeListener<Topology> editedWhileRunning = (obs, before, after) -> editedWhileRunning(before, after);
    private EngineSession session;
    /** Applies fault edits to the running wires one at a time, in the order they were made, off the FX thread. */
    private final java.util.concurrent.Executor faultEdits = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("zs-fault-edits").daemon().unstarted(r));
    private final BusyPortGuard portGuard;
    /** Files (with the exact commands they name) the user trusted this session. */
    private final java.util.Set<String> trusted = new java.util.HashSet<>();
    private boolean paused;
    private final javafx.beans.property.ReadOnlyBooleanWrapper running = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper pausedState = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long pausedAtNanos;
    private boolean warnedAboutEdits;
    /** "hosts h1, h2 reporting at ENDPOINT" while attached to a deployment; null while running the nodes here. */
    private String attachedTo;
    private EngineSnapshot lastSnapshot;
    /** The endpoint of the last attach, offered again. */
    private String lastAttach = "tcp://0.0.0.0:6100";
    private boolean drawing = true;
    /** Which document (its count of New and Open) the last run belongs to. */
    private int runDocument;
    private final javafx.beans.property.BooleanProperty recordRuns = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReplayController replay;
    private final RecordingChoices recordingChoices = new RecordingChoices();

    public SimulationController(DesignerWindow window) {
        this.window = window;
        this.editor = window.editor();
        this.portGuard = new BusyPortGuard(editor, window::prompts, window::stage);
        this.live = new LiveView(window.canvas());
        this.anchors = new WireAnchors(window.canvas());
        this.tokens = new TokenCanvas(anchors, window.canvas().world());
        tokens.widthProperty().bind(window.canvas().widthProperty());
        tokens.heightProperty().bind(window.canvas().heightProperty());
        this.rates = new WireRates(window.canvas());
        this.badgeTexts = new BadgeTextPainter(window.canvas());
        tokens.setOverlay(badgeTexts);
        editor.selection().ids().addListener((javafx.collections.SetChangeListener<String>) c -> showFinishedRun());
        editor.document().replacementsProperty().addListener((obs, before, after) -> showFinishedRun());
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame(now);
            }
        };
        this.replay = new ReplayController(window, live, tokens, rates, anchors, this::attachOverlay);
    }

    @Override
    public javafx.beans.property.BooleanProperty recordRuns() {
        return recordRuns;
    }

    @Override
    public List<javafx.scene.control.MenuItem> recordingChoices() {
        return recordingChoices.menuItems(recordRuns);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Boolean> openRecording(java.nio.file.Path file, boolean play) {
        if (session != null) {
            editor.status().error("Stop the run before opening a recording");
            return java.util.concurrent.CompletableFuture.completedFuture(false);
        }
        return replay.open(file, play);
    }

    /** The numbers a replay shows at its cursor; null when no recording is open. */
    public EngineSnapshot replayNumbers() {
        return replay.isOpen() ? replay.shown() : null;
    }

    /** Where a replay's cursor is, in nanoseconds since the recording began (-1: no recording open). */
    public long replayAtNanos() {
        return replay.isOpen() ? replay.atNanos() : -1;
    }

    /** True from Run until Stop has finished. */
    public boolean isRunning() {
        return session != null;
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue running() {
        return running.getReadOnlyProperty();
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue paused() {
        return pausedState.getReadOnlyProperty();
    }

    /** The engine of the current run, if any (benchmarks read its counters directly). */
    public java.util.Optional<dev.zmqstudio.runtime.engine.Engine> currentEngine() {
        EngineSession s = session;
        return s == null ? java.util.Optional.empty() : java.util.Optional.of(s.engine());
    }

    /** Dots in flight on the canvas now. */
    public int tokensInFlight() {
        return tokens.inFlight();
    }

    /** The last numbers shown (tests and the properties panel). */
    public EngineSnapshot lastSnapshot() {
        return lastSnapshot;
    }

    @Override
    public void run() {
        replay.close(); // the diagram stays; the recording's timeline goes
        if (session != null) {
            if (paused) {
                pause();
            }
            return;
        }
        if (portGuard.checking()) {
            return;
        }
        Topology topology = editor.topology();
        if (!runnable(topology)) {
            return;
        }
        java.nio.file.Path file = editor.document().file();
        java.nio.file.Path folder = folderOf(file);
        List<String> commands = dev.zmqstudio.runtime.external.CommandLaunch.of(topology, folder).stream()
                .map(dev.zmqstudio.runtime.external.CommandLaunch::describe).toList();
        if (!commands.isEmpty() && !trusted.contains(trustKey(file, commands))) {
            if (window.prompts() == null || !window.prompts().trustCommands(window.stage(),
                    editor.document().displayName(), commands)) {
                editor.status().info("Not run: the file launches programs you did not trust");
                return;
            }
            trusted.add(trustKey(file, commands));
        }
        boolean launchesCommands = !commands.isEmpty();
        portGuard.check(topology, checked -> start(checked, folder, launchesCommands, null), this::run);
    }

    /** Whether the topology has no errors; else the status bar says the first. */
    private boolean runnable(Topology topology) {
        List<Problem> errors = TopologyValidation.validate(topology).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            editor.status().error("Cannot run: " + errors.size() + " error(s) — " + errors.getFirst().message()
                    + " (see Problems)");
        }
        return errors.isEmpty();
    }

    private static java.nio.file.Path folderOf(java.nio.file.Path file) {
        return file == null || file.toAbsolutePath().getParent() == null
                ? java.nio.file.Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    @Override
    public void attach() {
        replay.close();
        if (session != null) {
            editor.status().info("Stop the run first, then attach");
            return;
        }
        Topology topology = editor.topology();
        if (!runnable(topology)) {
            return;
        }
        java.nio.file.Path folder = folderOf(editor.document().file());
        java.util.Optional<String> missing = dev.zmqstudio.runtime.security.AttachKeys.whyMissing(topology, folder);
        if (missing.isPresent()) {
            editor.status().error("Cannot attach: " + missing.get());
            editor.log("error: cannot attach: " + missing.get());
            return;
        }
        List<String> hosts = dev.zmqstudio.model.Hosts.deployed(topology);
        java.util.Optional<String> endpoint = window.prompts() == null ? java.util.Optional.empty()
                : window.prompts().askAttachEndpoint(window.stage(), hosts, lastAttach);
        if (endpoint.isEmpty()) {
            return;
        }
        lastAttach = endpoint.get();
        start(topology, folder, false, endpoint.get());
        editor.status().info("Attaching at " + endpoint.get() + ": waiting for hosts " + String.join(", ", hosts) + "…");
    }

    /** {@code attachAt}: show a deployment reporting there instead of running the nodes (null: run them). */
    private void start(Topology topology, java.nio.file.Path folder, boolean launchesCommands, String attachAt) {
        java.nio.file.Path file = editor.document().file();
        attachOverlay();
        java.nio.file.Path output = RunOutputFolder.of(file);
        RecordingChoices.Choice recording = recordRuns.get()
                ? recordingChoices.at(RunOutputFolder.recordingIn(output), editor.selection().ids(), topology) : null;
        EngineSession starting = new EngineSession(topology, folder, output, launchesCommands, recording, attachAt);
        session = starting;
        running.set(true);
        warnedAboutEdits = false;
        setPaused(false);
        lastSnapshot = null;
        runDocument = editor.document().replacementsProperty().get();
        window.scenarioStrip().progress(-1, List.of(), List.of());
        frameWorkNanos = 0;
        frames = 0;
        attachedTo = attachAt == null ? null
                : "hosts " + String.join(", ", dev.zmqstudio.model.Hosts.deployed(topology)) + " reporting at " + attachAt;
        if (attachAt == null) {
            editor.status().info("Starting " + topology.nodes().size() + " nodes…");
            editor.log("Run: starting " + topology.nodes().size() + " nodes");
        } else {
            editor.log("Attach: " + topology.nodes().size() + " nodes on " + attachedTo);
        }
        if (writesFiles(topology)) {
            editor.log("Run: recordings go to " + output);
        }
        editor.document().topologyProperty().addListener(editedWhileRunning);
        starting.start().whenComplete((ok, failure) -> Platform.runLater(() -> started(starting, failure)));
        timer.start();
    }

    private static boolean writesFiles(Topology topology) {
        return topology.nodes().stream().anyMatch(n -> n instanceof dev.zmqstudio.model.SocketNode s
                && s.behaviour() instanceof dev.zmqstudio.model.Behaviour.Sink sink && sink.record() != null);
    }

    private static String trustKey(java.nio.file.Path file, List<String> commands) {
        return (file == null ? "untitled" : file.toAbsolutePath().toString()) + "\n" + String.join("\n", commands);
    }

    private void started(EngineSession starting, Throwable failure) {
        if (session != starting) {
            return;
        }
        if (failure != null) {
            editor.status().error("Run failed: " + failure.getMessage());
            editor.log("error: run failed: " + failure.getMessage());
            finish();
            return;
        }
        EngineSnapshot s = starting.latestSnapshot();
        long failed = s.failedNodes().size();
        editor.status().info(failed > 0 ? "Running with " + failed + " failed node(s): " + s.failedNodes().getFirst().id()
                + ": " + s.failedNodes().getFirst().error()
                : attachedTo != null ? "Attached: " + attachedTo + " — press Stop (Shift+F5) to end, which stops them"
                : "Running — press Stop (Shift+F5) to end");
    }

    @Override
    public void stop() {
        portGuard.cancel();
        EngineSession stopping = session;
        if (stopping == null) {
            return;
        }
        editor.status().info("Stopping…");
        stopping.stop().whenComplete((ok, failure) -> Platform.runLater(() -> {
            onFrame(System.nanoTime()); // the final numbers
            finish();
            List<EngineSnapshot.NodeStats> failing = lastSnapshot == null ? List.of() : lastSnapshot.nodesWithErrors();
            if (failing.isEmpty()) {
                editor.status().info("Stopped");
            } else {
                EngineSnapshot.NodeStats first = failing.getFirst();
                editor.status().error("Stopped — " + failing.size() + (failing.size() == 1 ? " node" : " nodes")
                        + " had errors; " + first.id() + ": " + first.errors().first());
            }
            editor.log("Run: stopped");
        }));
    }

    private void finish() {
        EngineSession ending = session;
        if (ending != null) {
            List<ConsoleLine> rest = new java.util.ArrayList<>();
            ending.drainLines(EngineSession.MAX_QUEUED_LINES, rest::add); // the last lines, not only a frame's worth
            editor.logAll(rest);
        }
        timer.stop();
        editor.document().topologyProperty().removeListener(editedWhileRunning);
        session = null;
        running.set(false);
        setPaused(false);
        tokens.clear();
        badgeTexts.release();
        rates.clear();
    }

    @Override
    public void pause() {
        if (session == null || !session.engine().isRunning()) {
            return;
        }
        setPaused(!paused);
        if (paused) {
            session.engine().pause();
            pausedAtNanos = System.nanoTime();
            editor.status().info("Paused — Step sends one message per generator; Run or Pause resumes");
        } else {
            tokens.shift((System.nanoTime() - pausedAtNanos) / 1e6);
            session.engine().resume();
            editor.status().info("Running");
        }
    }

    private void setPaused(boolean value) {
        paused = value;
        pausedState.set(value);
    }

    @Override
    public void step() {
        if (session == null || !session.engine().isRunning()) {
            return;
        }
        if (!paused) {
            pause();
        }
        session.engine().step();
    }

    /** While running, a node in a child process can be killed (fault injection) or restarted. */
    @Override
    public List<javafx.scene.control.MenuItem> nodeMenuItems(String nodeId) {
        EngineSession s = session;
        if (s == null || !s.engine().isRunning()) {
            return List.of();
        }
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        EngineSnapshot.NodeStats stats = lastSnapshot == null ? null : lastSnapshot.nodes().get(nodeId);
        boolean ours = editor.topology().node(nodeId).filter(n -> n instanceof dev.zmqstudio.model.SocketNode
                && editor.topology().placementOf(n) != dev.zmqstudio.model.Placement.EXTERNAL).isPresent();
        if (ours) {
            boolean paused = stats != null && stats.state() == dev.zmqstudio.runtime.engine.NodeState.PAUSED;
            javafx.scene.control.MenuItem pause = new javafx.scene.control.MenuItem(paused ? "Resume node" : "Pause node");
            pause.setId(paused ? "resume-node" : "pause-node");
            pause.setOnAction(e -> {
                editor.log((paused ? "Resume node " : "Pause node ") + nodeId);
                faultEdits.execute(() -> {
                    if (paused) {
                        s.engine().resumeNode(nodeId);
                    } else {
                        s.engine().pauseNode(nodeId);
                    }
                });
            });
            items.add(pause);
        }
        if (s.engine().child(nodeId).isPresent() || ours) {
            javafx.scene.control.MenuItem kill = new javafx.scene.control.MenuItem("Kill node");
            kill.setId("kill-node");
            kill.setOnAction(e -> killNode(nodeId));
            javafx.scene.control.MenuItem restart = new javafx.scene.control.MenuItem("Restart node");
            restart.setId("restart-node");
            restart.setOnAction(e -> restartNode(nodeId));
            items.add(kill);
            items.add(restart);
        }
        return items;
    }

    /** Kills the process of a child node, off the FX thread; its peers keep running and reconnect later. */
    public void killNode(String nodeId) {
        EngineSession s = session;
        if (s != null) {
            editor.log("Kill node " + nodeId);
            java.util.concurrent.CompletableFuture.runAsync(() -> s.engine().killNode(nodeId));
        }
    }

    /** Starts a child node's process again (killing it first if it still runs), off the FX thread. */
    public void restartNode(String nodeId) {
        EngineSession s = session;
        if (s != null) {
            editor.log("Restart node " + nodeId);
            java.util.concurrent.CompletableFuture.runAsync(() -> s.engine().restartNode(nodeId));
        }
    }

    @Override
    public void setSpeed(double factor) {
        tokens.setSpeed(factor);
    }

    /** Average FX-thread time spent per frame on the simulation, in ms (benchmarks). */
    public double averageFrameWorkMillis() {
        return frames == 0 ? 0 : frameWorkNanos / 1e6 / frames;
    }

    private void onFrame(long now) {
        long began = System.nanoTime();
        showFrame(now);
        frameWorkNanos += System.nanoTime() - began;
        frames++;
    }

    private void showFrame(long now) {
        EngineSession s = session;
        EngineSnapshot latest = s == null ? null : s.latestSnapshot();
        if (latest == null) {
            return;
        }
        List<ConsoleLine> lines = new java.util.ArrayList<>();
        s.drainLines(LINES_PER_FRAME, lines::add);
        editor.logAll(lines);
        showScenario(s);
        if (!drawing) {
            lastSnapshot = latest;
            s.engine().drainTokens(t -> { }, TOKENS_PER_FRAME); // taken as when drawn, so the engine works the same
            return;
        }
        anchors.beginFrame();
        lastSnapshot = latest;
        live.show(lastSnapshot, now);
        if (live.ratesChanged()) {
            rates.show(live.wireRates(), live.wireAlarms());
        }
        if (now - lastInspectorNanos >= INSPECTOR_PERIOD_NANOS) {
            long second = now / 1_000_000_000L;
            String selected = editor.selection().single();
            inspector().show(selected, lastSnapshot, live.wireRates(), recent.of(selected == null ? "" : selected),
                    second != lastInspectorSecond);
            lastInspectorSecond = second;
            lastInspectorNanos = now;
        }
        double nowMs = now / 1e6;
        if (!paused && s.engine().isRunning()) {
            s.engine().drainTokens(t -> {
                recent.add(t);
                tokens.launch(t, nowMs);
            }, TOKENS_PER_FRAME);
            drawnAtMs = nowMs;
        }
        tokens.advance(drawnAtMs); // paused too: the counts still change (Step), and the view may be panned
    }

    /** The scenario strip's cursor at the run's time since the gate opened, and which events were played. */
    private void showScenario(EngineSession s) {
        dev.zmqstudio.ui.canvas.ScenarioStrip strip = window.scenarioStrip();
        if (!strip.isVisible() || !s.engine().isRunning()) {
            return; // after Stop the strip keeps what the run reached
        }
        long opened = s.engine().gateOpenedNanos();
        List<dev.zmqstudio.runtime.fault.ScenarioPlayer.Played> played = s.engine().scenarioPlayed();
        strip.progress(opened == 0 ? -1 : (System.nanoTime() - opened) / 1_000_000L,
                played.stream().map(dev.zmqstudio.runtime.fault.ScenarioPlayer.Played::event).toList(),
                played.stream().map(dev.zmqstudio.runtime.fault.ScenarioPlayer.Played::problem).toList());
    }

    /**
     * Whether each frame shows the run (counts, rates, dots, the Live tab): true unless a benchmark's control asks
     * for the same run with nothing drawn.
     */
    public void setDrawing(boolean draw) {
        drawing = draw;
    }

    private LiveInspector inspector() {
        if (inspector == null) {
            inspector = new LiveInspector();
            inspector.colourByTopicProperty().addListener((obs, was, byTopic) -> tokens.colourByTopic(byTopic));
        }
        return inspector;
    }

    /**
     * After Stop, the Live tab still answers for the run that ended: select a node or wire to see its final numbers.
     * Once another document replaced the run's (New or Open, during the run or after it), it forgets them.
     */
    private void showFinishedRun() {
        if (session != null || lastSnapshot == null) {
            return;
        }
        if (runDocument != editor.document().replacementsProperty().get()) {
            lastSnapshot = null;
            recent.clear();
            if (inspector != null) {
                inspector.clear();
            }
            return;
        }
        String selected = editor.selection().single();
        inspector().show(selected, lastSnapshot, live.wireRates(), recent.of(selected == null ? "" : selected), false);
    }

    private void attachOverlay() {
        Group world = window.canvas().world();
        if (!world.getChildren().contains(rates)) {
            world.getChildren().add(rates);
        }
        rates.toFront();
        if (!window.canvas().getChildren().contains(tokens)) {
            window.canvas().getChildren().add(tokens);
        }
        if (window.scene() != null && !window.scene().getStylesheets().contains(STYLESHEET)) {
            window.scene().getStylesheets().add(STYLESHEET);
        }
        live.clear();
        recent.clear();
        badgeTexts.track(editor.topology().nodes().stream().map(dev.zmqstudio.model.Node::id).toList());
        inspector().clear();
        showInspectorTab();
    }

    /** Adds the "Live" tab beside Console and Problems the first time the simulation runs. */
    private void showInspectorTab() {
        if (window.scene() == null) {
            return;
        }
        javafx.scene.Node tabs = window.scene().lookup("#bottom-tabs");
        if (tabs instanceof javafx.scene.control.TabPane pane
                && pane.getTabs().stream().noneMatch(t -> t.getContent() == inspector())) {
            javafx.scene.control.Tab tab = new javafx.scene.control.Tab("Live", inspector());
            tab.setId("live-tab");
            tab.setClosable(false);
            pane.getTabs().add(tab);
        }
    }

    /**
     * A change of wire faults alone applies to the running system at once (off the FX thread: a cut closes
     * sockets); any other edit waits for the next Run, and says so once.
     */
    private void editedWhileRunning(Topology before, Topology after) {
        EngineSession s = session;
        java.util.Map<String, dev.zmqstudio.model.WireFaults> changed = LiveFaults.changedFaults(before, after);
        if (s == null || changed == null) {
            warnEditedWhileRunning();
            return;
        }
        // One thread, in edit order: a quick Cut then Undo must reach the wire as a cut then a heal.
        changed.forEach((wireId, faults) -> faultEdits.execute(() -> {
            WireFaults now = faults != null ? faults : s.engine().faults(wireId).isPresent() ? WireFaults.NONE : null;
            boolean applied = now != null && s.engine().applyFaults(wireId, now);
            Platform.runLater(() -> editor.log(LiveFaults.describe(wireId, now, applied)));
        }));
    }

    private void warnEditedWhileRunning() {
        if (!warnedAboutEdits && session != null) {
            warnedAboutEdits = true;
            editor.status().info("Edited while running: the run goes on with the diagram as it was at Run. "
                    + "Stop and Run again to apply the edit.");
            editor.log("note: the diagram was edited while running; the running system is unchanged until the next Run");
        }
    }
}
