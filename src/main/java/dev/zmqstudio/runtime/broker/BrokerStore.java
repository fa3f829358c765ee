package dev.zmqstudio.runtime.broker;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The broker's messages and consumers' offsets in one SQLite file (WAL; each batch one transaction, synced to disk
 * before it is acknowledged). Offsets count from 0 in each topic. One thread: the broker's.
 */
final class BrokerStore implements AutoCloseable {

    /** One stored message. */
    record Stored(long offset, byte[] payload) {
    }

    /** A topic's retained range [first, next) and each consumer's committed offset. */
    record TopicRange(long first, long next, Map<String, Long> committed) {
    }

    private final Connection db;
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement upsertConsumer;
    private final Map<String, long[]> ranges = new HashMap<>(); // topic -> {first, next}
    private final Map<String, Map<String, Long>> committed = new HashMap<>(); // topic -> consumer -> next
    private boolean dirty;

    BrokerStore(Path file) throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL"); // every commit is on disk before its acknowledgement goes out
                s.execute("CREATE TABLE IF NOT EXISTS messages (topic TEXT NOT NULL, offset INTEGER NOT NULL,"
                        + " at INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (topic, offset)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS consumers (consumer TEXT NOT NULL, topic TEXT NOT NULL,"
                        + " next INTEGER NOT NULL, PRIMARY KEY (consumer, topic)) WITHOUT ROWID");
            }
            db.setAutoCommit(false);
            load();
            insert = db.prepareStatement("INSERT INTO messages (topic, offset, at, payload) VALUES (?, ?, ?, ?)");
            select = db.prepareStatement("SELECT offset, payload FROM messages WHERE topic = ? AND offset >= ? ORDER BY offset LIMIT ?");
            upsertConsumer = db.prepareStatement("INSERT INTO consumers (consumer, topic, next) VALUES (?, ?, ?)"
                    + " ON CONFLICT (consumer, topic) DO UPDATE SET next = excluded.next");
        } catch (SQLException e) {
            db.close(); // a locked or damaged file: the connection must not stay open behind the failed node
            throw e;
        }
    }

    /** The topics' ranges and the consumers' offsets, as the file has them. */
    private void load() throws SQLException {
        ranges.clear();
        committed.clear();
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT topic, MIN(offset), MAX(offset) FROM messages GROUP BY topic")) {
                while (r.next()) {
                    ranges.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3) + 1});
                }
            }
            try (ResultSet r = s.executeQuery("SELECT consumer, topic, next FROM consumers")) {
                while (r.next()) {
                    committed.computeIfAbsent(r.getString(2), t -> new HashMap<>()).put(r.getString(1), r.getLong(3));
                    ranges.computeIfAbsent(r.getString(2), t -> new long[] {0, 0});
                }
            }
        }
    }

    /**
     * After a failed {@link #flush}: drops what was not committed and reads the ranges and offsets back, so memory and
     * file agree again. When even that fails, the store is as good as gone; the next request says so.
     */
    void undoUnflushed() {
        try {
            db.rollback();
            dirty = false;
            load();
        } catch (SQLException e) {
            // the connection is broken: every later request fails with its own ERR
        }
    }

    /** Stores a message (durable at the next {@link #flush}); returns its offset. */
    long append(String topic, byte[] payload, long atMillis) throws SQLException {
        long[] range = ranges.computeIfAbsent(topic, t -> new long[] {0, 0});
        long offset = range[1];
        insert.setString(1, topic);
        insert.setLong(2, offset);
        insert.setLong(3, atMillis);
        insert.setBytes(4, payload);
        insert.executeUpdate();
        range[1] = offset + 1;
        dirty = true;
        return offset;
    }

    /** Registers {@code consumer} on {@code topic} (from the first message kept) unless it is; returns where it resumes. */
    long register(String consumer, String topic) throws SQLException {
        Long known = committedOf(consumer, topic);
        if (known != null) {
            return Math.max(known, first(topic));
        }
        long from = first(topic);
        save(consumer, topic, from);
        return from;
    }

    /** The offset {@code consumer} resumes {@code topic} from; null when it never registered. */
    Long committedOf(String consumer, String topic) {
        Map<String, Long> consumers = committed.get(topic);
        return consumers == null ? null : consumers.get(consumer);
    }

    /** Moves {@code consumer}'s offset forward to {@code next} (never back, never past the end); returns it. */
    long commit(String consumer, String topic, long next) throws SQLException {
        long now = committedOf(consumer, topic);
        long moved = Math.max(now, Math.min(next, end(topic)));
        if (moved != now) {
            save(consumer, topic, moved);
        }
        return moved;
    }

    private void save(String consumer, String topic, long next) throws SQLException {
        upsertConsumer.setString(1, consumer);
        upsertConsumer.setString(2, topic);
        upsertConsumer.setLong(3, next);
        upsertConsumer.executeUpdate();
        committed.computeIfAbsent(topic, t -> new HashMap<>()).put(consumer, next);
        ranges.computeIfAbsent(topic, t -> new long[] {0, 0});
        dirty = true;
    }

    /** Makes everything since the last flush durable (one fsync). */
    void flush() throws SQLException {
        if (dirty) {
            db.commit();
            dirty = false;
        }
    }

    /** Up to {@code max} messages of {@code topic} from offset {@code from} (or the first kept, if later). */
    List<Stored> read(String topic, long from, int max) throws SQLException {
        List<Stored> found = new ArrayList<>();
        select.setString(1, topic);
        select.setLong(2, Math.max(from, first(topic)));
        select.setInt(3, max);
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                found.add(new Stored(r.getLong(1), r.getBytes(2)));
            }
        }
        return found;
    }

    long first(String topic) {
        long[] range = ranges.get(topic);
        return range == null ? 0 : range[0];
    }

    /** The offset the next message of {@code topic} gets. */
    long end(String topic) {
        long[] range = ranges.get(topic);
        return range == null ? 0 : range[1];
    }

    /** Drops messages past the retention: beyond the newest {@code keep} per topic, older than {@code maxAgeMillis}. */
    void retain(long keep, long maxAgeMillis, long nowMillis) throws SQLException {
        boolean changed = false;
        for (Map.Entry<String, long[]> e : ranges.entrySet()) {
            long[] range = e.getValue();
            long first = range[0];
            if (keep > 0 && range[1] - first > keep) {
                first = range[1] - keep;
            }
            if (maxAgeMillis > 0) {
                try (PreparedStatement young = db.prepareStatement(
                        "SELECT MIN(offset) FROM messages WHERE topic = ? AND at >= ?")) {
                    young.setString(1, e.getKey());
                    young.setLong(2, nowMillis - maxAgeMillis);
                    try (ResultSet r = young.executeQuery()) {
                        long oldestKept = r.next() && r.getObject(1) != null ? r.getLong(1) : range[1];
                        first = Math.max(first, oldestKept);
                    }
                }
            }
            if (first > range[0]) {
                try (PreparedStatement drop = db.prepareStatement("DELETE FROM messages WHERE topic = ? AND offset < ?")) {
                    drop.setString(1, e.getKey());
                    drop.setLong(2, first);
                    drop.executeUpdate();
                }
                range[0] = first;
                changed = true;
            }
        }
        if (changed) {
            dirty = true;
            flush();
        }
    }

    /** Every topic with its range and consumers, sorted by name. */
    Map<String, TopicRange> topics() {
        Map<String, TopicRange> all = new TreeMap<>();
        ranges.forEach((topic, range) -> all.put(topic, new TopicRange(range[0], range[1],
                new TreeMap<>(committed.getOrDefault(topic, Map.of())))));
        return all;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            db.close();
        }
    }
}
