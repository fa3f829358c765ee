package dev.zmqstudio.ui.bench;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.TopologyGenerator;
import dev.zmqstudio.ui.DesignerWindow;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.run.SimulationController;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The designer on a large file: how long File > Open takes from the call to the first frame that shows the fitted
 * diagram, the first time in the process (what a user waits for) and then in rounds interleaved with opening a small
 * diagram in the same window (the control); then the frame times while the user pans and zooms it, at the zoom Fit
 * gives and at 100%, and while it runs.
 */
final class LargeDiagramTrial {
    private static final int ROUNDS = 3;

    private final DesignerWindow window;
    private final java.util.function.Supplier<SimulationController> simulation;
    private final PrintWriter out;
    private final FrameClock clock = new FrameClock();

    LargeDiagramTrial(DesignerWindow window, java.util.function.Supplier<SimulationController> simulation, PrintWriter out) {
        this.window = window;
        this.simulation = simulation;
        this.out = out;
    }

    void run(int nodes, int seconds) throws Exception {
        Path folder = Files.createTempDirectory("zs-bench-large-");
        try {
            // 500 msg/s from the producer, no end: enough traffic to animate while frames are measured
            Path large = write(folder, new TopologyGenerator(20_000, 500, 0).pipeline(Math.max(1, (nodes - 2) / 2)));
            Path small = write(folder, new TopologyGenerator(20_000, 10, 0).pipeline(4));
            int largeCount = TopologyFiles.load(large).nodes().size();
            Fx.call(() -> {
                window.canvas().getChildren().add(clock.marker());
                clock.start();
                return null;
            });
            List<Double> largeOpen = new ArrayList<>();
            List<Double> smallOpen = new ArrayList<>();
            openMillis(small);
            double firstLarge = openMillis(large); // the first open in this process: the JIT has not compiled it yet
            for (int round = 0; round < ROUNDS; round++) {
                smallOpen.add(openMillis(small));
                largeOpen.add(openMillis(large));
            }
            out.printf(Locale.ROOT, "open to first frame: %d nodes first %.0f ms, then median %.0f ms (rounds %s);"
                            + " 10 nodes median %.0f ms; ratio %.1f%n",
                    largeCount, firstLarge, Stats.median(largeOpen), rounded(largeOpen), Stats.median(smallOpen),
                    Stats.median(largeOpen) / Stats.median(smallOpen));
            out.flush();
            panAndZoom("at Fit", seconds, false);
            panAndZoom("at 100%", seconds, true);
            running(seconds);
            Fx.call(() -> {
                clock.stop();
                window.canvas().getChildren().remove(clock.marker());
                return null;
            });
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Path write(Path folder, Topology topology) throws IOException {
        Path file = folder.resolve(topology.name() + ".json");
        TopologyFiles.save(topology, file);
        return file;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    /**
     * From File > Open's work to the end of the second pulse after the fit it queues: a pulse renders what the one
     * before laid out, so the second one starting means the fitted diagram was drawn.
     */
    private double openMillis(Path file) throws Exception {
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        long started = System.nanoTime();
        Fx.call(() -> {
            window.open(file);
            Platform.runLater(() -> afterPulses(2, () -> drawn.complete(System.nanoTime())));
            return null;
        });
        return (drawn.get(120, TimeUnit.SECONDS) - started) / 1e6;
    }

    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen > pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** The frame times at Fit while the diagram runs and animates (the live view's work included). */
    private void running(int seconds) throws Exception {
        SimulationController sim = simulation.get();
        Fx.call(() -> {
            window.canvas().fit();
            sim.run();
            return null;
        });
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Fx.call(sim::isRunning) || Fx.call(sim::tokensInFlight) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the diagram did not start moving messages within 60 s");
            }
            Thread.sleep(50);
        }
        Frames f = measureAfterASecond(seconds);
        double work = Fx.call(sim::averageFrameWorkMillis);
        Fx.call(() -> {
            sim.stop();
            return null;
        });
        while (Fx.call(sim::isRunning)) {
            Thread.sleep(20);
        }
        out.printf(Locale.ROOT, "running at Fit (500 msg/s through it, animated): frame p50 %.1f ms, p95 %.1f ms (%d frames;"
                + " live view work %.1f ms a frame)%n", f.p50(), f.p95(), f.count(), work);
        out.flush();
    }

    /** Each frame pans a little; every 15th zooms in or out by 10% about the middle; p50 and p95 of the frame times. */
    private void panAndZoom(String where, int seconds, boolean fullSize) throws Exception {
        int[] frame = {0};
        AnimationTimer mover = new AnimationTimer() {
            @Override
            public void handle(long now) {
                DiagramCanvas canvas = window.canvas();
                int n = frame[0]++;
                double step = (n / 60) % 2 == 0 ? 6 : -6;
                canvas.viewport().panBy(step, step / 2);
                if (n % 15 == 0) {
                    canvas.viewport().zoomAt((n / 15) % 2 == 0 ? 1.1 : 1 / 1.1,
                            new Point2D(canvas.getWidth() / 2, canvas.getHeight() / 2));
                }
            }
        };
        Fx.call(() -> {
            window.canvas().fit();
            if (fullSize) {
                window.canvas().resetZoom();
            }
            mover.start();
            return null;
        });
        Frames f = measureAfterASecond(seconds);
        double zoom = Fx.call(() -> window.canvas().viewport().zoom());
        Fx.call(() -> {
            mover.stop();
            return null;
        });
        out.printf(Locale.ROOT, "pan and zoom %s (zoom ~%.0f%%): frame p50 %.1f ms, p95 %.1f ms (%d frames)%n",
                where, zoom * 100, f.p50(), f.p95(), f.count());
        out.flush();
    }

    /** Frame times, in ms. */
    private record Frames(double p50, double p95, int count) {
    }

    /**
     * Waits a second (the first frames at a new zoom or of a new run build text and compile code), then records the
     * frames of {@code seconds}.
     */
    private Frames measureAfterASecond(int seconds) throws Exception {
        Thread.sleep(1000);
        Fx.call(() -> {
            clock.reset();
            return null;
        });
        Thread.sleep(seconds * 1000L);
        return Fx.call(() -> new Frames(clock.quantileMillis(0.5), clock.quantileMillis(0.95), clock.frames()));
    }
}
