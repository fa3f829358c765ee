package dev.zmqstudio.record;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.record.RecordSink;
import dev.zmqstudio.runtime.record.RecordedMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes a recording as it runs: an SQLite database in WAL mode, filled by one thread of its own that commits each
 * batch it takes (so a run killed mid-recording leaves everything up to its last commit). Batches wait in a bounded
 * queue: when the disk cannot keep up, {@link #messages} blocks, which slows the run instead of losing messages.
 */
public final class RecordingWriter implements RecordSink, AutoCloseable {
    private static final int QUEUE_BATCHES = 64;
    private static final Object END = new Object();

    private final Path file;
    private final Connection db;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread thread;
    private final PreparedStatement insertMessage;
    private final PreparedStatement insertFrame;
    private final PreparedStatement insertEvent;
    private volatile RecordingException failure;
    private long written;

    private RecordingWriter(Path file, Connection db) throws SQLException {
        this.file = file;
        this.db = db;
        this.insertMessage = db.prepareStatement("INSERT INTO messages VALUES (?,?,?,?,?,?,?,?,?,?)");
        this.insertFrame = db.prepareStatement("INSERT INTO frames VALUES (?,?,?)");
        this.insertEvent = db.prepareStatement("INSERT INTO events (at_ns, kind, node, wire, detail) VALUES (?,?,?,?,?)");
        this.thread = Thread.ofPlatform().name("zs-recording-writer").daemon().start(this::run);
    }

    /**
     * Starts a recording of {@code topology} (saved as {@code topologyJson}) in {@code file}, replacing a file there.
     * {@code selection}: what is recorded, in words ("every message", "wires a, b", "one message in 10").
     */
    public static RecordingWriter create(Path file, Topology topology, String topologyJson, String appVersion,
                                         String selection) throws RecordingException {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new RecordingException(file + ": cannot record there: the folder " + folder + " does not exist");
            }
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            RecordingSchema.create(db);
            db.setAutoCommit(false);
            writeTopology(db, topology);
            put(db, Map.of("format", String.valueOf(RecordingSchema.FORMAT), "app_version", appVersion,
                    "topology", topologyJson, "topology_name", topology.name() == null ? "" : topology.name(),
                    "started_at", Instant.now().toString(), "selection", selection));
            db.commit();
            return new RecordingWriter(file, db);
        } catch (SQLException | java.io.IOException e) {
            throw new RecordingException(file + ": cannot record there: " + e.getMessage(), e);
        }
    }

    private static void writeTopology(Connection db, Topology topology) throws SQLException {
        try (PreparedStatement node = db.prepareStatement("INSERT INTO nodes VALUES (?,?,?)");
             PreparedStatement wire = db.prepareStatement("INSERT INTO wires VALUES (?,?,?,?)")) {
            for (Node n : topology.nodes()) {
                node.setString(1, n.id());
                node.setString(2, n instanceof DeviceNode ? "device" : "socket");
                node.setString(3, n.type().name());
                node.addBatch();
            }
            node.executeBatch();
            for (Wire w : topology.wires()) {
                wire.setString(1, w.id());
                wire.setString(2, w.from());
                wire.setString(3, w.to());
                wire.setString(4, w.endpoint());
                wire.addBatch();
            }
            wire.executeBatch();
        }
    }

    private static void put(Connection db, Map<String, String> values) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO recording VALUES (?,?)")) {
            for (var e : values.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    public Path file() {
        return file;
    }

    /** Recording thread of the engine: queues a batch, waiting while the queue is full. */
    @Override
    public void messages(List<RecordedMessage> batch) {
        enqueue(batch);
    }

    /** Queues an event of the run (any thread). */
    public void event(RunEvent event) {
        enqueue(event);
    }

    private void enqueue(Object item) {
        try {
            while (failure == null && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is behind: wait for it (back pressure), unless it failed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            List<Object> items = new ArrayList<>();
            while (true) {
                items.add(queue.take());
                queue.drainTo(items);
                boolean end = items.remove(END);
                write(items);
                items.clear();
                if (end) {
                    return;
                }
            }
        } catch (SQLException e) {
            failure = new RecordingException(file + ": the recording stopped: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private void write(List<Object> items) throws SQLException {
        for (Object item : items) {
            if (item instanceof RunEvent e) {
                insertEvent.setLong(1, e.atNanos());
                insertEvent.setString(2, e.kind());
                insertEvent.setString(3, e.node());
                insertEvent.setString(4, e.wire());
                insertEvent.setString(5, e.detail());
                insertEvent.addBatch();
            } else {
                for (RecordedMessage m : (List<RecordedMessage>) item) {
                    addMessage(m);
                }
            }
        }
        insertMessage.executeBatch();
        insertFrame.executeBatch();
        insertEvent.executeBatch();
        db.commit();
    }

    private void addMessage(RecordedMessage m) throws SQLException {
        insertMessage.setLong(1, m.id());
        insertMessage.setString(2, m.wire());
        insertMessage.setString(3, m.sender());
        insertMessage.setString(4, m.receiver());
        setTime(5, m.sentNanos());
        setTime(6, m.receivedNanos());
        insertMessage.setInt(7, m.frames().size());
        insertMessage.setLong(8, m.size());
        insertMessage.setBytes(9, m.frames().getLast());
        if (m.causedBy() == 0) {
            insertMessage.setNull(10, Types.INTEGER);
        } else {
            insertMessage.setLong(10, m.causedBy());
        }
        insertMessage.addBatch();
        written++;
        if (m.frames().size() > 1) {
            for (int i = 0; i < m.frames().size(); i++) {
                insertFrame.setLong(1, m.id());
                insertFrame.setInt(2, i);
                insertFrame.setBytes(3, m.frames().get(i));
                insertFrame.addBatch();
            }
        }
    }

    private void setTime(int column, long nanos) throws SQLException {
        if (nanos < 0) {
            insertMessage.setNull(column, Types.INTEGER);
        } else {
            insertMessage.setLong(column, nanos);
        }
    }

    /**
     * Ends the recording once the run has stopped: writes what is queued, then how it ended ({@code totals}: recorded,
     * lost, waits...) and the indexes. Throws when the recording could not be written completely.
     */
    public void finish(Map<String, String> totals) throws RecordingException {
        enqueue(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (failure == null) {
                Map<String, String> end = new java.util.LinkedHashMap<>(totals);
                end.put("finished_at", Instant.now().toString());
                end.put("written", String.valueOf(written));
                put(db, end);
                db.commit();
                RecordingSchema.index(db);
                db.commit();
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
        } catch (SQLException e) {
            throw new RecordingException(file + ": could not finish the recording: " + e.getMessage(), e);
        } finally {
            close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes the database; a recording not {@linkplain #finish finished} still opens up to its last batch. */
    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing what failed already: the failure was reported
        }
    }
}
