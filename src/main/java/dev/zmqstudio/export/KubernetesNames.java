package dev.zmqstudio.export;

import dev.zmqstudio.model.Hosts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of a topology's Kubernetes objects, all by {@link DnsNames}' one mapping: a Deployment per host (the
 * host's name, {@link DeploymentPlan.Host#dnsName()}); a Service per reachable bind, {@code <node id>-<port>} (the
 * port kept whole, a collision's number before it: {@code a-b-2-7301}), never the name of a host, since a connect to
 * a host's name means that host; the ConfigMap {@code <topology>-topology}; the Secrets {@code <topology>-keys} and
 * {@code <topology>-attach-keys}. {@code instance}, the topology's name, labels every object.
 */
final class KubernetesNames {
    final String instance;
    final String configMap;
    final String keys;
    final String attachKeys;
    /** Each reachable bind's Service, in host order. */
    final Map<DeploymentPlan.Bind, String> services = new LinkedHashMap<>();

    KubernetesNames(DeploymentPlan plan, String title) {
        instance = DnsNames.label(title, DnsNames.MAX_LENGTH);
        DnsNames configs = new DnsNames();
        configMap = configs.claim(title, "-topology");
        keys = configs.claim(title, "-keys");
        attachKeys = configs.claim(title, "-attach-keys");
        DnsNames serviceNames = new DnsNames();
        Set<String> hosts = new LinkedHashSet<>(Hosts.declared(plan.topology));
        plan.hosts.forEach(h -> hosts.add(h.name()));
        hosts.forEach(serviceNames::claim);
        for (DeploymentPlan.Host host : plan.hosts) {
            for (DeploymentPlan.Bind b : host.binds()) {
                services.put(b, serviceNames.claim(b.nodeId(), "-" + b.port()));
            }
        }
    }

    String service(DeploymentPlan.Bind bind) {
        return services.get(bind);
    }
}
