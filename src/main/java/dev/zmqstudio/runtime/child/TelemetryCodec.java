package dev.zmqstudio.runtime.child;

import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.behaviour.AggregateStats;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.trace.FramePreview;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.WireState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary form of the {@link Telemetry} messages (DataOutput, fields in declaration order). Hand-written rather
 * than reflective JSON: a child's first report then costs no introspection, which was a third of its start-up,
 * and 20 children reporting 50 times a second cost little on either side. Both ends are the same jar.
 */
final class TelemetryCodec {
    private static final byte VERSION = 6;

    private TelemetryCodec() {
    }

    /** An element writer that may throw, for the lists and maps below. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] encode(Telemetry.Report r) {
        return write(out -> {
            out.writeByte(r.kind().ordinal());
            out.writeLong(r.pid());
            out.writeInt(r.ownersApplied());
            out.writeBoolean(r.idle());
            writeMap(out, r.nodes(), TelemetryCodec::writeNode);
            writeList(out, r.links(), TelemetryCodec::writeLink);
            writeLongs(out, r.towardsBinder());
            writeLongs(out, r.towardsConnector());
            writeList(out, r.wireStates(), (o, s) -> o.writeByte(s.ordinal()));
            writeLongs(out, r.pressure());
            writeList(out, r.wiresReady(), DataOutputStream::writeInt);
            writeList(out, r.subscriptions(), (o, s) -> {
                o.writeInt(s.side());
                o.writeUTF(s.topic());
            });
            writeList(out, r.wiresAbandoned(), DataOutputStream::writeInt);
            writeList(out, r.forgotten(), DataOutputStream::writeInt);
            writeMap(out, r.owners(), DataOutputStream::writeInt);
            writeList(out, r.samples(), TelemetryCodec::writeSample);
            writeList(out, r.lines(), (o, l) -> {
                o.writeUTF(l.node());
                writeText(o, l.text());
            });
        });
    }

    static Telemetry.Report report(byte[] data) throws IOException {
        DataInputStream in = open(data);
        return new Telemetry.Report(Telemetry.ReportKind.values()[in.readByte()], in.readLong(), in.readInt(),
                in.readBoolean(), readMap(in, TelemetryCodec::readNode), readList(in, TelemetryCodec::readLink),
                readLongs(in), readLongs(in), readList(in, i -> WireState.values()[i.readByte()]), readLongs(in),
                readList(in, DataInputStream::readInt),
                readList(in, i -> new Telemetry.Subscription(i.readInt(), i.readUTF())),
                readList(in, DataInputStream::readInt), readList(in, DataInputStream::readInt),
                readMap(in, DataInputStream::readInt),
                readList(in, TelemetryCodec::readSample), readList(in, i -> new Telemetry.Line(i.readUTF(), readText(i))));
    }

    static byte[] encode(Telemetry.Command c) {
        return write(out -> {
            out.writeByte(c.kind().ordinal());
            out.writeInt(c.ownersVersion());
            writeMap(out, c.owners(), DataOutputStream::writeInt);
            out.writeLong(c.sampleMask());
            out.writeBoolean(c.fault() != null);
            if (c.fault() != null) {
                Telemetry.Fault f = c.fault();
                out.writeInt(f.wire());
                out.writeBoolean(f.reset());
                out.writeInt(f.faults().latencyMs());
                out.writeInt(f.faults().jitterMs());
                out.writeLong(f.faults().bytesPerSecond());
                out.writeBoolean(f.faults().cut());
                out.writeByte(f.faults().direction().ordinal());
            }
        });
    }

    static Telemetry.Command command(byte[] data) throws IOException {
        DataInputStream in = open(data);
        Telemetry.CommandKind kind = Telemetry.CommandKind.values()[in.readByte()];
        int ownersVersion = in.readInt();
        Map<String, Integer> owners = readMap(in, DataInputStream::readInt);
        long mask = in.readLong();
        Telemetry.Fault fault = null;
        if (in.readBoolean()) {
            int wire = in.readInt();
            boolean reset = in.readBoolean();
            fault = new Telemetry.Fault(wire, reset, new WireFaults(in.readInt(), in.readInt(), in.readLong(),
                    in.readBoolean(), FaultDirection.values()[in.readByte()]));
        }
        return new Telemetry.Command(kind, ownersVersion, owners, mask, fault);
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static DataInputStream open(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        if (in.readByte() != VERSION) {
            throw new IOException("telemetry from another version of the app");
        }
        return in;
    }

    private static void writeNode(DataOutputStream out, EngineSnapshot.NodeStats n) throws IOException {
        out.writeUTF(n.id());
        out.writeUTF(n.type());
        out.writeByte(n.state().ordinal());
        out.writeLong(n.sent());
        out.writeLong(n.received());
        writeNullable(out, n.error());
        writeMap(out, n.sides(), (o, s) -> {
            o.writeUTF(s.type());
            o.writeLong(s.sent());
            o.writeLong(s.received());
        });
        writeMap(out, n.perSender(), DataOutputStream::writeLong);
        AggregateStats.Snapshot a = n.aggregate();
        out.writeBoolean(a != null);
        if (a != null) {
            out.writeLong(a.count());
            out.writeDouble(a.sum());
            out.writeDouble(a.average());
            out.writeDouble(a.min());
            out.writeDouble(a.max());
            out.writeLong(a.skipped());
        }
        out.writeLong(n.errors().count());
        writeNullable(out, n.errors().first());
        out.writeLong(n.framesSent());
        out.writeLong(n.framesReceived());
        out.writeBoolean(n.countsBy() != null);
        if (n.countsBy() != null) {
            writeMap(out, n.countsBy(), DataOutputStream::writeLong);
        }
        EngineSnapshot.QueueFacts q = n.queue();
        out.writeBoolean(q != null);
        if (q != null) {
            out.writeUTF(q.role());
            writeNullable(out, q.topic());
            for (long v : new long[] {q.published(), q.resent(), q.consumed(), q.redelivered(), q.committed(), q.end()}) {
                out.writeLong(v);
            }
            writeMap(out, q.topics(), (o, t) -> {
                o.writeLong(t.first());
                o.writeLong(t.next());
                writeMap(o, t.committed(), DataOutputStream::writeLong);
            });
        }
    }

    private static EngineSnapshot.QueueFacts readQueue(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String role = in.readUTF();
        String topic = readNullable(in);
        long[] v = new long[6];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readLong();
        }
        Map<String, EngineSnapshot.TopicFacts> topics = readMap(in,
                i -> new EngineSnapshot.TopicFacts(i.readLong(), i.readLong(), readMap(i, DataInputStream::readLong)));
        return new EngineSnapshot.QueueFacts(role, topic, v[0], v[1], v[2], v[3], v[4], v[5], topics);
    }

    private static EngineSnapshot.NodeStats readNode(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String type = in.readUTF();
        NodeState state = NodeState.values()[in.readByte()];
        long sent = in.readLong();
        long received = in.readLong();
        String error = readNullable(in);
        Map<String, EngineSnapshot.SideStats> sides = readMap(in,
                i -> new EngineSnapshot.SideStats(i.readUTF(), i.readLong(), i.readLong()));
        Map<String, Long> perSender = readMap(in, DataInputStream::readLong);
        AggregateStats.Snapshot aggregate = in.readBoolean() ? new AggregateStats.Snapshot(in.readLong(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readLong()) : null;
        long errors = in.readLong();
        String firstError = readNullable(in);
        return new EngineSnapshot.NodeStats(id, type, state, sent, received, error, sides, perSender, aggregate,
                firstError == null ? EngineSnapshot.Errors.NONE : new EngineSnapshot.Errors(errors, firstError),
                in.readLong(), in.readLong(), in.readBoolean() ? readMap(in, DataInputStream::readLong) : null, readQueue(in));
    }

    private static void writeLink(DataOutputStream out, EngineSnapshot.LinkStats l) throws IOException {
        out.writeUTF(l.id());
        out.writeUTF(l.from());
        out.writeUTF(l.to());
        out.writeLong(l.passed());
        out.writeLong(l.filtered());
    }

    private static EngineSnapshot.LinkStats readLink(DataInputStream in) throws IOException {
        return new EngineSnapshot.LinkStats(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), in.readLong());
    }

    private static void writeSample(DataOutputStream out, Telemetry.Sample s) throws IOException {
        out.writeInt(s.side());
        out.writeBoolean(s.send());
        out.writeInt(s.wire());
        out.writeLong(s.seq());
        out.writeInt(s.hash());
        out.writeLong(s.epochNanos());
        out.writeShort(s.preview().length);
        out.write(s.preview());
        out.writeInt(s.size());
        out.writeInt(s.envelope().frameCount());
        writeList(out, s.envelope().frames(), (o, f) -> {
            o.writeShort(f.head().length);
            o.write(f.head());
            o.writeInt(f.size());
        });
    }

    private static Telemetry.Sample readSample(DataInputStream in) throws IOException {
        int side = in.readInt();
        boolean send = in.readBoolean();
        int wire = in.readInt();
        long seq = in.readLong();
        int hash = in.readInt();
        long nanos = in.readLong();
        byte[] preview = bytes(in);
        int size = in.readInt();
        int frameCount = in.readInt();
        List<FramePreview> frames = readList(in, i -> new FramePreview(bytes(i), i.readInt()));
        Envelope envelope = frames.isEmpty() && frameCount == 1 ? Envelope.NONE : new Envelope(frames, frameCount);
        return new Telemetry.Sample(side, send, wire, seq, hash, nanos, preview, size, envelope);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readShort()];
        in.readFully(bytes);
        return bytes;
    }

    /** Log lines may exceed writeUTF's 64 KB: length-prefixed UTF-8. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeText(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static <T> void writeList(DataOutputStream out, List<T> list, Writer<T> each) throws IOException {
        out.writeInt(list.size());
        for (T t : list) {
            each.write(out, t);
        }
    }

    private static <T> List<T> readList(DataInputStream in, Reader<T> each) throws IOException {
        int n = in.readInt();
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(each.read(in));
        }
        return list;
    }

    private static <T> void writeMap(DataOutputStream out, Map<String, T> map, Writer<T> each) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, T> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            each.write(out, e.getValue());
        }
    }

    private static <T> Map<String, T> readMap(DataInputStream in, Reader<T> each) throws IOException {
        int n = in.readInt();
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            map.put(key, each.read(in));
        }
        return map;
    }
}
