package dev.zmqstudio.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free tcp ports for hermetic tests, and the one way tests run a shipped example: with its classic ports
 * (5500-5699, which a designer or a script on the same machine may hold) moved to free ones.
 */
public final class FreePorts {
    private static final Pattern TCP_PORT = Pattern.compile("(tcp://[^\":/]+:)(\\d+)\"");
    private static final int FIRST_CLASSIC = 5500;
    private static final int LAST_CLASSIC = 5699;

    private FreePorts() {
    }

    public static int find() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example's JSON with its classic ports moved; {@code ports} maps each classic port to its free one. */
    public record Moved(String json, Map<Integer, Integer> ports) {
        /** The free port that stands for {@code classic}. */
        public int port(int classic) {
            Integer free = ports.get(classic);
            if (free == null) {
                throw new IllegalArgumentException("the example does not use port " + classic + ": " + ports);
            }
            return free;
        }
    }

    /** The shipped examples' folder (Maven sets {@code zmqstudio.topologies}; from the IDE, the working directory's). */
    public static Path examples() {
        return Path.of(System.getProperty("zmqstudio.topologies", "topologies"));
    }

    /** Example {@code name} ("push-pull.json") with every tcp port from 5500 to 5600 moved to a free port. */
    public static Moved example(String name) {
        try {
            return moveClassicPorts(Files.readString(examples().resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tcp endpoint's port from 5500 to 5600 in {@code json} moved to a free port, the same port for the same number. */
    public static Moved moveClassicPorts(String json) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        Matcher m = TCP_PORT.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int port = Integer.parseInt(m.group(2));
            if (port >= FIRST_CLASSIC && port <= LAST_CLASSIC) {
                port = ports.computeIfAbsent(port, p -> distinctFree(taken));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + port + "\""));
        }
        m.appendTail(out);
        return new Moved(out.toString(), Map.copyOf(ports));
    }

    private static int distinctFree(Set<Integer> taken) {
        int port = find();
        while (!taken.add(port) || port >= FIRST_CLASSIC && port <= LAST_CLASSIC) {
            port = find();
        }
        return port;
    }
}
