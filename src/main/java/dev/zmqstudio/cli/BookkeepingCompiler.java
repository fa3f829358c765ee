package dev.zmqstudio.cli;

import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A headless run whose nodes all live in child processes only keeps the books in this process (the children's
 * telemetry, matching sampled sends with receipts, the report). HotSpot's optimising compiler (C2) then costs more CPU
 * here than its code saves: measured on the pipeline example, C2 took about 1 s of CPU in this process, while the
 * children (on the same two cores) were starting. So this process stops compiling with C2 and keeps C1's code, as
 * the children do ({@code ChildLaunch.JVM_OPTIONS}). Set at run time through the JVM's diagnostic command (jcmd's
 * {@code Compiler.directives_add}), as the user launched the app with no options of ours; code C2 compiled before
 * stays. Never in the designer, whose own drawing needs C2.
 */
final class BookkeepingCompiler {
    private static final String CLIENT_COMPILER_ONLY = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private BookkeepingCompiler() {
    }

    /** True when {@code topology} runs no node in this process (every node a child's, or a program we do not run). */
    static boolean onlyKeepsBooks(Topology topology) {
        return topology.nodes().stream().map(topology::placementOf)
                .allMatch(p -> p == Placement.CHILD_PROCESS || p == Placement.EXTERNAL)
                && topology.nodes().stream().map(topology::placementOf).anyMatch(p -> p == Placement.CHILD_PROCESS);
    }

    /**
     * Starts using the client compiler only, on a thread of its own so the run's start does not wait. Quietly keeps
     * C2 where the JVM has no diagnostic commands (a runtime without java.management): it is only about speed.
     */
    static void useClientCompilerOnly() {
        Thread.ofPlatform().name("zs-compiler-choice").daemon().start(() -> {
            try {
                MBeanServer server = ManagementFactory.getPlatformMBeanServer(); // the slow part: before the file exists
                Path directives = Files.createTempFile("zmq-studio-compiler", ".directives");
                try {
                    Files.writeString(directives, CLIENT_COMPILER_ONLY);
                    server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                            new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
                } finally {
                    Files.deleteIfExists(directives);
                }
            } catch (Exception | LinkageError e) {
                // the JVM keeps compiling as it did
            }
        });
    }
}
