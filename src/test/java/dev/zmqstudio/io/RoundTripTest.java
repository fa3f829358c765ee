package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** load(toJson(t)) equals t, and toJson is a fixed point for files it wrote. */
class RoundTripTest {

    private static Topology roundTrip(Topology topology) throws TopologyFormatException {
        return TopologyFiles.parse(TopologyFiles.toJson(topology), "round-trip.json");
    }

    private static void assertRoundTrips(Topology topology) throws TopologyFormatException {
        Topology back = roundTrip(topology);
        assertEquals(topology, back);
        assertEquals(TopologyFiles.toJson(topology), TopologyFiles.toJson(back));
    }

    @Test
    void everyNodeTypeBehaviourSideAndLinkSurvives() throws Exception {
        assertRoundTrips(SampleTopologies.everything());
    }

    @Test
    void pushPullSurvives() throws Exception {
        assertRoundTrips(SampleTopologies.pushPull());
    }

    @Test
    void emptyTopologySurvives() throws Exception {
        assertRoundTrips(Topology.empty(""));
    }

    @ParameterizedTest
    @EnumSource(SocketType.class)
    void eachSocketTypeSurvives(SocketType type) throws Exception {
        assertRoundTrips(Topology.empty("one").withNode(SocketNode.of("n", type, Behaviour.Passive.INSTANCE, "ipc://n")));
    }

    @ParameterizedTest
    @EnumSource(DeviceType.class)
    void eachDeviceTypeSurvives(DeviceType type) throws Exception {
        assertRoundTrips(Topology.empty("one").withNode(DeviceNode.of("d", type, "tcp://*:1", "tcp://*:2")));
    }

    @ParameterizedTest
    @MethodSource("behaviours")
    void eachBehaviourSurvives(Behaviour behaviour) throws Exception {
        assertRoundTrips(Topology.empty("b").withNode(SocketNode.of("n", SocketType.DEALER, behaviour)));
    }

    static Stream<Behaviour> behaviours() {
        return Stream.of(
                Behaviour.Passive.INSTANCE,
                Behaviour.Generator.of("m {n}", 0, 0),
                new Behaviour.Generator("m", 1e-3, Long.MAX_VALUE, List.of("x"), Long.MIN_VALUE, false),
                new Behaviour.Generator("m", 123456.789, 1, List.of(), 0, true),
                Behaviour.Sink.logging(),
                new Behaviour.Sink(false, "{msg}!", null, "r.csv"),
                new Behaviour.Sink(true, "x", "json.a", null),
                new Behaviour.Sink(false, "x", null, null, 0, "split(frames[0], '[.]')[1]"),
                new Behaviour.Replier("", false),
                new Behaviour.Requester("r", 1000, 5, true),
                new Behaviour.Generator(null, List.of("{topic}", "", "data {n} \u0000 ✓"), 5, 10, List.of("A", "B"), 3, false),
                Behaviour.Generator.ofFrames(List.of("one frame, written as a list"), 1, 1),
                new Behaviour.Replier(null, List.of("{msg}", "second"), true),
                new Behaviour.Requester(null, List.of("a", "b {n}"), 2, 4, false),
                Behaviour.Broker.of(),
                new Behaviour.Broker("stores/b.db", 1000, 3600.5, true),
                Behaviour.Producer.of("All Invoices", "{\"id\": {n}}", 50, 100),
                new Behaviour.Producer("Valid Invoices", null, 0, 0, 1, false),
                Behaviour.Consumer.of("Valid Invoices"),
                new Behaviour.Consumer("T", "group-1", 10_000, "json.id", false, "x {msg}", "json.amount", "json.kind"));
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void eachPlacementSurvives(Placement placement) throws Exception {
        assertRoundTrips(Topology.empty("p").withNode(
                SocketNode.of("n", SocketType.PUB, null).withPlacement(placement).withPosition(new Position(-0.5, 1e9))));
    }

    @Test
    void settingsSurvive() throws Exception {
        assertRoundTrips(Topology.empty("s").withSettings(new Settings(false, Placement.EXTERNAL)));
        assertRoundTrips(Topology.empty("s").withSettings(new Settings(true, Placement.CHILD_PROCESS)));
        assertRoundTrips(Topology.empty("s").withSettings(Settings.DEFAULTS.withExpressionBudgetMs(1000)));
        assertRoundTrips(Topology.empty("s").withSettings(Settings.DEFAULTS.withLogPublisher("tcp://127.0.0.1:5565")));
        assertRoundTrips(Topology.empty("s").withSettings(Settings.DEFAULTS.withCurve(true)));
    }

    @Test
    void aSecuredWireSurvives() throws Exception {
        assertRoundTrips(SampleTopologies.pushPull().mapNodes(n -> n)
                .replaceWire(SampleTopologies.pushPull().wires().getFirst().withCurve(true)));
    }

    @Test
    void anExternalNodesLogsEndpointSurvives() throws Exception {
        assertRoundTrips(Topology.empty("l").withNode(SocketNode.of("svc", SocketType.PUB, null)
                .withPlacement(Placement.EXTERNAL).withLogs("ipc:///tmp/svc-logs")));
    }

    @Test
    void bindsKeepTheirOrderAndText() throws Exception {
        SocketSpec spec = SocketSpec.of(SocketType.ROUTER, "tcp://*:2", "tcp://127.0.0.1:1", "not an endpoint");
        assertRoundTrips(Topology.empty("b").withNode(
                new SocketNode("r", "", spec, null, null, null)));
    }
}
