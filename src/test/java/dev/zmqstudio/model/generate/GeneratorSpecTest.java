package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorSpecTest {

    @Test
    void eachKindMakesWhatItsNumbersSayAndValidatesClean() {
        Topology pipeline = GeneratorSpec.defaults("pipeline").withWorkers(5).generate();
        assertEquals(12, pipeline.nodes().size());
        Topology fanout = new GeneratorSpec("fanout", 0, 2, 4, 3, false, 10, 100, 7001).generate();
        assertEquals(6, fanout.nodes().size());
        assertEquals(8, fanout.wires().size(), "every subscriber connects to every publisher");
        Topology broker = new GeneratorSpec("pubsub", 0, 2, 4, 0, true, 10, 100, 7001).generate();
        assertEquals(7, broker.nodes().size(), "2 publishers, 4 subscribers and the FORWARDER");
        for (Topology t : new Topology[]{pipeline, fanout, broker}) {
            assertEquals(java.util.List.of(), Validator.validate(t).stream().filter(p -> p.isError()).toList(), t.name());
        }
    }

    @Test
    void badNumbersAndKindsSayWhatIsWrong() {
        var e = assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.defaults("mesh").generate());
        assertEquals("the kind is pipeline, fanout, pubsub or tree, not mesh", e.getMessage());
        var port = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSpec("pipeline", 3, 1, 1, 1, false, 10, 10, 80).generate());
        assertTrue(port.getMessage().startsWith("the base port takes 1024 to 65000"), port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.defaults("pipeline").withWorkers(0).generate());
    }

    private static int latency(Topology t, String wire) {
        return t.wire(wire).orElseThrow().faults().latencyMs();
    }

    @Test
    void aTreeHasFanoutToTheDepthHostsAndEachWireTheHopsBetweenItsHosts() {
        // Depth 3, fanout 2: 8 hosts, publishers on hosts 1, 3, 5, 7 and subscribers on 2, 4, 6, 8.
        Topology direct = GeneratorSpec.defaults("tree").withTree(3, 2, 5, false).generate();
        assertEquals(8, direct.nodes().size());
        assertEquals(16, direct.wires().size(), "every subscriber connects to every publisher");
        assertEquals(2 * 5, latency(direct, "w-1-1"), "hosts 1 and 2 share a leaf switch: two links");
        assertEquals(4 * 5, latency(direct, "w-1-2"), "hosts 1 and 4 meet one level up: four links");
        assertEquals(6 * 5, latency(direct, "w-1-4"), "hosts 1 and 8 meet at the root: six links");
        assertEquals(6 * 5, latency(direct, "w-4-1"));
        assertEquals(2 * 5, latency(direct, "w-4-4"));

        Topology broker = GeneratorSpec.defaults("tree").withTree(3, 2, 5, true).generate();
        assertEquals(9, broker.nodes().size(), "the 8 hosts and the broker on the root switch's host");
        assertEquals(8, broker.wires().size());
        broker.wires().forEach(w -> assertEquals(4 * 5, w.faults().latencyMs(), w.id() + ": three switches up, one across"));
        for (Topology t : new Topology[]{direct, broker}) {
            assertEquals(java.util.List.of(), Validator.validate(t).stream().filter(p -> p.isError()).toList(), t.name());
        }
        Topology plain = GeneratorSpec.defaults("tree").withTree(2, 3, 0, false).generate();
        assertEquals(9, plain.nodes().size());
        assertTrue(plain.wires().stream().allMatch(w -> w.faults() == null), "no latency, no proxies");
    }

    @Test
    void aTreeTooLargeOrMalformedSaysSo() {
        var big = assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.defaults("tree").withTree(4, 8, 1, false).generate());
        assertEquals("a tree of depth 4 and fanout 8 has 4096 hosts; at most 1000", big.getMessage());
        var flat = assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.defaults("tree").withTree(2, 1, 1, false).generate());
        assertTrue(flat.getMessage().startsWith("a tree's depth must be 1 to 6 and its fanout 2 to 8"), flat.getMessage());
    }
}
