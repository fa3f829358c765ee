package dev.zmqstudio.model.generate;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file whose nodes have no "layout" opens with them apart, left to right the way messages flow. */
class FlowLayoutTest {

    @Test
    void aPipelineWithoutLayoutReadsLeftToRightInTheOrderMessagesFlow() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "collector", "type": "PULL", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "worker-out", "type": "PUSH"},
                  {"id": "worker-in", "type": "PULL"},
                  {"id": "producer", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"]}],
                 "wires": [{"id": "w1", "from": "worker-in", "to": "producer", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "worker-out", "to": "collector", "endpoint": "tcp://127.0.0.1:7002"}],
                 "links": [{"id": "l", "from": "worker-in", "to": "worker-out"}]}""", "hand-written.json");
        assertLeftToRight(t, "producer", "worker-in", "worker-out", "collector");
        assertApart(t);
    }

    @Test
    void aDeviceSitsBetweenItsFrontendsPeersAndItsBackends() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "worker", "type": "REP"},
                  {"id": "queue", "type": "QUEUE", "frontend": {"binds": ["tcp://127.0.0.1:7001"]},
                   "backend": {"binds": ["tcp://127.0.0.1:7002"]}},
                  {"id": "client-1", "type": "REQ"},
                  {"id": "client-2", "type": "REQ"},
                  {"id": "pub", "type": "PUB", "binds": ["tcp://127.0.0.1:7003"]},
                  {"id": "sub", "type": "SUB"}],
                 "wires": [{"id": "w1", "from": "client-1", "to": "queue", "toSide": "frontend", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "client-2", "to": "queue", "toSide": "frontend", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w3", "from": "worker", "to": "queue", "toSide": "backend", "endpoint": "tcp://127.0.0.1:7002"},
                           {"id": "w4", "from": "sub", "to": "pub", "endpoint": "tcp://127.0.0.1:7003"}]}""", "queue.json");
        assertLeftToRight(t, "client-1", "queue", "worker");
        assertLeftToRight(t, "client-2", "queue");
        assertLeftToRight(t, "pub", "sub");
        assertEquals(x(t, "client-1"), x(t, "client-2"), "the two clients share a column");
        assertApart(t);
    }

    @Test
    void nodesWithoutLayoutGoBelowThoseTheFilePlacedWhichKeepTheirPlaces() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "a", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"], "layout": {"x": 400, "y": 300}},
                  {"id": "b", "type": "PULL", "layout": {"x": 700, "y": 500}},
                  {"id": "c", "type": "PUSH", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "d", "type": "PULL"}],
                 "wires": [{"id": "w1", "from": "b", "to": "a", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "d", "to": "c", "endpoint": "tcp://127.0.0.1:7002"}]}""", "mixed.json");
        assertEquals(new Position(400, 300), position(t, "a"));
        assertEquals(new Position(700, 500), position(t, "b"));
        assertTrue(position(t, "c").y() > 500 && position(t, "d").y() > 500, "below the placed nodes: " + t.nodes());
        assertEquals(400, x(t, "c"), "from the placed nodes' left edge");
        assertLeftToRight(t, "c", "d");
        assertApart(t);
    }

    @Test
    void aRingOfNodesIsPlacedApartToo() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "a", "type": "PAIR", "binds": ["tcp://127.0.0.1:7001"]},
                  {"id": "b", "type": "PAIR", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "c", "type": "PAIR", "binds": ["tcp://127.0.0.1:7003"]}],
                 "wires": [{"id": "w1", "from": "a", "to": "b", "endpoint": "tcp://127.0.0.1:7002"},
                           {"id": "w2", "from": "b", "to": "c", "endpoint": "tcp://127.0.0.1:7003"},
                           {"id": "w3", "from": "c", "to": "a", "endpoint": "tcp://127.0.0.1:7001"}]}""", "ring.json");
        assertLeftToRight(t, "a", "b", "c");
        assertApart(t);
    }

    @Test
    void aSavedFileKeepsThePlacesGivenWhenItWasOpened() throws Exception {
        Topology opened = TopologyFiles.parse("""
                {"format": 1, "nodes": [{"id": "p", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"]}, {"id": "q", "type": "PULL"}],
                 "wires": [{"id": "w", "from": "q", "to": "p", "endpoint": "tcp://127.0.0.1:7001"}]}""", "a.json");
        Topology again = TopologyFiles.parse(TopologyFiles.toJson(opened), "saved.json");
        assertEquals(opened.nodes(), again.nodes());
    }

    private static void assertLeftToRight(Topology t, String... ids) {
        for (int i = 1; i < ids.length; i++) {
            assertTrue(x(t, ids[i - 1]) < x(t, ids[i]), ids[i - 1] + " left of " + ids[i] + ": " + t.nodes());
        }
    }

    /** No two nodes closer than a column across or a row down: their boxes do not overlap. */
    private static void assertApart(Topology t) {
        List<Node> nodes = t.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Position a = nodes.get(i).position();
                Position b = nodes.get(j).position();
                assertTrue(Math.abs(a.x() - b.x()) >= FlowLayout.COLUMN || Math.abs(a.y() - b.y()) >= TieredLayout.ROW,
                        nodes.get(i).id() + " and " + nodes.get(j).id() + " overlap: " + a + " " + b);
            }
        }
    }

    private static Position position(Topology t, String id) {
        return t.node(id).orElseThrow().position();
    }

    private static double x(Topology t, String id) {
        return position(t, id).x();
    }
}
