package dev.zmqstudio.boot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts this program again on another {@code java}, as if it had been started there: the same JVM options (those
 * given on the command line: the environment's JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS reach the new JVM by
 * themselves), the same jar or class path, the same arguments, standard input and output inherited, and its exit
 * code passed back.
 *
 * @param jvmOptions the options to give the new JVM, before the jar or class path
 * @param target     {@code -jar JAR} or {@code -cp CLASS_PATH MAIN_CLASS}
 */
record Relaunch(Path java, List<String> jvmOptions, List<String> target) {
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** How long a child that was asked to stop (the parent got SIGTERM) may take before it is killed. */
    private static final long STOP_SECONDS = 10;

    /** This JVM's command line, marked with {@code -D<marker>=true}; {@link #on} picks the {@code java}. */
    static Relaunch ofThisJvm(String marker) {
        List<String> options = new ArrayList<>(commandLineOptions(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getenv()));
        options.add("-D" + marker + "=true");
        return new Relaunch(null, options, target(System.getProperty("java.class.path"), ownJar(), Boot.class.getName()));
    }

    Relaunch on(Path otherJava) {
        return new Relaunch(otherJava, jvmOptions, target);
    }

    /**
     * The JVM's input arguments without those that came from the environment variables the launcher and the JVM
     * read (they come first, in this order); the new JVM reads the same variables, so they would count twice.
     */
    static List<String> commandLineOptions(List<String> inputArguments, Map<String, String> env) {
        List<String> options = new ArrayList<>(inputArguments);
        for (String variable : OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null) {
                Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(options::remove);
            }
        }
        return options;
    }

    /** {@code -jar JAR} when this JVM runs the jar alone (as {@code java -jar} does), else the class path and main class. */
    static List<String> target(String classPath, Path ownJar, String mainClass) {
        if (ownJar != null && classPath != null && Files.isRegularFile(ownJar)
                && ownJar.equals(Path.of(classPath).toAbsolutePath().normalize())) {
            return List.of("-jar", ownJar.toString());
        }
        return List.of("-cp", classPath == null ? "" : classPath, mainClass);
    }

    private static Path ownJar() {
        try {
            return Path.of(Boot.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    List<String> command(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(target);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Runs the new JVM to its end and returns its exit code. Ctrl+C reaches it from the terminal (it is in this
     * process's group), so this JVM ignores it and waits; told to stop otherwise (SIGTERM), it stops the child first.
     */
    int run(String[] args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command(args)).inheritIO().start();
        ignoreCtrlC();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "zmq-studio-relaunch-stop"));
        return child.waitFor();
    }

    private static void ignoreCtrlC() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no such signal here, or -Xrs: the JVM's own handling stays
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }
}
