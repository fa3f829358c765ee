package dev.zmqstudio.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of a recording (an SQLite database, format {@link #FORMAT}); README "Recording and replay" documents
 * them for anyone who opens a recording with another SQL tool.
 * <ul>
 * <li>{@code recording(key, value)}: format, app_version, topology (the file's JSON), topology_name, started_at,
 * finished_at (absent while recording or after a crash), selection, recorded, lost, waits.</li>
 * <li>{@code nodes(id, kind, type)}, {@code wires(id, connector, binder, endpoint)}: the topology, for joins.</li>
 * <li>{@code messages(id, wire, sender, receiver, sent_ns, received_ns, frame_count, size, payload, caused_by)}:
 * one row per message; times in nanoseconds since the recording started (null where not seen: a program we do not
 * run sent or received it); {@code payload} is its last frame, {@code size} the bytes of all its frames;
 * {@code caused_by} the message whose receipt made a device or a link send this one.</li>
 * <li>{@code frames(message_id, idx, data)}: every frame of the messages of more than one frame, from 0.</li>
 * <li>{@code events(id, at_ns, kind, node, wire, detail)}: node states, wire states, errors, drops, faults.</li>
 * </ul>
 */
final class RecordingSchema {
    static final int FORMAT = 1;
    /** SQLite's application_id of a ZMQ Studio recording ("ZSR1"). */
    static final int APPLICATION_ID = 0x5A535231;

    private RecordingSchema() {
    }

    static void create(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + FORMAT);
            s.execute("CREATE TABLE recording (key TEXT PRIMARY KEY, value TEXT)");
            s.execute("CREATE TABLE nodes (id TEXT PRIMARY KEY, kind TEXT NOT NULL, type TEXT NOT NULL)");
            s.execute("CREATE TABLE wires (id TEXT PRIMARY KEY, connector TEXT NOT NULL, binder TEXT NOT NULL, endpoint TEXT NOT NULL)");
            s.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, wire TEXT, sender TEXT, receiver TEXT, sent_ns INTEGER,"
                    + " received_ns INTEGER, frame_count INTEGER NOT NULL, size INTEGER NOT NULL, payload BLOB NOT NULL,"
                    + " caused_by INTEGER)");
            s.execute("CREATE TABLE frames (message_id INTEGER NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL,"
                    + " PRIMARY KEY (message_id, idx)) WITHOUT ROWID");
            s.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, at_ns INTEGER NOT NULL, kind TEXT NOT NULL, node TEXT,"
                    + " wire TEXT, detail TEXT)");
        }
    }

    /** Indexes for replay and inspect, made once the recording is complete (inserts stay cheap while it runs). */
    static void index(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS messages_by_time ON messages (coalesce(received_ns, sent_ns))");
            s.execute("CREATE INDEX IF NOT EXISTS messages_by_wire ON messages (wire)");
            s.execute("CREATE INDEX IF NOT EXISTS messages_by_cause ON messages (caused_by) WHERE caused_by IS NOT NULL");
        }
    }
}
