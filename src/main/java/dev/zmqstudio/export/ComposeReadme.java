package dev.zmqstudio.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The README.md of a Compose export: what is there, how to build, run, reach and attach to it. */
final class ComposeReadme {
    private final DeploymentPlan plan;
    private final String fileName;
    private final AppFiles app;
    private final Map<Integer, String> published;
    private final List<String> skippedWaits;

    ComposeReadme(DeploymentPlan plan, String fileName, AppFiles app, Map<Integer, String> published, List<String> skippedWaits) {
        this.plan = plan;
        this.fileName = fileName;
        this.app = app;
        this.published = published;
        this.skippedWaits = skippedWaits;
    }

    String text(String header, List<String> notes) {
        String first = plan.hosts.getFirst().name();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(DeploymentExport.title(plan.topology, fileName)).append(" on Docker Compose\n\n")
                .append("_").append(header).append("._\n\n")
                .append("One service per host of the topology, each running that host's nodes in one process, all on one\n")
                .append("network (`").append(ComposeExport.NETWORK).append("`) where a host's name resolves to its service, so `tcp://")
                .append(first).append(":PORT` reaches host ").append(first).append(".\n\n")
                .append("| service | host | nodes | binds (tcp ports) | published on the Docker host |\n|---|---|---|---|---|\n");
        for (DeploymentPlan.Host h : plan.hosts) {
            b.append("| `").append(h.dnsName()).append("` | ").append(h.name()).append(" | ")
                    .append(String.join(", ", h.nodeIds())).append(" | ")
                    .append(ports(h, false)).append(" | ").append(ports(h, true)).append(" |\n");
        }
        b.append("\nEvery service runs the same command with its own host name, here ").append(first).append(":\n\n    ")
                .append(HostCommand.line(fileName, first)).append("\n\n")
                .append("The service is healthy once the file `").append(HostCommand.READY_FILE)
                .append("` exists: the host's sockets are bound and connected.\n\n");
        files(b);
        run(b);
        ports(b);
        keys(b);
        attach(b);
        if (!skippedWaits.isEmpty() || !notes.isEmpty()) {
            b.append("## Left out\n\n");
            skippedWaits.forEach(w -> b.append("- ").append(w).append("\n"));
            notes.forEach(n -> b.append("- ").append(n).append("\n"));
        }
        return b.toString();
    }

    private void files(StringBuilder b) {
        b.append("## What is here\n\n")
                .append("- `").append(ComposeExport.FILE).append("`: the services, the network, a volume per service for the host's")
                .append(" output files (`").append(HostCommand.OUTPUT).append("`).\n")
                .append("- `").append(fileName).append("`: the topology, mounted read-only at `")
                .append(HostCommand.topologyPath(fileName)).append("`.\n")
                .append("- `Dockerfile` and `").append(ImageFiles.APP_FOLDER).append("/`: the image `").append(app.image())
                .append("` that every service runs: ").append(switch (app.form()) {
                    case INSTALLED -> "the installed app (its launcher, jlink runtime and jars) on `" + ImageFiles.DEBIAN + "`.\n";
                    case JAR -> "the app's jar and `lib/` on `" + ImageFiles.TEMURIN + "`, started by `zmq-studio.sh`.\n";
                    case NONE -> "the app's jar and `lib/` on `" + ImageFiles.TEMURIN + "`. **`app/` is empty**: this export was"
                            + " made from a build folder, so copy `target/zmq-studio.jar` and `target/lib/` into `app/` first.\n";
                }).append("\n");
    }

    private void run(StringBuilder b) {
        b.append("## Build and run\n\n")
                .append("Needs Docker 20.10 or newer and Docker Compose (`docker-compose` 1.29, or `docker compose`).\n\n")
                .append("    docker-compose up --build -d     # build the image, start every host\n")
                .append("    docker-compose ps                # (healthy): the host's sockets are bound and connected\n")
                .append("    docker-compose logs -f           # the nodes' log lines\n")
                .append("    docker-compose down -v           # stop every host (SIGTERM), drop the output volumes\n\n");
        if (plan.hosts.stream().anyMatch(h -> !h.dnsName().equals(h.name()))) {
            b.append("A service is named after its host, made a DNS name (lowercase letters, digits and `-`); the host's own")
                    .append(" name is an alias on the network, so the topology's endpoints resolve as written.\n\n");
        }
    }

    private void ports(StringBuilder b) {
        b.append("## Ports\n\n")
                .append("Inside the network every bind is reachable at its host's name (`expose` lists the ports). A bind that")
                .append(" programs outside the deployment may use (an external node's wire reaches it, or no wire does) is")
                .append(" published on the Docker host, on 127.0.0.1 only");
        if (published.isEmpty()) {
            b.append("; this topology has none.\n\n");
        } else {
            b.append(": ").append(published.entrySet().stream().map(e -> "`localhost:" + e.getKey() + "` (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "))).append(".\n")
                    .append("To let other machines connect, set `").append(ComposeExport.PUBLISH_VARIABLE)
                    .append("=0.0.0.0` (secure the wires with CURVE first: a published bind takes anyone who reaches it).\n\n");
        }
    }

    private void keys(StringBuilder b) {
        b.append("## Keys\n\n")
                .append("Each service mounts `./keys` (or the folder `").append(ComposeExport.KEYS_VARIABLE)
                .append("` names) read-only at `").append(HostCommand.KEYS).append("`. The topology's CURVE key pairs (for")
                .append(" secured wires) and the attach pairs (`keys/attach/`, for the designer) belong there; secrets are never")
                .append(" exported. Make them beside the topology here, or copy the folder that `keys generate` made:\n\n")
                .append("    zmq-studio keys generate ").append(fileName).append("\n\n")
                .append("Docker makes `./keys` empty when it is missing: a topology without secured wires runs so, unattached.\n\n");
    }

    private void attach(StringBuilder b) {
        b.append("## Attach the designer\n\n")
                .append("The hosts report to a designer when `").append(HostCommand.TELEMETRY_VARIABLE)
                .append("` is set (empty: they run on their own until stopped). On the Docker host, with the keys above:\n\n")
                .append("    zmq-studio run ").append(fileName).append(" --attach tcp://0.0.0.0:6100   # or File > Attach to Deployment\n")
                .append("    ").append(HostCommand.TELEMETRY_VARIABLE).append("=tcp://host.docker.internal:6100 docker-compose up -d\n\n")
                .append("The run shows the deployed hosts live and writes the same report as a run on one machine.\n\n");
    }

    private String ports(DeploymentPlan.Host h, boolean publishedOnly) {
        String ports = h.binds().stream().filter(x -> !publishedOnly || h.dnsName().equals(published.get(x.port())))
                .map(x -> Integer.toString(x.port()))
                .distinct().collect(Collectors.joining(", "));
        return ports.isEmpty() ? "none" : ports;
    }
}
