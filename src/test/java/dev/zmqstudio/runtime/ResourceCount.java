package dev.zmqstudio.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Child processes, live threads (all of them, the JDK's included) and open file descriptors (sockets too) of this JVM. */
public record ResourceCount(long processes, int threads, long fds) {

    public static ResourceCount now() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return new ResourceCount(ProcessHandle.current().descendants().count(),
                    ManagementFactory.getThreadMXBean().getThreadCount(), fds.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts again until nothing is above {@code baseline} or ten seconds have passed (threads end lazily, later
     * on a loaded machine).
     */
    public static ResourceCount settle(ResourceCount baseline) throws InterruptedException {
        ResourceCount c = now();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((c.processes > baseline.processes || c.threads > baseline.threads || c.fds > baseline.fds) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            c = now();
        }
        return c;
    }
}
