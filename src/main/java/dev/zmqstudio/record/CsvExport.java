package dev.zmqstudio.record;

import dev.zmqstudio.runtime.record.RecordedMessage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A recording as CSV files in a folder: messages.csv (a row per message), events.csv and wires.csv (the summary).
 * Each is written beside its final name and moved into place, so a failed export leaves no half file.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes the three files into {@code folder} (made when missing; its parent must exist). Returns messages written. */
    public static long write(Recording recording, Path folder) throws RecordingException, IOException {
        Files.createDirectories(folder);
        long[] count = {0};
        writeFile(folder.resolve("messages.csv"), w -> {
            w.write("id,time_s,wire,sender,receiver,sent_ns,received_ns,latency_us,frame_count,size,frames,caused_by\n");
            recording.messages(MessageQuery.ALL, m -> {
                try {
                    w.write(row(m));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
        writeFile(folder.resolve("events.csv"), w -> {
            w.write("time_s,kind,node,wire,detail\n");
            for (RunEvent e : recording.events()) {
                w.write(MessageText.seconds(e.atNanos()) + "," + e.kind() + "," + field(e.node()) + "," + field(e.wire())
                        + "," + field(e.detail()) + "\n");
            }
        });
        writeFile(folder.resolve("wires.csv"), w -> {
            w.write("wire,messages,timed,latency_p50_us,latency_p99_us\n");
            for (WireSummary s : recording.summary()) {
                w.write(field(s.wire()) + "," + s.messages() + "," + s.timed() + "," + orEmpty(s.p50Micros()) + ","
                        + orEmpty(s.p99Micros()) + "\n");
            }
        });
        return count[0];
    }

    private static String row(RecordedMessage m) {
        long latency = MessageText.latencyMicros(m);
        return m.id() + "," + MessageText.seconds(MessageText.time(m)) + "," + field(m.wire()) + "," + field(m.sender()) + ","
                + field(m.receiver()) + "," + (m.sentNanos() < 0 ? "" : m.sentNanos()) + ","
                + (m.receivedNanos() < 0 ? "" : m.receivedNanos()) + "," + (latency < 0 ? "" : latency) + ","
                + m.frames().size() + "," + m.size() + "," + field(MessageText.frames(m)) + ","
                + (m.causedBy() == 0 ? "" : m.causedBy()) + "\n";
    }

    private static String orEmpty(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String field(String s) {
        return dev.zmqstudio.runtime.behaviour.CsvRecorder.field(s);
    }

    private interface Body {
        void write(BufferedWriter w) throws IOException, RecordingException;
    }

    private static void writeFile(Path target, Body body) throws IOException, RecordingException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e.getCause();
        } catch (IOException | RecordingException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
