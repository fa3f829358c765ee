package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.behaviour.AggregateStats;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.trace.FramePreview;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.WireState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(10)
class TelemetryCodecTest {

    @Test
    void aReportComesBackWithEveryField() throws Exception {
        EngineSnapshot.NodeStats sink = new EngineSnapshot.NodeStats("sink", "PULL", NodeState.RUNNING, 0, 42, null,
                Map.of(), Map.of("pusher", 42L), new AggregateStats.Snapshot(0, 0, Double.NaN, Double.NaN, Double.NaN, 3),
                new EngineSnapshot.Errors(2, "aggregate of node sink 'msg.x()' failed on message 'a': unsolvable function/method 'x'"), 0, 84,
                Map.of("INFO", 40L, "WARNING", 2L));
        EngineSnapshot.NodeStats device = new EngineSnapshot.NodeStats("q", "QUEUE", NodeState.ERROR, 5, 6, "cannot bind",
                Map.of("frontend", new EngineSnapshot.SideStats("ROUTER", 1, 2)), Map.of(), null, EngineSnapshot.Errors.of("cannot bind"), 15, 18);
        EngineSnapshot.NodeStats quiet = new EngineSnapshot.NodeStats("p", "ROUTER", NodeState.FINISHED, 5, 0, null,
                Map.of(), Map.of(), null, EngineSnapshot.Errors.NONE, 5, 0, null, EngineSnapshot.QueueFacts.broker(
                        Map.of("All Invoices", new EngineSnapshot.TopicFacts(3, 100, Map.of("filter", 97L)))));
        String longLine = "é".repeat(40_000); // 80 KB of UTF-8: more than writeUTF takes
        Telemetry.Report r = new Telemetry.Report(Telemetry.ReportKind.FINAL, 1234, 7, true, Map.of("sink", sink, "q", device, "p", quiet),
                List.of(new EngineSnapshot.LinkStats("l1", "a", "b", 10, 11)), new long[] {1, 2}, new long[] {3, 4},
                List.of(WireState.CONNECTED, WireState.RETRYING), new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, List.of(0), List.of(new Telemetry.Subscription(3, "10001")),
                List.of(4, 6), List.of(5), Map.of("127.0.0.1:40000", 1), List.of(new Telemetry.Sample(2, true, 1, 1L << 41, -99, 1L << 60,
                        new byte[] {1, 2, 3}, 300, new Envelope(List.of(new FramePreview(new byte[] {0, -95}, 5),
                                new FramePreview(new byte[0], 0)), 12))), List.of(new Telemetry.Line("sink", longLine)));

        Telemetry.Report back = TelemetryCodec.report(TelemetryCodec.encode(r));

        assertEquals(r.kind(), back.kind());
        assertEquals(r.pid(), back.pid());
        assertEquals(r.ownersApplied(), back.ownersApplied());
        assertEquals(r.idle(), back.idle());
        assertEquals(r.nodes(), back.nodes());
        assertEquals(r.links(), back.links());
        assertArrayEquals(r.towardsBinder(), back.towardsBinder());
        assertArrayEquals(r.towardsConnector(), back.towardsConnector());
        assertEquals(r.wireStates(), back.wireStates());
        assertArrayEquals(r.pressure(), back.pressure());
        assertEquals(r.wiresReady(), back.wiresReady());
        assertEquals(r.subscriptions(), back.subscriptions());
        assertEquals(r.wiresAbandoned(), back.wiresAbandoned());
        assertEquals(r.forgotten(), back.forgotten());
        assertEquals(r.owners(), back.owners());
        Telemetry.Sample s = back.samples().getFirst();
        assertEquals(List.of(2, true, 1, 1L << 41, -99, 1L << 60, 300), List.of(s.side(), s.send(), s.wire(), s.seq(), s.hash(), s.epochNanos(), s.size()));
        assertArrayEquals(new byte[] {1, 2, 3}, s.preview());
        assertEquals(12, s.envelope().frameCount(), "the message's frame count");
        assertEquals(List.of(5, 0), s.envelope().frames().stream().map(FramePreview::size).toList());
        assertArrayEquals(new byte[] {0, -95}, s.envelope().frames().getFirst().head(), "a frame's preview, byte for byte");
        assertEquals(r.lines(), back.lines());
    }

    @Test
    void aCommandComesBackAndAnotherVersionIsRefused() throws Exception {
        Telemetry.Command c = new Telemetry.Command(Telemetry.CommandKind.OWNERS, 9, Map.of("127.0.0.1:5", 0), 1023);
        assertEquals(c, TelemetryCodec.command(TelemetryCodec.encode(c)));
        Telemetry.Command fault = Telemetry.Command.fault(new Telemetry.Fault(3, false,
                new dev.zmqstudio.model.WireFaults(20, 5, 10_000, true, dev.zmqstudio.model.FaultDirection.TOWARDS_BINDER)));
        assertEquals(fault, TelemetryCodec.command(TelemetryCodec.encode(fault)));
        byte[] data = TelemetryCodec.encode(Telemetry.Command.of(Telemetry.CommandKind.GO));
        data[0]++;
        assertThrows(java.io.IOException.class, () -> TelemetryCodec.command(data));
    }
}
