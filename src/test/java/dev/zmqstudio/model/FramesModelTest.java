package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A message of frames in the model: one template or a list of them, and a topic that is the first frame. */
class FramesModelTest {

    private static Topology pubSub(Behaviour.Generator generator, String subscription) {
        return Topology.empty("ps")
                .withNode(SocketNode.of("pub", SocketType.PUB, generator, "tcp://127.0.0.1:7001"))
                .withNode(new SocketNode("sub", "", new SocketSpec(SocketType.SUB, List.of(),
                        SocketOptions.DEFAULTS.withSubscriptions(List.of(subscription))), Behaviour.Sink.logging(), null, null))
                .withWire(Wire.of("w", "sub", "pub", "tcp://127.0.0.1:7001"));
    }

    @Test
    void aSubscriptionIsCheckedAgainstTheFirstFrameOnly() {
        Behaviour.Generator envelopes = new Behaviour.Generator(null,
                List.of("{topic}", "{cycle:We don't want to see this|We would like to see this}"), 1, 0, List.of("A", "B"), 1, true);
        assertEquals(List.of(), ProblemAssertions.withCode(pubSub(envelopes, "B"), "topic-never-matches"));
        assertEquals(1, ProblemAssertions.withCode(pubSub(envelopes, "We"), "topic-never-matches").size(),
                "the data frame is never what a SUB filters on");
        Behaviour.Generator cycled = Behaviour.Generator.ofFrames(List.of("{cycle:x|y}", "data"), 1, 0);
        assertEquals(List.of(), ProblemAssertions.withCode(pubSub(cycled, "y"), "topic-never-matches"));
        assertEquals(1, ProblemAssertions.withCode(pubSub(cycled, "z"), "topic-never-matches").size());
    }

    @Test
    void aBehaviourHasATemplateOrFramesNeverBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Behaviour.Generator("t", List.of("a"), 1, 0, List.of(), 1, true));
        assertThrows(IllegalArgumentException.class, () -> new Behaviour.Replier("t", List.of("a"), true));
        assertThrows(IllegalArgumentException.class, () -> new Behaviour.Requester("t", List.of("a"), 1, 0, true));
        assertEquals(List.of("t"), Behaviour.Generator.of("t", 1, 0).frameTemplates());
        assertEquals(List.of("a", "b"), Behaviour.Generator.ofFrames(List.of("a", "b"), 1, 0).frameTemplates());
    }

    @Test
    void editingTheFramesKeepsOneLineAsATemplate() {
        Behaviour.Generator two = Behaviour.Generator.of("t", 3, 7).withFrameTemplates(List.of("a", ""));
        assertEquals(List.of("a", ""), two.frames());
        assertEquals(null, two.template());
        assertEquals(3, two.rate());
        Behaviour.Generator one = two.withFrameTemplates(List.of("solo"));
        assertEquals("solo", one.template());
        assertEquals(List.of(), one.frames());
        assertEquals(List.of("x", "y"), new Behaviour.Replier("r", true).withFrameTemplates(List.of("x", "y")).frames());
        assertEquals("z", new Behaviour.Requester(null, List.of("x", "y"), 1, 2, true).withFrameTemplates(List.of("z")).template());
    }
}
