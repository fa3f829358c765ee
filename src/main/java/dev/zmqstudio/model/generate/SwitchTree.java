package dev.zmqstudio.model.generate;

/**
 * Hosts on the leaves of a tree of switches, as Mininet's tree topology builds it: {@code depth} levels of switches,
 * each with {@code fanout} children, so {@code fanout^depth} hosts. Counts the links a message crosses between two
 * hosts (up to their lowest common switch and down again), and between a host and one attached to the root switch.
 */
record SwitchTree(int depth, int fanout) {

    int hosts() {
        int n = 1;
        for (int i = 0; i < depth; i++) {
            n *= fanout;
        }
        return n;
    }

    /** Links between hosts {@code a} and {@code b} (0-based, distinct): 2 for two hosts on one leaf switch. */
    int linksBetween(int a, int b) {
        int up = 1;
        while (a / fanout != b / fanout) {
            a /= fanout;
            b /= fanout;
            up++;
        }
        return 2 * up;
    }

    /** Links between a leaf host and a host attached to the root switch: up the whole tree and across to it. */
    int linksToRootHost() {
        return depth + 1;
    }
}
