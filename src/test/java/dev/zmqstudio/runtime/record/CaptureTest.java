package dev.zmqstudio.runtime.record;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capture meets every receipt with its send even when every message carries the same bytes: a PUSH dealing
 * round-robin to two PULLs, a PUB whose every message reaches two SUBs. Each recorded message has its send time
 * (never after its receipt), and each wire's recorded count is the engine's.
 */
@Timeout(60)
class CaptureTest {
    private static final int COUNT = 5_000;

    @Test
    void aRoundRobinSenderOfIdenticalMessages() throws Exception {
        Topology t = new Topology("same", "", Settings.DEFAULTS, List.of(
                SocketNode.of("push", SocketType.PUSH, new Behaviour.Generator("tick", 5_000, COUNT, List.of(), 1, false),
                        "inproc://same"),
                SocketNode.of("a", SocketType.PULL, new Behaviour.Sink(false, null, null, null)),
                SocketNode.of("b", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                List.of(Wire.of("wa", "a", "push", "inproc://same"), Wire.of("wb", "b", "push", "inproc://same")), List.of());
        List<RecordedMessage> recorded = record(t, s -> s.node("a").received() + s.node("b").received() == COUNT);
        assertEquals(COUNT, recorded.size());
        assertEveryOneTimed(recorded);
    }

    @Test
    void aPublisherWhoseEveryMessageReachesTwoSubscribers() throws Exception {
        SocketNode sub1 = SocketNode.of("s1", SocketType.SUB, new Behaviour.Sink(false, null, null, null));
        SocketNode sub2 = SocketNode.of("s2", SocketType.SUB, new Behaviour.Sink(false, null, null, null));
        Topology t = new Topology("fan", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pub", SocketType.PUB, new Behaviour.Generator("beat", 5_000, COUNT, List.of(), 1, false),
                        "inproc://fan"),
                sub1.withSocket(dev.zmqstudio.model.Side.MAIN, subscribedToAll(sub1)),
                sub2.withSocket(dev.zmqstudio.model.Side.MAIN, subscribedToAll(sub2))),
                List.of(Wire.of("w1", "s1", "pub", "inproc://fan"), Wire.of("w2", "s2", "pub", "inproc://fan")), List.of());
        List<RecordedMessage> recorded = record(t, s -> s.node("s1").received() == COUNT && s.node("s2").received() == COUNT);
        Map<String, Long> perWire = recorded.stream().collect(Collectors.groupingBy(RecordedMessage::wire, Collectors.counting()));
        assertEquals(Map.of("w1", (long) COUNT, "w2", (long) COUNT), perWire);
        assertEveryOneTimed(recorded);
        assertTrue(recorded.stream().allMatch(m -> new String(m.frames().getLast(), StandardCharsets.UTF_8).equals("beat")));
    }

    private static SocketSpec subscribedToAll(SocketNode node) {
        SocketSpec spec = node.socket();
        return new SocketSpec(spec.type(), spec.binds(), spec.options().withSubscriptions(List.of("")));
    }

    private static void assertEveryOneTimed(List<RecordedMessage> recorded) {
        List<RecordedMessage> untimed = recorded.stream().filter(m -> m.sentNanos() < 0 || m.sentNanos() > m.receivedNanos()).toList();
        assertEquals(List.of(), untimed.stream().limit(3).toList(), untimed.size() + " without their send");
        Set<Long> ids = recorded.stream().map(RecordedMessage::id).collect(Collectors.toSet());
        assertEquals(recorded.size(), ids.size(), "one id each");
    }

    private static List<RecordedMessage> record(Topology t, java.util.function.Predicate<EngineSnapshot> done) throws Exception {
        List<RecordedMessage> recorded = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = new Engine(t, EngineOptions.logTo(null))) {
            engine.record(RecordOptions.everything(recorded::addAll));
            engine.start();
            long deadline = System.nanoTime() + 40_000_000_000L;
            while (!done.test(engine.snapshot()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            engine.stop();
            assertTrue(done.test(engine.snapshot()), "every message arrived: " + engine.snapshot());
            assertEquals(0, engine.capture().lost());
        }
        return recorded;
    }
}
