package dev.zmqstudio.export;

import dev.zmqstudio.model.Topology;

import java.util.Set;

/**
 * A topology exported for an engine that deploys it on several machines: Docker Compose or Kubernetes
 * ({@link ExportKind#deployment()}). Besides the topology it needs the name of its file (the deployment puts the
 * topology there under that name) and the app's own files (the image is built from them).
 */
public final class DeploymentExport {
    /** The names the exports write themselves; a topology file of one of these names is written as topology.json. */
    private static final Set<String> OURS = Set.of(ComposeExport.FILE, KubernetesExport.FILE, "Dockerfile", "README.md",
            "zmq-studio.sh", ImageFiles.APP_FOLDER, "keys");
    private static final String FALLBACK_NAME = "topology.json";

    private DeploymentExport() {
    }

    /**
     * The files of {@code kind} for {@code topology}, read from a file named {@code fileName}.
     *
     * @throws NotDeployableException when a host could not reach another (each problem says how to fix it)
     */
    public static ExportResult of(Topology topology, ExportKind kind, String fileName, AppFiles app)
            throws NotDeployableException {
        DeploymentPlan plan = DeploymentPlan.of(topology);
        String name = fileName(fileName);
        String header = DiagramText.header(topology);
        return switch (kind) {
            case COMPOSE -> ComposeExport.of(plan, name, app, header);
            case KUBERNETES -> KubernetesExport.of(plan, name, app, header);
            default -> throw new IllegalArgumentException(kind.key() + " is no deployment: see TopologyExport");
        };
    }

    /**
     * The name the deployment gives the topology file: its own when that is a plain file name (letters, digits,
     * {@code . _ -}, as a Kubernetes ConfigMap key must be) that is none of the export's own, else topology.json.
     */
    static String fileName(String original) {
        boolean plain = original != null && original.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*");
        return plain && !OURS.contains(original) ? original : FALLBACK_NAME;
    }

    static boolean securesWires(Topology t) {
        return t.wires().stream().anyMatch(t::secured);
    }

    /** The topology's name, or its file's when it has none. */
    static String title(Topology t, String fileName) {
        return t.name().isBlank() ? fileName.replaceFirst("\\.json$", "") : DiagramText.oneLine(t.name());
    }
}
