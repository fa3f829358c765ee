package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.RunnerSet;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Past {@link RunnerSet#PLATFORM_THREADS_UP_TO} runners, nodes share a carrier thread per core. Publishers at full
 * speed with nobody subscribed never wait (every message is dropped at once); they must still leave room for a
 * quiet pair to run.
 */
@Timeout(60)
class CarrierFairnessTest {
    private static final int MESSAGES = 50;

    @Test
    void aQuietPairDeliversWhilePublishersThatNeverWaitOutnumberTheCores() throws Exception {
        List<Node> nodes = new ArrayList<>();
        int busy = RunnerSet.PLATFORM_THREADS_UP_TO + 1;
        for (int i = 0; i < busy; i++) {
            nodes.add(SocketNode.of("loud-" + i, SocketType.PUB,
                    new Behaviour.Generator("noise {n}", 0, 0, List.of(), i, false), "inproc://loud-" + i));
        }
        nodes.add(SocketNode.of("quiet", SocketType.PUSH, new Behaviour.Generator("m {n}", 0, MESSAGES, List.of(), 1, false),
                "inproc://quiet"));
        nodes.add(SocketNode.of("listener", SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
        Topology t = new Topology("fair", "", Settings.DEFAULTS, nodes,
                List.of(Wire.of("w", "listener", "quiet", "inproc://quiet")), List.of());

        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), x -> x.nodes().get("listener").received() == MESSAGES);
            assertEquals(MESSAGES, s.nodes().get("listener").received());
        }
    }
}
