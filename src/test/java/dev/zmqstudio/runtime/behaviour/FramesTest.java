package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.trace.Token;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message is a list of frames: sent as such, filtered on its first frame, seen whole by every receiver. */
@Timeout(60)
class FramesTest {

    private static Topology topology(List<Node> nodes, List<Wire> wires, List<Link> links) {
        return new Topology("frames", "", Settings.DEFAULTS, nodes, wires, links);
    }

    private static SocketNode sub(String id, String filter, Behaviour behaviour) {
        return new SocketNode(id, "", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of(filter))), behaviour, null, null);
    }

    /** The Guide's psenvpub/psenvsub: the topic is a frame of its own, and SUB filters on it. */
    @Test
    void aSubscriberFiltersTheTopicFrameAndLogsTheWholeEnvelope() throws Exception {
        Behaviour.Generator envelopes = new Behaviour.Generator(null, List.of("{topic}", "{topic}-data {n}"), 0, 40,
                List.of("A", "B"), 1, false);
        Topology t = topology(List.of(
                        SocketNode.of("pub", SocketType.PUB, envelopes, "inproc://envelopes"),
                        sub("sub-b", "B", Behaviour.Sink.logging()),
                        // Matches every last frame and no first frame: it must get nothing and lose nothing.
                        sub("sub-data", "A-", Behaviour.Sink.logging())),
                List.of(Wire.of("w-b", "sub-b", "pub", "inproc://envelopes"),
                        Wire.of("w-data", "sub-data", "pub", "inproc://envelopes")), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            List<String> expected = IntStream.range(0, 40).filter(n -> n % 2 == 1)
                    .mapToObj(n -> "Received message: [B][B-data " + n + "]").toList();
            assertEquals(expected, h.linesOf("sub-b"));
            assertEquals(List.of(), h.linesOf("sub-data"));
            assertEquals(40, s.node("pub").sent(), "counts stay per message");
            assertEquals(80, s.node("pub").framesSent());
            assertEquals(20, s.node("sub-b").received());
            assertEquals(40, s.node("sub-b").framesReceived());
            assertEquals(0, s.node("sub-data").received());
            assertEquals(0, s.wire("w-b").dropped(), "the start gate's expectation filters the first frame too");
            assertEquals(0, s.wire("w-data").dropped(), "no expectation from the data frame");
        }
    }

    @Test
    void aSinksFormatExpressionsAndRecordSeeEveryFrame(@TempDir Path out) throws Exception {
        Behaviour.Generator generator = new Behaviour.Generator(null, List.of("{topic}", "\u0001", "{n} units"), 0, 3,
                List.of("orders"), 1, false);
        Topology t = topology(List.of(
                        SocketNode.of("gen", SocketType.PUSH, generator, "inproc://f"),
                        SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(true, "{frames} | {msg} | number {n}",
                                "num(words[0]) * 10 + size(frames)", "frames.csv"))),
                List.of(Wire.of("w", "sink", "gen", "inproc://f")), List.of());
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = new Engine(t, EngineOptions.logTo((node, text) -> lines.add(node + " " + text)).withOutputDir(out))) {
            engine.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            // A message is counted as it is taken and logged once handled: wait for the lines, not the count.
            while ((engine.snapshot().node("sink").received() < 3
                    || lines.stream().filter(l -> l.startsWith("sink [")).count() < 3
                    || engine.snapshot().node("sink").aggregate().count() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            EngineSnapshot s = engine.snapshot();
            assertEquals(List.of(
                    "sink [orders][0x01][0 units] | [orders][0x01][0 units] | number 0",
                    "sink [orders][0x01][1 units] | [orders][0x01][1 units] | number 1",
                    "sink [orders][0x01][2 units] | [orders][0x01][2 units] | number 2"),
                    lines.stream().filter(l -> l.startsWith("sink [")).toList(),
                    "{frames} and {msg}: every frame, a non-text frame as 0x-hex");
            assertEquals(3 + 13 + 23, s.node("sink").aggregate().sum(), 1e-9, "frames is a list; words (msg) are of the last frame");
            engine.stop();
        }
        List<String> csv = Files.readAllLines(out.resolve("frames.csv"));
        assertEquals("received_us,node,sender,topic,latency_us,size,payload,frames", csv.getFirst());
        assertTrue(csv.get(1).endsWith(",sink,gen,0,,7,0 units,\"[\"\"orders\"\",\"\"0x01\"\",\"\"0 units\"\"]\""), csv.get(1));
        String framesCell = csv.get(1).substring(csv.get(1).indexOf(",\"[") + 2, csv.get(1).length() - 1).replace("\"\"", "\"");
        assertEquals(List.of("orders", "0x01", "0 units"), new ObjectMapper().readValue(framesCell, List.class),
                "the frames column is a JSON array of the frames");
    }

    @Test
    void aRouterReplierKeepsTheEnvelopeAndLogsTheIdentity() throws Exception {
        SocketNode named = new SocketNode("named", "", new SocketSpec(SocketType.DEALER, List.of(),
                SocketOptions.DEFAULTS.withIdentity("client-1")), new Behaviour.Requester("hello {n}", 0, 3, true), null, null);
        Topology t = topology(List.of(
                        SocketNode.of("router", SocketType.ROUTER, new Behaviour.Replier("{msg}", true), "inproc://r"),
                        named,
                        SocketNode.of("anonymous", SocketType.DEALER, new Behaviour.Requester("hi {n}", 0, 3, false))),
                List.of(Wire.of("w1", "named", "router", "inproc://r"), Wire.of("w2", "anonymous", "router", "inproc://r")),
                List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(20),
                    // A reply is counted as it arrives and logged a moment later, and the router logs a reply
                    // after sending it (the requester may have it first): wait for both sides' lines too.
                    x -> x.node("named").received() == 3 && x.node("anonymous").received() == 3 && h.linesOf("named").size() >= 6
                            && h.linesOf("router").size() >= 12);
            assertEquals(List.of("Sent request: hello 0", "Received reply: hello 0", "Sent request: hello 1",
                    "Received reply: hello 1", "Sent request: hello 2", "Received reply: hello 2"), h.linesOf("named"),
                    "the echo comes back to the DEALER that asked, its delimiter kept");
            List<String> router = h.linesOf("router");
            assertTrue(router.contains("Received request: [client-1][][hello 0]"), router.toString());
            assertTrue(router.contains("Sent reply: [client-1][][hello 2]"), router.toString());
            assertTrue(router.stream().anyMatch(l -> l.matches("Received request: \\[0x00[0-9A-F]{8}]\\[]\\[hi 0]")),
                    "a generated identity reads as hex: " + router);
            assertEquals(6, s.node("router").received());
            assertEquals(18, s.node("router").framesReceived());
            assertEquals(18, s.node("router").framesSent());
            assertEquals(6, s.node("named").framesSent(), "a DEALER requester sends the delimiter and the request");
        }
    }

    @Test
    void aRequesterAndAReplierExchangeMultiFrameMessagesThroughALinkThatKeepsEveryFrame() throws Exception {
        Topology t = topology(List.of(
                        SocketNode.of("req", SocketType.REQ, new Behaviour.Requester(null, List.of("part-a", "part-b {n}"), 0, 2, true)),
                        SocketNode.of("rep", SocketType.REP, new Behaviour.Replier(null, List.of("ok", "{msg}!", "{frames}"), true),
                                "inproc://rr"),
                        SocketNode.of("gen", SocketType.PUSH, new Behaviour.Generator(null, List.of("k", "v{n}"), 0, 2, List.of(), 1, false),
                                "inproc://in"),
                        SocketNode.of("worker-in", SocketType.PULL, Behaviour.Passive.INSTANCE),
                        SocketNode.of("worker-out", SocketType.PUSH, Behaviour.Passive.INSTANCE, "inproc://out"),
                        SocketNode.of("end", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(Wire.of("w1", "req", "rep", "inproc://rr"), Wire.of("w2", "worker-in", "gen", "inproc://in"),
                        Wire.of("w3", "end", "worker-out", "inproc://out")),
                List.of(new Link("l", "worker-in", "worker-out", null, "msg + '+'")));
        try (EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(20), x -> x.node("req").received() == 2 && x.node("end").received() == 2);
            assertEquals(List.of("Sent request: [part-a][part-b 0]", "Received reply: [ok][part-b 0!][[part-a][part-b 0]]",
                    "Sent request: [part-a][part-b 1]", "Received reply: [ok][part-b 1!][[part-a][part-b 1]]"), h.linesOf("req"));
            assertEquals("Received request: [part-a][part-b 0]", h.linesOf("rep").getFirst());
            assertEquals(List.of("Received message: [k][v0+]", "Received message: [k][v1+]"), h.linesOf("end"),
                    "the link hands every frame on; the transform replaces the last");
        }
    }

    @Test
    void childProcessesCountFramesAndSampleThem() throws Exception {
        Behaviour.Generator envelopes = new Behaviour.Generator(null, List.of("{topic}", "data {n}"), 50, 30,
                List.of("A", "B"), 1, false);
        int port = FreePorts.find();
        Topology t = new Topology("child-frames", "", Settings.DEFAULTS.withDefaultPlacement(Placement.CHILD_PROCESS), List.of(
                SocketNode.of("pub", SocketType.PUB, envelopes, "tcp://127.0.0.1:" + port),
                sub("sub", "B", Behaviour.Sink.logging())),
                List.of(Wire.of("w", "sub", "pub", "tcp://127.0.0.1:" + port)), List.of());
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(60), x -> x.node("sub").received() == 15);
            assertEquals(30, s.node("sub").framesReceived());
            assertEquals(60, h.awaitSnapshot(Duration.ofSeconds(5), x -> x.node("pub").framesSent() == 60).node("pub").framesSent());
            List<Token> tokens = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (tokens.stream().noneMatch(k -> k.toNode().equals("sub")) && System.nanoTime() < deadline) {
                h.engine.drainTokens(tokens::add, 10_000);
                Thread.sleep(20);
            }
            Token token = tokens.stream().filter(k -> k.toNode().equals("sub")).findFirst().orElseThrow(
                    () -> new AssertionError("no sample reached the parent"));
            assertEquals(2, token.frameCount());
            assertEquals("B", token.frames().getFirst().text(), "the topic frame travels with the sample");
            assertTrue(token.frames().getLast().text().startsWith("data "), token.frames().getLast().text());
        }
    }
}
