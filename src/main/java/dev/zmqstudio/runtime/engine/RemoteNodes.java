package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Node;

import java.util.List;

/** Nodes of a run that live in other processes, as their last reports show them. */
public interface RemoteNodes {
    /** The numbers of {@code node}, or null when it is not run elsewhere. */
    EngineSnapshot.NodeStats stats(Node node);

    List<EngineSnapshot.LinkStats> links();

    /** Messages sent plus received by every remote node so far. */
    long traffic();

    RemoteNodes NONE = new RemoteNodes() {
        @Override
        public EngineSnapshot.NodeStats stats(Node node) {
            return null;
        }

        @Override
        public List<EngineSnapshot.LinkStats> links() {
            return List.of();
        }

        @Override
        public long traffic() {
            return 0;
        }
    };
}
