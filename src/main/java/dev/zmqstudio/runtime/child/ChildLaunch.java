package dev.zmqstudio.runtime.child;

import dev.zmqstudio.model.Topology;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How to start a child process: the same JVM, the same class path and the app's entry point with the
 * {@code node} command. {@code topologyJson} writes a topology in the file format (the engine does not know the
 * format; the CLI and the UI pass it in). {@code aotCache}: a JDK AOT cache (JEP 483/514) made for this class
 * path, used when present, so a child starts with its classes already loaded and linked.
 */
public record ChildLaunch(Path java, String classPath, String mainClass, List<String> jvmOptions, Path aotCache,
                          Function<Topology, String> topologyJson) {
    /** The app's entry point; {@code node} routes to the CLI's child command. */
    public static final String MAIN_CLASS = "dev.zmqstudio.app.Main";
    /** File name of the AOT cache, beside the app's jar. */
    public static final String AOT_CACHE_NAME = "zmq-studio-node.aot";
    /**
     * Small JVMs that start fast: one serial collector thread, the client compiler only (a child moves few
     * messages per second compared with what C1 code handles, and 20 JVMs share the machine), no perf-data file, and
     * a young generation that starts at 4 MB: the default (a third of the heap) has a child touch tens of MB of fresh
     * pages, which the kernel must fault in and zero, where a small one reuses the same few. The collector grows it
     * after a full collection when a child's old generation fills (see docs/decisions/child-processes.md).
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData", "-Xss512k", "-Xmx256m", "-XX:NewSize=4m", "-XX:+ExitOnOutOfMemoryError",
            "--enable-native-access=ALL-UNNAMED"); // a broker's store is SQLite, a native library
    /** The heap a child starts with, and what each of its nodes adds (measured: about 0.15 MB live per node). */
    static final int BASE_HEAP_MB = 256;
    static final double HEAP_MB_PER_NODE = 0.3;

    public ChildLaunch {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(topologyJson, "topologyJson");
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Set by the jpackage launcher (the path of the launcher): this JVM runs an installed app image. */
    public static final String PACKAGED_PROPERTY = "jpackage.app-path";

    /** This JVM and class path (absolute, as the AOT cache wants); the AOT cache beside the app's jar when usable. */
    public static ChildLaunch ofThisProcess(Function<Topology, String> topologyJson) {
        String classPath = absolute(System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        boolean packaged = System.getProperty(PACKAGED_PROPERTY) != null;
        return new ChildLaunch(java, classPath, MAIN_CLASS, JVM_OPTIONS, defaultAotCache(classPath, packaged), topologyJson);
    }

    /**
     * {@code AOT_CACHE_NAME} beside the first class path entry when that is a jar and the cache belongs to these
     * jars, else null. In an installed app ({@code packaged}) it does whenever it is there: the package build makes
     * jars and cache together, and installers do not keep file times (jpackage's .deb stamps every file with the
     * moment it was copied, in no set order). Elsewhere (a jar in {@code target/} that Maven rebuilds) only when it
     * is newer than every jar of the class path: the JDK 25 here does not check the app's jars against the cache
     * and would hand a child the classes of the old jar.
     */
    public static Path defaultAotCache(String classPath, boolean packaged) {
        Path cache = aotCacheBeside(classPath);
        if (cache == null || !Files.isRegularFile(cache)) {
            return null;
        }
        if (packaged) {
            return cache;
        }
        try {
            long made = Files.getLastModifiedTime(cache).toMillis();
            for (String entry : classPath.split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() > made) {
                    return null;
                }
            }
            return cache;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    /** Where the AOT cache for {@code classPath} belongs (beside its jar), or null when the class path is no jar. */
    public static Path aotCacheBeside(String classPath) {
        String first = classPath.split(File.pathSeparator)[0];
        if (!first.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(first).toAbsolutePath();
        return jar.resolveSibling(AOT_CACHE_NAME);
    }

    public ChildLaunch withAotCache(Path cache) {
        return new ChildLaunch(java, classPath, mainClass, jvmOptions, cache, topologyJson);
    }

    /** The system property that sets how often a child reports, in milliseconds (see ChildNode.reportMillis). */
    public static final String REPORT_PROPERTY = "zmqstudio.child.reportMs";

    /**
     * Children that report every {@code millis} ms instead of every 20: for a run no one watches live (headless), whose
     * reports only feed its log lines, its end and its totals. Measured on the pipeline example in child processes:
     * every 100 ms instead of 20 took a second of CPU off the run (about 13%), in the children and the parent's hub.
     */
    public ChildLaunch reportingEvery(long millis) {
        List<String> options = new ArrayList<>(jvmOptions.stream().filter(o -> !o.startsWith("-D" + REPORT_PROPERTY + "=")).toList());
        options.add("-D" + REPORT_PROPERTY + "=" + millis);
        return withJvmOptions(options);
    }

    public ChildLaunch withJvmOptions(List<String> options) {
        return new ChildLaunch(java, classPath, mainClass, options, aotCache, topologyJson);
    }

    /** The whole command line for {@code mainClass} with {@code args}. */
    public List<String> command(List<String> args) {
        return command(args, 1);
    }

    /**
     * The whole command line of a child that runs {@code nodes} nodes: a child holding thousands of nodes (see
     * ProcessPacking) gets the heap they need instead of the usual {@value #BASE_HEAP_MB} MB.
     */
    public List<String> command(List<String> args, int nodes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        int heapMb = BASE_HEAP_MB + (int) Math.ceil(nodes * HEAP_MB_PER_NODE);
        for (String option : jvmOptions) {
            cmd.add(option.startsWith("-Xmx") && heapMb > BASE_HEAP_MB * 2 ? "-Xmx" + heapMb + "m" : option);
        }
        if (aotCache != null) {
            cmd.add("-XX:AOTCache=" + aotCache);
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }
}
