package dev.zmqstudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in-process and keeps what it printed. */
record CliHarness(int exitCode, String out, String err) {

    static CliHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliHarness(code, out.toString(), err.toString());
    }

    static Path example(String name) {
        return Path.of(System.getProperty("zmqstudio.topologies", "topologies")).resolve(name);
    }

    List<String> outLines() {
        return Arrays.asList(out.split("\\R"));
    }

    List<String> linesOf(String node) {
        String prefix = "[" + node + "] ";
        return outLines().stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
