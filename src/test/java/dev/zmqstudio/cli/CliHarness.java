package dev.zmqstudio.cli;

import dev.zmqstudio.runtime.FreePorts;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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

    /** The shipped example itself: for commands that open no port (validate, bad usage). */
    static Path example(String name) {
        return FreePorts.examples().resolve(name);
    }

    /** Example {@code name} copied into {@code dir} with its classic ports moved to free ones: for commands that run it. */
    static Path exampleOnFreePorts(String name, Path dir) throws IOException {
        return Files.writeString(dir.resolve(name), FreePorts.example(name).json());
    }

    List<String> outLines() {
        return Arrays.asList(out.split("\\R"));
    }

    List<String> linesOf(String node) {
        String prefix = "[" + node + "] ";
        return outLines().stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
