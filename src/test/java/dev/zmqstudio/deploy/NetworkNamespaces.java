package dev.zmqstudio.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Hosts for a test inside this machine: one network namespace per host, each with its own address on a bridge in the
 * test's own subnet, and an /etc/hosts of its own (ip netns exec mounts /etc/netns/NAME/hosts over it) that names
 * every host. This machine reaches them at the bridge's address. Needs root and iproute2; {@link #close} removes all.
 */
final class NetworkNamespaces implements AutoCloseable {
    static final String SUBNET = "10.77.0.";
    /** This machine's address on the bridge, where the hosts reach the attached designer. */
    static final String BRIDGE_ADDRESS = SUBNET + "254";

    private final String prefix;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final List<String> namespaces = new ArrayList<>();

    private NetworkNamespaces(String prefix) {
        this.prefix = prefix;
    }

    /** Whether this process may make namespaces: root, with the ip command. */
    static boolean available() {
        try {
            return "0".equals(run(List.of("id", "-u")).strip()) && !run(List.of("ip", "netns", "list")).contains("error");
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes a namespace per host name, addressed 10.77.0.1, .2, ... in order. */
    static NetworkNamespaces create(List<String> hosts) throws IOException {
        NetworkNamespaces n = new NetworkNamespaces("zs" + ProcessHandle.current().pid() % 100_000);
        try {
            n.build(hosts);
        } catch (IOException | RuntimeException e) {
            n.close();
            throw e;
        }
        return n;
    }

    private String bridge() {
        return prefix + "br";
    }

    private void build(List<String> hosts) throws IOException {
        ip("link", "add", bridge(), "type", "bridge");
        ip("addr", "add", BRIDGE_ADDRESS + "/24", "dev", bridge());
        ip("link", "set", bridge(), "up");
        for (int i = 0; i < hosts.size(); i++) {
            addresses.put(hosts.get(i), SUBNET + (i + 1));
        }
        StringBuilder names = new StringBuilder("127.0.0.1 localhost\n");
        addresses.forEach((host, address) -> names.append(address).append(' ').append(host).append('\n'));
        int i = 0;
        for (String host : hosts) {
            i++;
            String ns = namespace(host);
            ip("netns", "add", ns);
            namespaces.add(ns);
            String outside = prefix + "v" + i;
            String inside = prefix + "p" + i;
            ip("link", "add", outside, "type", "veth", "peer", "name", inside);
            ip("link", "set", inside, "netns", ns);
            ip("link", "set", outside, "master", bridge(), "up");
            ip("netns", "exec", ns, "ip", "addr", "add", addresses.get(host) + "/24", "dev", inside);
            ip("netns", "exec", ns, "ip", "link", "set", inside, "up");
            ip("netns", "exec", ns, "ip", "link", "set", "lo", "up");
            Path etc = Files.createDirectories(Path.of("/etc/netns", ns));
            Files.writeString(etc.resolve("hosts"), names);
        }
    }

    String namespace(String host) {
        return prefix + "-" + host;
    }

    /** {@code command} as run inside {@code host}'s namespace. */
    List<String> inside(String host, List<String> command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace(host)));
        full.addAll(command);
        return full;
    }

    @Override
    public void close() {
        for (String ns : namespaces) {
            quietly("ip", "netns", "del", ns);
            try {
                Files.deleteIfExists(Path.of("/etc/netns", ns, "hosts"));
                Files.deleteIfExists(Path.of("/etc/netns", ns));
            } catch (IOException ignored) {
                // left for the machine's next boot; nothing else reads it
            }
        }
        quietly("ip", "link", "del", bridge()); // the veth ends on the bridge went with their namespaces
    }

    private static void ip(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!waitFor(p) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out.strip());
        }
    }

    private static void quietly(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            waitFor(p);
        } catch (IOException ignored) {
            // nothing to remove
        }
    }

    private static String run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        waitFor(p);
        return p.exitValue() == 0 ? out : "error: " + out;
    }

    private static boolean waitFor(Process p) {
        try {
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
