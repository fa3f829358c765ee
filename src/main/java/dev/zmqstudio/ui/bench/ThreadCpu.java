package dev.zmqstudio.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by the JavaFX render thread, the FX thread and every other thread of this process. Frame
 * times on a two-core machine move with whatever else runs; CPU per frame says which thread the cost is on.
 */
record ThreadCpu(long renderNanos, long fxNanos, long otherNanos) {

    static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long render = 0;
        long fx = 0;
        long other = 0;
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info == null || cpu < 0) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith("QuantumRenderer")) {
                render += cpu;
            } else if (name.startsWith("GtkNativeMainLoop") || name.startsWith("JavaFX Application")) {
                fx += cpu;
            } else {
                other += cpu;
            }
        }
        return new ThreadCpu(render, fx, other);
    }

    /** "render 24.8 + fx 2.7 + other 0.1 ms" per frame since {@code start}. */
    String perFrameSince(ThreadCpu start, int frames) {
        double n = Math.max(1, frames) * 1e6;
        return String.format(java.util.Locale.ROOT, "render %.1f + fx %.1f + other %.1f ms",
                (renderNanos - start.renderNanos) / n, (fxNanos - start.fxNanos) / n, (otherNanos - start.otherNanos) / n);
    }
}
