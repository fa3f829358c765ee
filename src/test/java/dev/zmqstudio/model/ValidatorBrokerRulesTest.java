package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A broker is a ROUTER, producers and consumers are DEALERs with a topic, and a store is a path of its own. */
class ValidatorBrokerRulesTest {
    private static final String AT = "tcp://127.0.0.1:5590";

    private static Topology system(SocketNode broker, SocketNode client) {
        return Topology.empty("b").withNode(broker).withNode(client).withWire(Wire.of("w", client.id(), broker.id(), AT));
    }

    @Test
    void aBrokerWithAProducerAndAConsumerIsFine() {
        Topology t = system(SocketNode.of("broker", SocketType.ROUTER, Behaviour.Broker.of(), AT),
                SocketNode.of("producer", SocketType.DEALER, Behaviour.Producer.of("T", "m {n}", 1, 3)))
                .withNode(SocketNode.of("consumer", SocketType.DEALER, Behaviour.Consumer.of("T")))
                .withWire(Wire.of("w2", "consumer", "broker", AT));
        assertEquals(List.of(), Validator.validate(t));
    }

    @Test
    void eachBehaviourOnTheWrongSocketIsAMismatchThatNamesTheRightOne() {
        List<Problem> broker = withCode(system(SocketNode.of("broker", SocketType.REP, Behaviour.Broker.of(), AT),
                SocketNode.of("p", SocketType.DEALER, Behaviour.Producer.of("T", "m", 1, 1))), "behaviour-mismatch");
        assertEquals(1, broker.size());
        assertEquals("make it a ROUTER, or pick another behaviour", broker.getFirst().fix());
        List<Problem> clients = withCode(system(SocketNode.of("broker", SocketType.ROUTER, Behaviour.Broker.of(), AT),
                SocketNode.of("p", SocketType.REQ, Behaviour.Producer.of("T", "m", 1, 1)))
                .withNode(SocketNode.of("c", SocketType.PULL, Behaviour.Consumer.of("T"))), "behaviour-mismatch");
        assertEquals(List.of("p", "c"), clients.stream().map(Problem::subjectId).toList());
        assertEquals(List.of("make it a DEALER, or pick another behaviour", "make it a DEALER, or pick another behaviour"),
                clients.stream().map(Problem::fix).toList());
    }

    @Test
    void aProducerOrConsumerWithoutATopicIsAnErrorAtItsTopic() {
        List<Problem> found = withCode(system(SocketNode.of("broker", SocketType.ROUTER, Behaviour.Broker.of(), AT),
                SocketNode.of("c", SocketType.DEALER, Behaviour.Consumer.of(" "))), "no-topic");
        assertEquals(1, found.size());
        assertEquals("behaviour.topic", found.getFirst().field());
    }

    @Test
    void twoBrokersCannotShareAStoreNorLeaveTheOutputFolder() {
        Topology t = Topology.empty("b")
                .withNode(SocketNode.of("b1", SocketType.ROUTER, new Behaviour.Broker("same.db", 0, 0, false), AT))
                .withNode(SocketNode.of("b2", SocketType.ROUTER, new Behaviour.Broker("same.db", 0, 0, false), "tcp://127.0.0.1:5591"))
                .withNode(SocketNode.of("b3", SocketType.ROUTER, new Behaviour.Broker("../home.db", 0, 0, false), "tcp://127.0.0.1:5592"));
        List<Problem> clash = withCode(t, "output-clash");
        assertEquals(1, clash.size());
        assertEquals("it keeps its store in \"same.db\", which node b1 keeps its store in as well", clash.getFirst().message());
        List<Problem> path = withCode(t, "output-path");
        assertEquals(List.of("b3"), path.stream().map(Problem::subjectId).toList());
        assertEquals(true, path.getFirst().message().startsWith("its store path \"../home.db\" is refused: "), path.toString());
    }
}
