package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A topology as a Docker Compose project: {@code docker-compose.yml} with one service per deployed host, all on one
 * network where each host's name resolves to its service, each running {@link HostCommand}; the topology beside it,
 * mounted read-only; the image's build context ({@link ImageFiles}); a README. Ports: every reachable tcp bind is in
 * its service's {@code expose}; the binds programs outside the deployment may use ({@link DeploymentPlan.Bind#fromOutside})
 * are published on the Docker host, on 127.0.0.1 unless {@value #PUBLISH_VARIABLE} says otherwise. A service waits
 * for the services it connects to to start (their names resolve from then on), unless they connect to it as well.
 */
final class ComposeExport {
    static final String FILE = "docker-compose.yml";
    static final String NETWORK = "zmq";
    static final String PUBLISH_VARIABLE = "ZMQ_STUDIO_PUBLISH_ADDRESS";
    static final String KEYS_VARIABLE = "ZMQ_STUDIO_KEYS";

    private final DeploymentPlan plan;
    private final String fileName;
    private final AppFiles app;
    private final List<String> notes = new ArrayList<>();
    /** Published port -> the service that publishes it. */
    private final Map<Integer, String> published = new LinkedHashMap<>();
    /** Service -> the services it waits for. */
    private final Map<String, Set<String>> waits = new LinkedHashMap<>();
    private final List<String> mutual = new ArrayList<>();

    private ComposeExport(DeploymentPlan plan, String fileName, AppFiles app) {
        this.plan = plan;
        this.fileName = fileName;
        this.app = app;
    }

    static ExportResult of(DeploymentPlan plan, String fileName, AppFiles app, String header) {
        return new ComposeExport(plan, fileName, app).export(header);
    }

    private ExportResult export(String header) {
        orderStarts();
        String compose = "# " + header + "\n" + Yaml.document(compose());
        ExportResult image = ImageFiles.of(app, header);
        List<String> all = new ArrayList<>(plan.notes);
        all.addAll(notes);
        all.addAll(image.notes());
        if (DeploymentExport.securesWires(plan.topology)) {
            all.add("the CURVE keys (secrets stay out of exports): copy the keys/ folder beside " + fileName
                    + " into this folder, or set " + KEYS_VARIABLE + " to it (see README.md)");
        }
        List<ExportedFile> files = new ArrayList<>();
        files.add(new ExportedFile(FILE, compose));
        files.add(new ExportedFile(fileName, dev.zmqstudio.io.TopologyFiles.toJson(plan.topology)));
        files.addAll(image.files());
        files.add(new ExportedFile("README.md", new ComposeReadme(plan, fileName, app, published, mutual).text(header, all)));
        return new ExportResult(files, image.copies(), all);
    }

    private ObjectNode compose() {
        ObjectNode root = Yaml.object();
        ObjectNode services = root.putObject("services");
        ObjectNode volumes = Yaml.object();
        for (DeploymentPlan.Host host : plan.hosts) {
            services.set(host.dnsName(), service(host));
            volumes.putObject(volume(host));
        }
        root.putObject("networks").putObject(NETWORK);
        root.set("volumes", volumes);
        return root;
    }

    private ObjectNode service(DeploymentPlan.Host host) {
        ObjectNode s = Yaml.object();
        s.put("build", ".");
        s.put("image", app.image());
        s.put("hostname", host.dnsName());
        s.set("command", Yaml.array(HostCommand.arguments(fileName, host.name())));
        s.putObject("environment").put(HostCommand.TELEMETRY_VARIABLE, "${" + HostCommand.TELEMETRY_VARIABLE + ":-}");
        // The designer attached from the Docker host is reached by this name (Docker 20.10 and newer).
        s.set("extra_hosts", Yaml.array(List.of("host.docker.internal:host-gateway")));
        Set<String> ports = new LinkedHashSet<>();
        host.binds().forEach(b -> ports.add(Integer.toString(b.port())));
        if (!ports.isEmpty()) {
            s.set("expose", Yaml.array(List.copyOf(ports)));
        }
        List<String> publish = publish(host);
        if (!publish.isEmpty()) {
            s.set("ports", Yaml.array(publish));
        }
        s.set("volumes", Yaml.array(List.of("./" + fileName + ":" + HostCommand.topologyPath(fileName) + ":ro",
                "${" + KEYS_VARIABLE + ":-./keys}:" + HostCommand.KEYS + ":ro",
                volume(host) + ":" + HostCommand.OUTPUT)));
        if (host.dnsName().equals(host.name())) {
            s.set("networks", Yaml.array(List.of(NETWORK)));
        } else {
            s.putObject("networks").putObject(NETWORK).set("aliases", Yaml.array(List.of(host.name())));
        }
        Set<String> after = waits.getOrDefault(host.name(), Set.of());
        if (!after.isEmpty()) {
            s.set("depends_on", Yaml.array(after.stream().map(h -> plan.host(h).dnsName()).toList()));
        }
        ObjectNode health = s.putObject("healthcheck");
        List<String> test = new ArrayList<>(List.of("CMD"));
        test.addAll(HostCommand.READY_CHECK);
        health.set("test", Yaml.array(test));
        health.put("interval", "2s").put("timeout", "2s").put("retries", 30).put("start_period", "60s");
        return s;
    }

    private List<String> publish(DeploymentPlan.Host host) {
        List<String> ports = new ArrayList<>();
        for (DeploymentPlan.Bind b : host.binds()) {
            if (!b.fromOutside() || host.dnsName().equals(published.get(b.port()))) {
                continue;
            }
            String other = published.putIfAbsent(b.port(), host.dnsName());
            if (other != null) {
                notes.add("port " + b.port() + " of " + b.nodeId() + " (host " + host.name() + "): not published on the"
                        + " Docker host, where service " + other + " publishes that port");
                continue;
            }
            ports.add("${" + PUBLISH_VARIABLE + ":-127.0.0.1}:" + b.port() + ":" + b.port());
        }
        return ports;
    }

    /**
     * A service starts after those it connects to, whose names resolve from then on (JeroMQ resolves a name when
     * it connects). Compose refuses a cycle, so a wait that would close one is left out and said.
     */
    private void orderStarts() {
        for (DeploymentPlan.Host host : plan.hosts) {
            Set<String> after = new LinkedHashSet<>();
            waits.put(host.name(), after);
            for (String other : plan.hostsReachedFrom(host.name())) {
                if (waitsFor(other, host.name(), new LinkedHashSet<>())) {
                    mutual.add("service " + host.dnsName() + " does not wait for " + plan.host(other).dnsName()
                            + " to start, since that waits for it (Compose refuses a circle): if " + host.dnsName()
                            + " fails as it starts, start it again");
                } else {
                    after.add(other);
                }
            }
        }
    }

    private boolean waitsFor(String host, String target, Set<String> seen) {
        if (host.equals(target)) {
            return true;
        }
        if (!seen.add(host)) {
            return false;
        }
        return waits.getOrDefault(host, Set.of()).stream().anyMatch(h -> waitsFor(h, target, seen));
    }

    private static String volume(DeploymentPlan.Host host) {
        return host.dnsName() + "-data";
    }
}
