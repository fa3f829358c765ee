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
        assertLeftToRight(opened, "p", "q");
        Topology again = TopologyFiles.parse(TopologyFiles.toJson(opened), "saved.json");
        assertEquals(opened.nodes(), again.nodes());
    }

    @Test
    void aDeviceThatConnectsOutSitsBetweenItsPeersToo() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "server", "type": "REP", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "feed", "type": "PUB", "binds": ["tcp://127.0.0.1:7003"]},
                  {"id": "queue", "type": "QUEUE", "frontend": {"binds": ["tcp://127.0.0.1:7001"]}},
                  {"id": "forwarder", "type": "FORWARDER", "backend": {"binds": ["tcp://127.0.0.1:7004"]}},
                  {"id": "client", "type": "REQ"},
                  {"id": "reader", "type": "SUB"}],
                 "wires": [{"id": "w1", "from": "client", "to": "queue", "toSide": "frontend", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "queue", "fromSide": "backend", "to": "server", "endpoint": "tcp://127.0.0.1:7002"},
                           {"id": "w3", "from": "forwarder", "fromSide": "frontend", "to": "feed", "endpoint": "tcp://127.0.0.1:7003"},
                           {"id": "w4", "from": "reader", "to": "forwarder", "toSide": "backend", "endpoint": "tcp://127.0.0.1:7004"}]}""",
                "devices.json");
        assertLeftToRight(t, "client", "queue", "server");
        assertLeftToRight(t, "feed", "forwarder", "reader");
        assertApart(t);
    }

    @Test
    void aBrokersWorkersSitRightOfItsBackendThoughTheyConnectToIt() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "worker", "type": "DEALER"},
                  {"id": "backend", "type": "ROUTER", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "frontend", "type": "ROUTER", "binds": ["tcp://127.0.0.1:7001"]},
                  {"id": "client", "type": "DEALER"}],
                 "wires": [{"id": "w1", "from": "client", "to": "frontend", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "worker", "to": "backend", "endpoint": "tcp://127.0.0.1:7002"}],
                 "links": [{"id": "l", "from": "frontend", "to": "backend"}]}""", "broker.json");
        assertLeftToRight(t, "client", "frontend", "backend", "worker");
        assertApart(t);
    }

    @Test
    void aCycleIsEnteredFromWhatFeedsItNotFromItsFirstNodeInTheFile() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "sink", "type": "PULL"},
                  {"id": "a", "type": "PULL"},
                  {"id": "b", "type": "PUSH", "binds": ["tcp://127.0.0.1:7002"]},
                  {"id": "source", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"]}],
                 "wires": [{"id": "w1", "from": "a", "to": "source", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "a", "to": "b", "endpoint": "tcp://127.0.0.1:7002"},
                           {"id": "w3", "from": "sink", "to": "b", "endpoint": "tcp://127.0.0.1:7002"}],
                 "links": [{"id": "l", "from": "a", "to": "b"}]}""", "cycle.json");
        assertLeftToRight(t, "source", "a", "b", "sink");
        assertApart(t);
    }

    @Test
    void repeatedIdsAndWiresToNodesThatDoNotExistStillGiveEveryNodeAPlaceOfItsOwn() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "x", "type": "PUSH", "binds": ["tcp://127.0.0.1:7001"]},
                  {"id": "x", "type": "PULL"},
                  {"id": "y", "type": "PULL", "layout": {"x": 100, "y": 100}},
                  {"id": "y", "type": "PULL"}],
                 "wires": [{"id": "w1", "from": "ghost", "to": "x", "endpoint": "tcp://127.0.0.1:7001"},
                           {"id": "w2", "from": "x", "to": "nowhere", "endpoint": "tcp://127.0.0.1:7009"}]}""", "bad.json");
        assertEquals(new Position(100, 100), t.nodes().get(2).position(), "the placed copy keeps its place");
        assertApart(t);
    }

    @Test
    void aLongChainWrapsIntoRowsWithinTheCoordinatesAFileMayHold() throws Exception {
        int n = 3_000; // in one row, 380 apart, the last would be past x = 1,000,000
        StringBuilder nodes = new StringBuilder();
        StringBuilder wires = new StringBuilder();
        for (int i = 0; i < n; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i)
                    .append("\", \"type\": \"PAIR\", \"binds\": [\"inproc://n").append(i).append("\"]}");
            wires.append(i == 0 ? "" : ",").append("{\"id\": \"w").append(i).append("\", \"from\": \"n").append(i)
                    .append("\", \"to\": \"n").append((i + 1) % n).append("\", \"endpoint\": \"inproc://n").append((i + 1) % n).append("\"}");
        }
        Topology t = TopologyFiles.parse("{\"format\": 1, \"nodes\": [" + nodes + "], \"wires\": [" + wires + "]}", "ring.json");
        assertTrue(t.nodes().stream().allMatch(node -> node.position().x() <= 1_000_000 && node.position().y() <= 1_000_000),
                "every place within the limits");
        assertTrue(dev.zmqstudio.model.Validator.validate(t).stream().noneMatch(p -> p.code().equals("out-of-range")), "no place the validator refuses");
        assertLeftToRight(t, "n0", "n1", "n2");
        assertTrue(x(t, "n" + FlowLayout.COLUMNS_PER_ROW) < x(t, "n" + (FlowLayout.COLUMNS_PER_ROW - 1))
                && position(t, "n" + FlowLayout.COLUMNS_PER_ROW).y() > position(t, "n0").y(), "the chain goes on in the next row");
        List<Node> some = t.nodes().subList(0, 200);
        assertApart(new Topology("", "", t.settings(), some, List.of(), List.of()));
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
