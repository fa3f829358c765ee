package dev.zmqstudio.export;

import java.util.List;

/** The README.md of a Kubernetes export: the names, how to build the image, give the keys, apply, reach and attach. */
final class KubernetesReadme {
    private final DeploymentPlan plan;
    private final String fileName;
    private final AppFiles app;
    private final KubernetesNames names;

    KubernetesReadme(DeploymentPlan plan, String fileName, AppFiles app, KubernetesNames names) {
        this.plan = plan;
        this.fileName = fileName;
        this.app = app;
        this.names = names;
    }

    String text(String header, List<String> notes) {
        String first = plan.hosts.getFirst().dnsName();
        String selector = "app.kubernetes.io/instance=" + names.instance;
        StringBuilder b = new StringBuilder();
        b.append("# ").append(DeploymentExport.title(plan.topology, fileName)).append(" on Kubernetes\n\n")
                .append("_").append(header).append("._\n\n")
                .append("`").append(KubernetesExport.FILE).append("` holds a ConfigMap with the topology (`")
                .append(names.configMap).append("`), a Service per tcp bind that other hosts may reach, and a Deployment")
                .append(" per host (one pod running that host's nodes). Every pod runs the image `").append(app.image())
                .append("` with the same command and its own host name:\n\n    ")
                .append(HostCommand.line(fileName, plan.hosts.getFirst().name())).append("\n\n")
                .append("A pod is ready once `").append(HostCommand.READY_FILE).append("` exists: its sockets are bound and")
                .append(" connected.\n\n");
        names(b);
        image(b);
        b.append("## Keys\n\n")
                .append("Secrets are never exported. In the folder of `").append(fileName).append("`, once `zmq-studio keys generate ")
                .append(fileName).append("` has made them:\n\n")
                .append("    kubectl create secret generic ").append(names.keys).append(" --from-file=keys/            # secured wires\n")
                .append("    kubectl create secret generic ").append(names.attachKeys).append(" --from-file=keys/attach/   # attaching the designer\n\n")
                .append("Each pod mounts them at `").append(HostCommand.KEYS).append("` and `").append(HostCommand.ATTACH_KEYS)
                .append("`; both are optional, so a topology without secured wires runs without them, unattached.\n\n");
        b.append("## Run\n\n")
                .append("    kubectl apply -f ").append(KubernetesExport.FILE).append("       # add -n NAMESPACE: one namespace per topology keeps names apart\n")
                .append("    kubectl get pods -l ").append(selector).append("\n")
                .append("    kubectl logs deployment/").append(first).append("\n")
                .append("    kubectl delete -f ").append(KubernetesExport.FILE).append("\n\n")
                .append("Services are of type ClusterIP: reach one from your machine with `kubectl port-forward service/NAME PORT`.\n\n");
        b.append("## Attach the designer\n\n")
                .append("The pods report to a designer when `").append(HostCommand.TELEMETRY_VARIABLE).append("` is set (empty")
                .append(" in the manifests: they run on their own until deleted). Start the designer where the pods can reach")
                .append(" it, with the keys beside the topology, then point the pods at it (they restart):\n\n")
                .append("    zmq-studio run ").append(fileName).append(" --attach tcp://0.0.0.0:6100   # or File > Attach to Deployment\n")
                .append("    kubectl set env deployment -l ").append(selector).append(" ").append(HostCommand.TELEMETRY_VARIABLE)
                .append("=tcp://DESIGNER-ADDRESS:6100\n\n")
                .append("When the attached run ends the hosts end too, and a Deployment starts its pod again, which then waits")
                .append(" for a designer: unset the variable (`kubectl set env deployment -l ").append(selector).append(" ")
                .append(HostCommand.TELEMETRY_VARIABLE).append("-`) or delete the manifests.\n\n");
        if (!notes.isEmpty()) {
            b.append("## Left out\n\n");
            notes.forEach(n -> b.append("- ").append(n).append("\n"));
        }
        return b.toString();
    }

    private void names(StringBuilder b) {
        b.append("## Names\n\n")
                .append("Kubernetes names are lowercase DNS labels of at most 63 characters, so ours are mapped: letters")
                .append(" lowercased, every run of other characters than a-z and 0-9 one `-`, no `-` at either end, `n-` before")
                .append(" a name that would start with a digit, cut to 63 characters, and `-2`, `-3`... after a name taken")
                .append(" already. A host's name resolves to nothing in a cluster, so the topology in the ConfigMap")
                .append(" connects to Services and its nodes bind on them:\n\n")
                .append("| host | Deployment | node | bind | Service |\n|---|---|---|---|---|\n");
        for (DeploymentPlan.Host h : plan.hosts) {
            List<DeploymentPlan.Bind> binds = h.binds();
            if (binds.isEmpty()) {
                b.append("| ").append(h.name()).append(" | `").append(h.dnsName()).append("` | ")
                        .append(String.join(", ", h.nodeIds())).append(" | none | |\n");
            }
            for (DeploymentPlan.Bind bind : binds) {
                b.append("| ").append(h.name()).append(" | `").append(h.dnsName()).append("` | ").append(bind.nodeId())
                        .append(" | ").append(bind.endpoint()).append(" | `").append(names.service(bind)).append("` |\n");
            }
        }
        b.append("\n");
    }

    private void image(StringBuilder b) {
        b.append("## The image\n\n")
                .append("`Dockerfile` and `").append(ImageFiles.APP_FOLDER).append("/` build it from ")
                .append(app.form() == AppFiles.Form.INSTALLED ? "the installed app (launcher, jlink runtime, jars) on `"
                        + ImageFiles.DEBIAN + "`" : "the app's jar and `lib/` on `" + ImageFiles.TEMURIN + "`")
                .append(app.form() == AppFiles.Form.NONE ? " (**`app/` is empty**: this export was made from a build folder,"
                        + " so copy `target/zmq-studio.jar` and `target/lib/` into it first)" : "")
                .append(". Build it and make it available to the cluster, then use its name in `")
                .append(KubernetesExport.FILE).append("` if it is not `").append(app.image()).append("`:\n\n")
                .append("    docker build -t ").append(app.image()).append(" .\n")
                .append("    kind load docker-image ").append(app.image()).append("          # a kind cluster; minikube: minikube image load\n")
                .append("    docker tag ").append(app.image()).append(" REGISTRY/").append(app.image())
                .append(" && docker push REGISTRY/").append(app.image()).append("   # any other cluster\n\n");
    }
}
