package dev.zmqstudio.io;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node's "process" is read back as written, on socket nodes and devices, and written only when set. */
class ProcessFieldTest {

    @Test
    void aProcessNameSurvivesSaveAndOpenOnSocketNodesAndDevices() throws Exception {
        Topology t = new Topology("p", "", Settings.DEFAULTS, List.of(
                SocketNode.of("worker", SocketType.PULL, Behaviour.Sink.logging()).withProcess("workers"),
                DeviceNode.of("hub", DeviceType.STREAMER, "tcp://127.0.0.1:7001", "tcp://127.0.0.1:7002").withProcess("workers"),
                SocketNode.of("alone", SocketType.PUSH, Behaviour.Passive.INSTANCE)), List.of(), List.of());
        String json = TopologyFiles.toJson(t);
        assertTrue(json.contains("\"process\": \"workers\""), json);
        Topology back = TopologyFiles.parse(json, "p.json");
        assertEquals("workers", back.node("worker").orElseThrow().process());
        assertEquals("workers", back.node("hub").orElseThrow().process());
        assertNull(back.node("alone").orElseThrow().process());
        assertEquals(t, back);
    }

    @Test
    void aNodeWithoutAProcessIsWrittenAsBefore() {
        String json = TopologyFiles.toJson(new Topology("p", "", Settings.DEFAULTS,
                List.of(SocketNode.of("alone", SocketType.PUSH, Behaviour.Passive.INSTANCE)), List.of(), List.of()));
        assertFalse(json.contains("\"process\""), json);
    }
}
