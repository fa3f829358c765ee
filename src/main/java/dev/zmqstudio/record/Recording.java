package dev.zmqstudio.record;

import dev.zmqstudio.runtime.record.RecordedMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A recording opened for reading (inspect, export, replay). Every way a file can fail to be one gives a
 * {@link RecordingException} with one clear message: missing, empty, not SQLite, another SQLite database, a newer
 * format, damaged or truncated, locked by another program. A recording whose run was killed reads up to its last
 * committed batch. Not thread-safe: one user at a time.
 */
public final class Recording implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 2_000;

    private final Path file;
    private final Connection db;
    private final Map<String, String> info;
    private dev.zmqstudio.model.Topology topology;

    private Recording(Path file, Connection db, Map<String, String> info) {
        this.file = file;
        this.db = db;
        this.info = info;
    }

    public static Recording open(Path file) throws RecordingException {
        checkHeader(file);
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw problem(file, e);
        }
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA query_only = 1");
            }
            int app = pragma(db, "application_id");
            if (app != RecordingSchema.APPLICATION_ID) {
                throw new RecordingException(file + ": an SQLite database, but not a ZMQ Studio recording"
                        + " (make one with `run FILE --record " + file.getFileName() + "`)");
            }
            int format = pragma(db, "user_version");
            if (format > RecordingSchema.FORMAT) {
                throw new RecordingException(file + ": made by a newer ZMQ Studio (recording format " + format
                        + "; this version reads format " + RecordingSchema.FORMAT + "): update ZMQ Studio to open it");
            }
            Map<String, String> info = new LinkedHashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM recording")) {
                while (rs.next()) {
                    info.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!info.containsKey("topology")) {
                throw new RecordingException(file + ": damaged: it holds no topology (the recording never got going)");
            }
            return new Recording(file, db, info);
        } catch (SQLException e) {
            closeQuietly(db);
            throw problem(file, e);
        } catch (RecordingException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private static void checkHeader(Path file) throws RecordingException {
        if (!Files.exists(file)) {
            throw new RecordingException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new RecordingException(file + ": is a folder, not a recording");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read it: " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new RecordingException(file + ": empty: not a recording (or one cut off before anything was written)");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new RecordingException(file + ": not a recording: a recording is an SQLite database, and this file is"
                    + " not one (open the topology JSON with the designer instead?)");
        }
    }

    private static int pragma(Connection db, String name) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** One clear message for what SQLite says about a file. */
    static RecordingException problem(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("database is locked")) {
            return new RecordingException(file + ": locked by another program (a run still recording it, or an SQL"
                    + " tool holding it): close that program and try again", e);
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed") || m.contains("SQLITE_NOTADB")) {
            return new RecordingException(file + ": damaged or truncated (" + firstLine(m) + "): it cannot be read;"
                    + " record the run again", e);
        }
        return new RecordingException(file + ": cannot read the recording: " + firstLine(m), e);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public Path file() {
        return file;
    }

    /** The topology file's JSON, as it was when the run was recorded. */
    public String topologyJson() {
        return info.get("topology");
    }

    /** The topology that was run, read once. */
    public dev.zmqstudio.model.Topology topology() throws RecordingException {
        if (topology == null) {
            try {
                topology = dev.zmqstudio.io.TopologyFiles.parse(topologyJson(), file + " (its topology)");
            } catch (dev.zmqstudio.io.TopologyFormatException e) {
                throw new RecordingException(file + ": damaged: its topology cannot be read: " + e.getMessage(), e);
            }
        }
        return topology;
    }

    /** What the recording says about itself (the {@code recording} table). */
    public Map<String, String> info() {
        return Map.copyOf(info);
    }

    /** False when the run was killed (or its writer failed) before the recording was finished. */
    public boolean complete() {
        return info.containsKey("finished_at");
    }

    /** The number of messages the recording could not keep (0 when it kept every one). */
    public long lost() {
        return Long.parseLong(info.getOrDefault("lost", "0"));
    }

    /** Every wire with messages, in the topology's order, then any message whose wire was not known. */
    public List<WireSummary> summary() throws RecordingException {
        List<WireSummary> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT w.id, count(m.id) FROM wires w LEFT JOIN messages m ON m.wire = w.id"
                     + " GROUP BY w.id ORDER BY w.rowid")) {
            while (rs.next()) {
                out.add(latencies(rs.getString(1), rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw problem(file, e);
        }
        return out;
    }

    private WireSummary latencies(String wire, long count) throws SQLException {
        List<Long> micros = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT received_ns - sent_ns FROM messages WHERE wire = ?"
                + " AND sent_ns IS NOT NULL AND received_ns IS NOT NULL ORDER BY 1")) {
            p.setString(1, wire);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    micros.add(rs.getLong(1) / 1_000);
                }
            }
        }
        if (micros.isEmpty()) {
            return new WireSummary(wire, count, 0, null, null);
        }
        return new WireSummary(wire, count, micros.size(), percentile(micros, 50), percentile(micros, 99));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The messages {@code query} selects, in time order (received, or sent when never received). */
    public void messages(MessageQuery query, Consumer<RecordedMessage> each) throws RecordingException {
        StringBuilder sql = new StringBuilder("SELECT id, wire, sender, receiver, sent_ns, received_ns, frame_count,"
                + " payload, caused_by FROM messages WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.wire() != null) {
            sql.append(" AND wire = ?");
            args.add(query.wire());
        }
        if (query.node() != null) {
            sql.append(" AND (sender = ? OR receiver = ?)");
            args.add(query.node());
            args.add(query.node());
        }
        if (query.fromNanos() >= 0) {
            sql.append(" AND coalesce(received_ns, sent_ns) >= ?");
            args.add(query.fromNanos());
        }
        if (query.toNanos() >= 0) {
            sql.append(" AND coalesce(received_ns, sent_ns) <= ?");
            args.add(query.toNanos());
        }
        sql.append(" ORDER BY coalesce(received_ns, sent_ns), id");
        byte[] needle = query.grep() == null ? null : query.grep().getBytes(StandardCharsets.UTF_8);
        int[] shown = {0};
        try (PreparedStatement p = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    RecordedMessage m = read(rs);
                    if (needle != null && !contains(m.frames(), needle)) {
                        continue;
                    }
                    each.accept(m);
                    if (query.limit() > 0 && ++shown[0] >= query.limit()) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw problem(file, e);
        }
    }

    private RecordedMessage read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long sent = rs.getLong(5);
        boolean sentSeen = !rs.wasNull();
        long received = rs.getLong(6);
        boolean receivedSeen = !rs.wasNull();
        int frameCount = rs.getInt(7);
        byte[] payload = rs.getBytes(8);
        long cause = rs.getLong(9);
        List<byte[]> frames = frameCount > 1 ? frames(id) : List.of(payload == null ? new byte[0] : payload);
        return new RecordedMessage(id, rs.getString(2), rs.getString(3), rs.getString(4), sentSeen ? sent : -1,
                receivedSeen ? received : -1, frames, cause);
    }

    private List<byte[]> frames(long id) throws SQLException {
        List<byte[]> frames = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT data FROM frames WHERE message_id = ? ORDER BY idx")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    frames.add(rs.getBytes(1));
                }
            }
        }
        return frames;
    }

    private static boolean contains(List<byte[]> frames, byte[] needle) {
        for (byte[] f : frames) {
            outer:
            for (int i = 0; i + needle.length <= f.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (f[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** How many messages it holds. */
    public long count() throws RecordingException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM messages")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw problem(file, e);
        }
    }

    /** One message's place on the timeline, without its frames. */
    @FunctionalInterface
    interface TimelineRow {
        void accept(long id, String wire, String sender, String receiver, long sentNanos, long receivedNanos);
    }

    /** The first {@code most} messages in time order, without their frames (times -1 where not seen). */
    void timeline(int most, TimelineRow each) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT id, wire, sender, receiver, sent_ns, received_ns FROM messages"
                + " ORDER BY coalesce(received_ns, sent_ns), id LIMIT ?")) {
            p.setInt(1, most);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long sent = rs.getLong(5);
                    boolean sentSeen = !rs.wasNull();
                    long received = rs.getLong(6);
                    boolean receivedSeen = !rs.wasNull();
                    each.accept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), sentSeen ? sent : -1,
                            receivedSeen ? received : -1);
                }
            }
        }
    }

    /** The message with this id, frames and all; empty when there is none. */
    public java.util.Optional<RecordedMessage> message(long id) throws RecordingException {
        try (PreparedStatement p = db.prepareStatement("SELECT id, wire, sender, receiver, sent_ns, received_ns, frame_count,"
                + " payload, caused_by FROM messages WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? java.util.Optional.of(read(rs)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw problem(file, e);
        }
    }

    /** The ids of the messages that {@code id}'s receipt made a device or link send (its next hops). */
    public List<Long> causedBy(long id) throws RecordingException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT id FROM messages WHERE caused_by = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw problem(file, e);
        }
        return out;
    }

    /** The run's events in time order. */
    public List<RunEvent> events() throws RecordingException {
        List<RunEvent> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT at_ns, kind, node, wire, detail FROM events ORDER BY at_ns, id")) {
            while (rs.next()) {
                out.add(new RunEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw problem(file, e);
        }
        return out;
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing was written
        }
    }
}
