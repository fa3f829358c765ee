package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact text toJson writes: stable order, 2-space indent, defaults left out, whole numbers without ".0". */
class WriterFormatTest {

    @Test
    void writesTheGoldenPushPullFile() {
        assertEquals("""
                {
                  "format": 1,
                  "name": "push-pull",
                  "description": "Pusher binds tcp 5555; the puller logs.",
                  "settings": {
                    "waitForConnections": true,
                    "placement": "in-process"
                  },
                  "nodes": [
                    {
                      "id": "pusher",
                      "type": "PUSH",
                      "label": "Pusher",
                      "binds": ["tcp://*:5555"],
                      "behaviour": {
                        "kind": "generator",
                        "template": "Message {n}: Data from the pusher",
                        "rate": 1,
                        "count": 10,
                        "topics": [],
                        "seed": 1,
                        "log": true
                      },
                      "placement": "default",
                      "layout": {
                        "x": 120,
                        "y": 80
                      }
                    },
                    {
                      "id": "puller",
                      "type": "PULL",
                      "label": "Puller",
                      "binds": [],
                      "behaviour": {
                        "kind": "sink",
                        "log": true,
                        "format": "Received message: {msg}"
                      },
                      "placement": "default",
                      "layout": {
                        "x": 360,
                        "y": 80
                      }
                    }
                  ],
                  "wires": [
                    {
                      "id": "w1",
                      "from": "puller",
                      "to": "pusher",
                      "endpoint": "tcp://127.0.0.1:5555"
                    }
                  ],
                  "links": []
                }
                """, TopologyFiles.toJson(SampleTopologies.pushPull()));
    }

    @Test
    void writesDevicesWithBothSidesAndWiresWithSides() {
        Topology topology = Topology.empty("q")
                .withNode(new DeviceNode("queue", "", DeviceType.QUEUE,
                        new SocketSpec(SocketType.ROUTER, List.of("tcp://*:5559"), SocketOptions.DEFAULTS.withIdentity("q")),
                        null, null, null))
                .withWire(new Wire("w", "a", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"))
                .withLink(new Link("l", "a", "b", "json.ok", null));
        assertEquals("""
                {
                  "format": 1,
                  "name": "q",
                  "description": "",
                  "settings": {
                    "waitForConnections": true,
                    "placement": "in-process"
                  },
                  "nodes": [
                    {
                      "id": "queue",
                      "type": "QUEUE",
                      "label": "",
                      "frontend": {
                        "binds": ["tcp://*:5559"],
                        "options": {
                          "sendHwm": 1000,
                          "receiveHwm": 1000,
                          "subscriptions": [],
                          "identity": "q"
                        }
                      },
                      "backend": {
                        "binds": []
                      },
                      "placement": "default",
                      "layout": {
                        "x": 0,
                        "y": 0
                      }
                    }
                  ],
                  "wires": [
                    {
                      "id": "w",
                      "from": "a",
                      "to": "queue",
                      "toSide": "frontend",
                      "endpoint": "tcp://127.0.0.1:5559"
                    }
                  ],
                  "links": [
                    {
                      "id": "l",
                      "from": "a",
                      "to": "b",
                      "filter": "json.ok"
                    }
                  ]
                }
                """, TopologyFiles.toJson(topology));
    }

    @Test
    void writesFractionalNumbersPlainly() {
        Topology topology = Topology.empty("n").withNode(
                SocketNode.of("g", SocketType.PUB, new Behaviour.Generator("m", 0.001, 0, List.of(), 1, true)));
        String json = TopologyFiles.toJson(topology);
        assertTrue(json.contains("\"rate\": 0.001,"), json);
        assertFalse(json.contains("E-"), json);
    }

    @Test
    void writesTheExpressionBudgetOnlyWhenItIsNotTheDefault() {
        assertFalse(TopologyFiles.toJson(Topology.empty("d")).contains("expressionBudgetMs"));
        String json = TopologyFiles.toJson(Topology.empty("b").withSettings(Settings.DEFAULTS.withExpressionBudgetMs(250)));
        assertTrue(json.contains("\"placement\": \"in-process\",\n    \"expressionBudgetMs\": 250\n"), json);
    }

    @Test
    void aMessageOfFramesIsWrittenAsFramesInPlaceOfTheTemplate() {
        Topology topology = Topology.empty("f").withNode(SocketNode.of("g", SocketType.PUB,
                new Behaviour.Generator(null, List.of("{topic}", "data {n}"), 1, 2, List.of("A", "B"), 1, true)));
        String json = TopologyFiles.toJson(topology);
        assertTrue(json.matches("(?s).*\"kind\": \"generator\",\\s*\"frames\": \\[\"\\{topic}\", \"data \\{n}\"],\\s*\"rate\": 1,.*"),
                json);
        assertFalse(json.contains("\"template\""), json);
    }

    @Test
    void escapesWhatJsonRequires() {
        String json = TopologyFiles.toJson(Topology.empty("a \"b\" \\ c\nd\te\u0001"));
        assertTrue(json.contains("\"name\": \"a \\\"b\\\" \\\\ c\\nd\\te\\u0001\","), json);
    }

    @Test
    void savesMissingRequiredTextAsEmptySoNoWorkIsLost() throws Exception {
        Topology unfinished = Topology.empty("u")
                .withNode(SocketNode.of("g", SocketType.PUB, new Behaviour.Generator(null, 0, 0, List.of(), 1, true)))
                .withWire(Wire.of("w", "a", "g", null));
        Topology back = TopologyFiles.parse(TopologyFiles.toJson(unfinished), "u.json");
        assertEquals("", back.wires().getFirst().endpoint());
        assertEquals("", ((Behaviour.Generator) ((SocketNode) back.nodes().getFirst()).behaviour()).template());
    }

    @Test
    void usesUnixNewlinesAndEndsWithOne() {
        String json = TopologyFiles.toJson(SampleTopologies.everything());
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }
}
