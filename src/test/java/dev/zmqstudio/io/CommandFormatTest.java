package dev.zmqstudio.io;

import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node's "command" reads as one string or as a list, and is written back in the form it was read. */
class CommandFormatTest {

    private static Topology withCommands() {
        return Topology.empty("cmd")
                .withNode(SocketNode.of("worker", SocketType.PULL, Behaviour.Passive.INSTANCE)
                        .withPlacement(Placement.EXTERNAL).withCommand(Command.ofLine("python3 worker.py 5555")))
                .withNode(SocketNode.of("spaced", SocketType.REP, Behaviour.Passive.INSTANCE)
                        .withPlacement(Placement.EXTERNAL).withCommand(Command.of("/usr/bin/python3", "my server.py")))
                .withNode(DeviceNode.of("queue", DeviceType.QUEUE, "tcp://*:5559", "tcp://*:5560")
                        .withPlacement(Placement.EXTERNAL).withCommand(Command.of("./queue")));
    }

    @Test
    void bothFormsRoundTripInTheFormTheyWereWritten() throws Exception {
        String json = TopologyFiles.toJson(withCommands());
        assertTrue(json.contains("\"command\": \"python3 worker.py 5555\","), json);
        assertTrue(json.contains("\"command\": [\"/usr/bin/python3\", \"my server.py\"],"), json);
        assertTrue(json.contains("\"placement\": \"external\",\n      \"command\": [\"./queue\"],\n      \"layout\""), json);
        Topology back = TopologyFiles.parse(json, "cmd.json");
        assertEquals(withCommands(), back);
        assertEquals(json, TopologyFiles.toJson(back));
    }

    @Test
    void aStringIsSplitAtSpacesAndAnAbsentCommandIsNone() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "a", "type": "PULL", "placement": "external", "command": "python3   pull.py  5555"},
                  {"id": "b", "type": "PULL"}]}""", "t.json");
        assertEquals(List.of("python3", "pull.py", "5555"), t.node("a").orElseThrow().command().argv());
        assertNull(t.node("b").orElseThrow().command());
        assertTrue(!TopologyFiles.toJson(t).contains("\"command\": null"));
    }
}
