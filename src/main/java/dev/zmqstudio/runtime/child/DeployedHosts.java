package dev.zmqstudio.runtime.child;

import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;

/**
 * An attached run's view of a deployment: each host is one child process that the run does not start (its
 * {@code node} process runs elsewhere and reports in), named by the host.
 */
public final class DeployedHosts {
    private DeployedHosts() {
    }

    /** Every node a deployment runs, placed in the child process named by its host. */
    public static Topology placement(Topology topology) {
        return topology.mapNodes(n -> Hosts.deploys(n)
                ? n.withPlacement(Placement.CHILD_PROCESS).withProcess(n.hostOrDefault()) : n);
    }
}
