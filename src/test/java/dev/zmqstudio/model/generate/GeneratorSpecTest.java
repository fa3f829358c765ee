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
        assertEquals("the kind is pipeline, fanout or pubsub, not mesh", e.getMessage());
        var port = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSpec("pipeline", 3, 1, 1, 1, false, 10, 10, 80).generate());
        assertTrue(port.getMessage().startsWith("the base port takes 1024 to 65000"), port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.defaults("pipeline").withWorkers(0).generate());
    }
}
