package dev.zmqstudio.ui.bench;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.ui.DesignerServices;
import dev.zmqstudio.ui.DesignerWindow;
import dev.zmqstudio.ui.RecentFiles;
import dev.zmqstudio.ui.run.SimulationController;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * What the live view costs, measured in one process: PUSH->PULL throughput headless vs in the designer with the
 * animation running (rounds interleaved), and the frame-time p95 of a window animating 2,000 tokens on 200
 * wires vs the same window idle. Needs a display (run it under xvfb-run); dirty-region optimisation is off so
 * both frame measurements repaint the whole window.
 */
public final class UiBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /**
     * The animation runs this long before anything is measured, then stops: the JIT compiles its paths in the first
     * seconds (the FX thread's work per frame halves), so both measurements see the steady state.
     */
    private static final long WARM_UP_MILLIS = 5_000;

    private final PrintWriter out;
    private DesignerWindow window;
    private SimulationController simulation;

    public UiBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * {@code rounds} of throughput (0: none) and frame times over {@code seconds} each; or, when {@code largeNodes}
     * is not 0, only a generated diagram of that many nodes opened, panned and zoomed (with dirty regions on, as the
     * designer draws: the other cases turn them off, and that can only be chosen once per process).
     */
    public void run(int rounds, long messages, int seconds, int largeNodes) throws Exception {
        if (largeNodes == 0) {
            // Both frame measurements repaint the whole window; the large diagram is measured as the designer draws.
            System.setProperty("prism.dirtyopts", "false");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Fx.call(() -> {
            Stage stage = new Stage();
            window = new DesignerWindow(stage, new DesignerServices(null, null, w -> simulation = new SimulationController(w),
                    new RecentFiles(null), null), WIDTH, HEIGHT);
            window.show();
            return null;
        });
        if (largeNodes > 0) {
            new LargeDiagramTrial(window, () -> simulation, out).run(largeNodes, Math.max(seconds, 3));
        } else {
            if (rounds > 0) {
                throughput(rounds, messages);
            }
            frames(seconds);
        }
        Fx.call(() -> {
            window.stage().close();
            return null;
        });
        Platform.exit();
    }

    /**
     * Three ways to run the same topology, interleaved in rotating order after one unmeasured warm-up of each:
     * headless (the engine alone), the designer with nothing drawn (the control: the same run, window and engine
     * options, the per-frame drawing off) and the designer animating. The control tells what the animation costs
     * apart from everything else the designer's process does.
     */
    private void throughput(int rounds, long messages) throws Exception {
        out.printf(Locale.ROOT, "ui bench: PUSH->PULL %,d messages; headless, designer drawing nothing, designer animating;"
                + " %d rounds after a warm-up of each%n", messages, rounds);
        Topology t = BenchTopologies.fullSpeed(messages);
        headless(t, messages);
        inDesigner(t, messages, false);
        inDesigner(t, messages, true);
        List<Double> headless = new ArrayList<>();
        List<Double> control = new ArrayList<>();
        List<Double> animated = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < 3; i++) {
                switch ((round + i) % 3) {
                    case 0 -> headless.add(headless(t, messages));
                    case 1 -> control.add(inDesigner(t, messages, false));
                    default -> animated.add(inDesigner(t, messages, true));
                }
            }
            out.printf(Locale.ROOT, "round %d: headless %,12.0f msg/s   designer drawing nothing %,12.0f msg/s   animating %,12.0f msg/s%n",
                    round, headless.getLast(), control.getLast(), animated.getLast());
            out.flush();
        }
        double h = Stats.median(headless);
        double c = Stats.median(control);
        double a = Stats.median(animated);
        out.printf(Locale.ROOT, "median: headless %,12.0f msg/s   designer drawing nothing %,12.0f msg/s   animating %,12.0f msg/s%n", h, c, a);
        out.printf(Locale.ROOT, "ratios: drawing nothing/headless %.2f   animating/drawing nothing %.2f   animating/headless %.2f%n",
                c / h, a / c, a / h);
    }

    private static double headless(Topology t, long messages) {
        try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
            engine.start();
            // Sampled tokens are taken away as the designer takes them (about ten times a second is plenty).
            Thread drain = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    engine.drainTokens(token -> { }, 10_000);
                    LockSupport.parkNanos(16_000_000L);
                }
            });
            try {
                return timeUntilReceived(engine, messages);
            } finally {
                drain.interrupt();
            }
        }
    }

    private double inDesigner(Topology t, long messages, boolean drawing) throws Exception {
        Fx.call(() -> {
            window.editor().document().replace(t, null);
            window.canvas().fit();
            simulation.setDrawing(drawing);
            simulation.run();
            return null;
        });
        Engine engine = null;
        while (engine == null || engine.gateOpenedNanos() == 0) {
            LockSupport.parkNanos(1_000_000L);
            engine = Fx.call(() -> simulation.currentEngine().orElse(null));
        }
        double rate = timeUntilReceived(engine, messages);
        stopSimulation();
        Fx.call(() -> {
            simulation.setDrawing(true);
            return null;
        });
        return rate;
    }

    private void stopSimulation() throws Exception {
        Fx.call(() -> {
            simulation.stop();
            return null;
        });
        while (Fx.call(simulation::isRunning)) {
            LockSupport.parkNanos(10_000_000L);
        }
    }

    private static double timeUntilReceived(Engine engine, long messages) {
        while (engine.gateOpenedNanos() == 0 || engine.received("puller") < messages) {
            LockSupport.parkNanos(2_000_000L);
        }
        return messages / ((System.nanoTime() - engine.gateOpenedNanos()) / 1e9);
    }

    private void frames(int seconds) throws Exception {
        Topology t = BenchTopologies.manyWires(200, 15);
        FrameClock clock = new FrameClock();
        Fx.call(() -> {
            window.editor().document().replace(t, null);
            window.canvas().fit();
            window.canvas().getChildren().add(clock.marker());
            clock.start();
            return null;
        });
        animateUntilFull();
        Thread.sleep(WARM_UP_MILLIS);
        stopSimulation();
        Thread.sleep(1000);
        Fx.call(() -> {
            clock.reset();
            return null;
        });
        ThreadCpu idleStart = ThreadCpu.now();
        Thread.sleep(seconds * 1000L);
        ThreadCpu idleEnd = ThreadCpu.now();
        double idle = Fx.call(() -> clock.quantileMillis(0.95));
        int idleFrames = Fx.call(clock::frames);
        animateUntilFull();
        Fx.call(() -> {
            clock.reset();
            return null;
        });
        ThreadCpu busyStart = ThreadCpu.now();
        int[] tokens = new int[seconds];
        for (int i = 0; i < seconds; i++) {
            Thread.sleep(1000);
            tokens[i] = Fx.call(simulation::tokensInFlight);
        }
        ThreadCpu busyEnd = ThreadCpu.now();
        double busy = Fx.call(() -> clock.quantileMillis(0.95));
        double work = Fx.call(simulation::averageFrameWorkMillis);
        int busyFrames = Fx.call(clock::frames);
        Fx.call(() -> {
            clock.stop();
            window.canvas().getChildren().remove(clock.marker());
            return null;
        });
        stopSimulation();
        out.printf(Locale.ROOT, "frames %dx%d, 400 nodes, 200 wires: idle p95 %.1f ms (%d frames), animating %s tokens p95 %.1f ms (%d frames; simulation work %.1f ms/frame), ratio %.2f%n",
                WIDTH, HEIGHT, idle, idleFrames, Arrays.stream(tokens).min().orElse(0) + ".." + Arrays.stream(tokens).max().orElse(0),
                busy, busyFrames, work, busy / idle);
        out.flush();
        out.printf(Locale.ROOT, "CPU per frame: idle %s; animating %s%n", idleEnd.perFrameSince(idleStart, idleFrames),
                busyEnd.perFrameSince(busyStart, busyFrames));
        out.flush();
    }

    /** Runs the simulation and returns once about 2,000 tokens are in flight. */
    private void animateUntilFull() throws Exception {
        Fx.call(() -> {
            simulation.run();
            return null;
        });
        while (Fx.call(simulation::tokensInFlight) < 1800) {
            Thread.sleep(100);
        }
    }


}
