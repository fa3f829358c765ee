package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run whose nodes all live in child processes compiles its own bookkeeping with C1 only. */
@Timeout(180)
class BookkeepingCompilerTest {

    private static Topology pipeline(Placement placement) throws Exception {
        Topology t = TopologyFiles.parse(FreePorts.example("pipeline.json").json(), "pipeline.json");
        return t.mapNodes(n -> n.withPlacement(placement));
    }

    @Test
    void onlyARunWithEveryNodeInAChildKeepsBooks() throws Exception {
        assertTrue(BookkeepingCompiler.onlyKeepsBooks(pipeline(Placement.CHILD_PROCESS)));
        assertFalse(BookkeepingCompiler.onlyKeepsBooks(pipeline(Placement.IN_PROCESS)));
        Topology oneHere = pipeline(Placement.CHILD_PROCESS);
        oneHere = oneHere.replaceNode(oneHere.node("collector").orElseThrow().withPlacement(Placement.DEFAULT));
        assertFalse(BookkeepingCompiler.onlyKeepsBooks(oneHere), "the collector follows the default: in this process");
        assertFalse(BookkeepingCompiler.onlyKeepsBooks(pipeline(Placement.EXTERNAL)), "nothing runs at all");
    }

    @Test
    void theAppRunningEveryNodeInChildrenStopsCompilingWithC2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ticks.json");
        Topology ticking = pipeline(Placement.CHILD_PROCESS).mapNodes(n -> n.id().equals("producer")
                ? ((SocketNode) n).withBehaviour(Behaviour.Generator.of("{\"num\": {n}}", 20, 0)) : n);
        TopologyFiles.save(ticking, file);
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Process app = new ProcessBuilder(bin.resolve("java").toString(), "-cp", System.getProperty("java.class.path"),
                "dev.zmqstudio.app.Main", "run", file.toString(), "--duration", "120s")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        try {
            String directives = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!excludesC2(directives) && System.nanoTime() < deadline && app.isAlive()) {
                Thread.sleep(200);
                Process jcmd = new ProcessBuilder(bin.resolve("jcmd").toString(), Long.toString(app.pid()),
                        "Compiler.directives_print").redirectErrorStream(true).start();
                directives = new String(jcmd.getInputStream().readAllBytes());
                jcmd.waitFor();
            }
            assertTrue(excludesC2(directives), directives + "\n" + Files.readString(dir.resolve("out.txt")));
        } finally {
            app.destroyForcibly();
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.waitFor();
        }
    }

    /** Whether a directive of jcmd's listing excludes every method from C2. */
    private static boolean excludesC2(String listing) {
        for (String directive : listing.split("Directive:")) {
            int c2 = directive.indexOf("c2 directives:");
            if (directive.contains("matching: *.*") && c2 >= 0 && directive.substring(c2).contains("Exclude:true")) {
                return true;
            }
        }
        return false;
    }
}
