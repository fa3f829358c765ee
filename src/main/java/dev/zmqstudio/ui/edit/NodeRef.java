package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Side;

/** One socket of a node: the node id and the side (MAIN for a socket node). */
public record NodeRef(String nodeId, Side side) {
}
