package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zmqstudio.io.TopologyFiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A topology as Kubernetes manifests ({@value #FILE}): a ConfigMap holding it with its endpoints on Service names
 * ({@link KubernetesTopology}), a Service per reachable bind, and a Deployment per deployed host (one replica,
 * replaced by stopping the old pod first, running {@link HostCommand} as a non-root user, ready once its ready file
 * is there); the image's build context ({@link ImageFiles}); a README. Services route to their pod whether it is
 * ready or not: a host is ready once it is connected, and ZeroMQ reconnects by itself, so waiting for readiness
 * would only hold back hosts that connect to each other.
 */
final class KubernetesExport {
    static final String FILE = "kubernetes.yaml";
    /** What a ConfigMap holds at most, its name and keys included. */
    static final int CONFIG_MAP_BYTES = 1024 * 1024;
    static final String HOST_LABEL = "zmqstudio.dev/host";
    static final long USER = 10001;

    private final DeploymentPlan plan;
    private final String fileName;
    private final AppFiles app;
    private final KubernetesNames names;

    private KubernetesExport(DeploymentPlan plan, String fileName, AppFiles app) {
        this.plan = plan;
        this.fileName = fileName;
        this.app = app;
        this.names = new KubernetesNames(plan, DeploymentExport.title(plan.topology, fileName));
    }

    static ExportResult of(DeploymentPlan plan, String fileName, AppFiles app, String header) throws NotDeployableException {
        return new KubernetesExport(plan, fileName, app).export(header);
    }

    private ExportResult export(String header) throws NotDeployableException {
        String topology = TopologyFiles.toJson(KubernetesTopology.of(plan, names));
        int bytes = topology.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > CONFIG_MAP_BYTES - 1024) {
            throw new NotDeployableException(List.of("the topology is " + bytes + " bytes as JSON, more than a ConfigMap"
                    + " holds (1 MiB): split it, or deploy it with --to compose"));
        }
        List<ObjectNode> documents = new ArrayList<>();
        documents.add(configMap(topology));
        names.services.forEach((bind, service) -> documents.add(service(bind, service)));
        plan.hosts.forEach(h -> documents.add(deployment(h)));
        ExportResult image = ImageFiles.of(app, header);
        List<String> notes = new ArrayList<>(plan.notes);
        notes.addAll(image.notes());
        if (DeploymentExport.securesWires(plan.topology)) {
            notes.add("the CURVE keys (secrets stay out of exports): make the Secret " + names.keys + " from the keys/"
                    + " folder beside " + fileName + " (see README.md)");
        }
        List<ExportedFile> files = new ArrayList<>();
        files.add(new ExportedFile(FILE, "# " + header + "\n" + Yaml.documents(documents)));
        files.addAll(image.files());
        files.add(new ExportedFile("README.md", new KubernetesReadme(plan, fileName, app, names).text(header, notes)));
        return new ExportResult(files, image.copies(), notes);
    }

    private ObjectNode configMap(String topology) {
        ObjectNode doc = object("v1", "ConfigMap", names.configMap, null);
        doc.putObject("data").put(fileName, topology);
        return doc;
    }

    private ObjectNode service(DeploymentPlan.Bind bind, String name) {
        String host = hostOf(bind).dnsName();
        ObjectNode doc = object("v1", "Service", name, host);
        ObjectNode spec = doc.putObject("spec");
        spec.put("type", "ClusterIP");
        spec.set("selector", selector(host));
        spec.put("publishNotReadyAddresses", true);
        spec.putArray("ports").addObject().put("protocol", "TCP").put("port", bind.port()).put("targetPort", bind.port());
        return doc;
    }

    private ObjectNode deployment(DeploymentPlan.Host host) {
        ObjectNode doc = object("apps/v1", "Deployment", host.dnsName(), host.dnsName());
        ObjectNode spec = doc.putObject("spec");
        spec.put("replicas", 1);
        // One pod per host at any time: two would both bind, generate and count.
        spec.putObject("strategy").put("type", "Recreate");
        spec.putObject("selector").set("matchLabels", selector(host.dnsName()));
        ObjectNode template = spec.putObject("template");
        template.putObject("metadata").set("labels", labels(host.dnsName()));
        ObjectNode pod = template.putObject("spec");
        pod.putObject("securityContext").put("runAsNonRoot", true).put("runAsUser", USER).put("runAsGroup", USER)
                .put("fsGroup", USER);
        pod.putArray("containers").add(container(host));
        ArrayNode volumes = pod.putArray("volumes");
        volumes.addObject().put("name", "topology").putObject("configMap").put("name", names.configMap);
        volumes.addObject().put("name", "keys").putObject("secret").put("secretName", names.keys).put("optional", true)
                .put("defaultMode", 0440);
        volumes.addObject().put("name", "attach-keys").putObject("secret").put("secretName", names.attachKeys)
                .put("optional", true).put("defaultMode", 0440);
        volumes.addObject().put("name", "data").putObject("emptyDir");
        return doc;
    }

    private ObjectNode container(DeploymentPlan.Host host) {
        ObjectNode c = Yaml.object();
        c.put("name", "node");
        c.put("image", app.image());
        c.put("imagePullPolicy", "IfNotPresent");
        c.set("args", Yaml.array(HostCommand.arguments(fileName, host.name())));
        c.putArray("env").addObject().put("name", HostCommand.TELEMETRY_VARIABLE).put("value", "");
        Set<Integer> ports = new LinkedHashSet<>();
        host.binds().forEach(b -> ports.add(b.port()));
        if (!ports.isEmpty()) {
            ArrayNode list = c.putArray("ports");
            ports.forEach(p -> list.addObject().put("containerPort", p).put("protocol", "TCP"));
        }
        ObjectNode probe = c.putObject("readinessProbe");
        probe.putObject("exec").set("command", Yaml.array(HostCommand.READY_CHECK));
        probe.put("periodSeconds", 2);
        ObjectNode security = c.putObject("securityContext");
        security.put("allowPrivilegeEscalation", false);
        security.putObject("capabilities").set("drop", Yaml.array(List.of("ALL")));
        ArrayNode mounts = c.putArray("volumeMounts");
        mounts.addObject().put("name", "topology").put("mountPath", HostCommand.topologyPath(fileName))
                .put("subPath", fileName).put("readOnly", true);
        mounts.addObject().put("name", "keys").put("mountPath", HostCommand.KEYS).put("readOnly", true);
        mounts.addObject().put("name", "attach-keys").put("mountPath", HostCommand.ATTACH_KEYS).put("readOnly", true);
        mounts.addObject().put("name", "data").put("mountPath", HostCommand.OUTPUT);
        return c;
    }

    /** A document's apiVersion, kind and metadata; {@code host}: the host's label, null for the whole topology's. */
    private ObjectNode object(String apiVersion, String kind, String name, String host) {
        ObjectNode doc = Yaml.object();
        doc.put("apiVersion", apiVersion);
        doc.put("kind", kind);
        ObjectNode metadata = doc.putObject("metadata");
        metadata.put("name", name);
        metadata.set("labels", host == null ? topologyLabels() : labels(host));
        return doc;
    }

    private ObjectNode topologyLabels() {
        ObjectNode labels = Yaml.object();
        labels.put("app.kubernetes.io/name", "zmq-studio");
        labels.put("app.kubernetes.io/instance", names.instance);
        return labels;
    }

    private ObjectNode labels(String host) {
        return topologyLabels().put(HOST_LABEL, host);
    }

    private ObjectNode selector(String host) {
        return Yaml.object().put("app.kubernetes.io/instance", names.instance).put(HOST_LABEL, host);
    }

    private DeploymentPlan.Host hostOf(DeploymentPlan.Bind bind) {
        return plan.hosts.stream().filter(h -> h.binds().contains(bind)).findFirst().orElseThrow();
    }
}
