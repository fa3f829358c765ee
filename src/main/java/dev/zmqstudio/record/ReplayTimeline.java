package dev.zmqstudio.record;

import dev.zmqstudio.model.Topology;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording's messages in time order, held compactly for replay (arrays of times and indexes, no payloads: those
 * are read on demand), with the topology it ran and its events. At most {@link #MOST} messages are held; a longer
 * recording replays its first {@link #MOST} and says so.
 */
public final class ReplayTimeline {
    public static final int MOST = 2_000_000;

    private final Topology topology;
    private final List<String> wires;
    private final List<String> nodes;
    final long[] at;
    final long[] sent;
    final long[] ids;
    final int[] wire;
    final int[] sender;
    final int[] receiver;
    /** Whether message i was received by a node we run (else only its send was seen). */
    final boolean[] received;
    private final int size;
    private final long total;
    private final long end;
    private final List<RunEvent> events;

    private ReplayTimeline(Topology topology, List<String> wires, List<String> nodes, long[] at, long[] sent, long[] ids,
                           int[] wire, int[] sender, int[] receiver, boolean[] received, int size, long total,
                           List<RunEvent> events) {
        this.received = received;
        this.topology = topology;
        this.wires = wires;
        this.nodes = nodes;
        this.at = at;
        this.sent = sent;
        this.ids = ids;
        this.wire = wire;
        this.sender = sender;
        this.receiver = receiver;
        this.size = size;
        this.total = total;
        this.events = events;
        long last = size == 0 ? 0 : at[size - 1];
        for (RunEvent e : events) {
            last = Math.max(last, e.atNanos());
        }
        this.end = last;
    }

    /** Reads {@code recording}'s topology, events and up to {@link #MOST} messages. */
    public static ReplayTimeline load(Recording recording) throws RecordingException {
        Topology topology = recording.topology();
        List<String> wires = topology.wires().stream().map(dev.zmqstudio.model.Wire::id).toList();
        List<String> nodes = topology.nodes().stream().map(dev.zmqstudio.model.Node::id).toList();
        Map<String, Integer> wireIndex = index(wires);
        Map<String, Integer> nodeIndex = index(nodes);
        long total = recording.count();
        int n = (int) Math.min(total, MOST);
        long[] at = new long[n];
        long[] sent = new long[n];
        long[] ids = new long[n];
        int[] wire = new int[n];
        int[] sender = new int[n];
        int[] receiver = new int[n];
        boolean[] received = new boolean[n];
        int[] i = {0};
        try {
            recording.timeline(n, (id, w, s, r, sentNs, receivedNs) -> {
                int k = i[0]++;
                ids[k] = id;
                at[k] = receivedNs >= 0 ? receivedNs : sentNs;
                received[k] = receivedNs >= 0;
                sent[k] = sentNs;
                wire[k] = w == null ? -1 : wireIndex.getOrDefault(w, -1);
                sender[k] = s == null ? -1 : nodeIndex.getOrDefault(s, -1);
                receiver[k] = r == null ? -1 : nodeIndex.getOrDefault(r, -1);
            });
        } catch (SQLException e) {
            throw Recording.problem(recording.file(), e);
        }
        return new ReplayTimeline(topology, wires, nodes, at, sent, ids, wire, sender, receiver, received, i[0], total,
                recording.events());
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    public Topology topology() {
        return topology;
    }

    /** Messages held for replay. */
    public int size() {
        return size;
    }

    /** Messages in the recording (more than {@link #size} when it was longer than {@link #MOST}). */
    public long total() {
        return total;
    }

    /** The time of the last message or event held, in nanoseconds since the recording began. */
    public long endNanos() {
        return end;
    }

    public List<RunEvent> events() {
        return events;
    }

    /** The recorded message {@code i}: its id, when it happened, its wire and ends (null where not known). */
    public long id(int i) {
        return ids[i];
    }

    public long atNanos(int i) {
        return at[i];
    }

    public long sentNanos(int i) {
        return sent[i];
    }

    public String wireOf(int i) {
        return wire[i] < 0 ? null : wires.get(wire[i]);
    }

    public String senderOf(int i) {
        return sender[i] < 0 ? null : nodes.get(sender[i]);
    }

    public String receiverOf(int i) {
        return receiver[i] < 0 ? null : nodes.get(receiver[i]);
    }

    List<String> wires() {
        return wires;
    }

    List<String> nodes() {
        return nodes;
    }

    /** The index of the first message after {@code nanos} (size when none). */
    public int indexAfter(long nanos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= nanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** When the start gate opened (the scenario's zero), nanoseconds since the recording began; -1 when not recorded. */
    public long gateNanos() {
        return events.stream().filter(e -> RunEvent.GATE.equals(e.kind())).mapToLong(RunEvent::atNanos).findFirst().orElse(-1);
    }

    /** The scenario's events applied by {@code nanos}, as the recording says ("scenario: cut w1"), in order. */
    public List<dev.zmqstudio.model.ScenarioEvent> scenarioPlayedBy(long nanos) {
        List<dev.zmqstudio.model.ScenarioEvent> played = new ArrayList<>();
        List<dev.zmqstudio.model.ScenarioEvent> scenario = new ArrayList<>(topology.scenario());
        for (RunEvent e : events) {
            if (e.atNanos() > nanos) {
                break;
            }
            if (RunEvent.FAULT.equals(e.kind()) && e.detail() != null && e.detail().startsWith("scenario: ")) {
                for (java.util.Iterator<dev.zmqstudio.model.ScenarioEvent> it = scenario.iterator(); it.hasNext(); ) {
                    dev.zmqstudio.model.ScenarioEvent s = it.next();
                    if (e.detail().equals("scenario: " + s.describe())) {
                        played.add(s);
                        it.remove();
                        break;
                    }
                }
            }
        }
        return played;
    }

    /** Events worth jumping to (errors, drops, faults, a node failing) after {@code nanos}, in time order. */
    public List<RunEvent> notableAfter(long nanos) {
        List<RunEvent> out = new ArrayList<>();
        for (RunEvent e : events) {
            boolean notable = switch (e.kind()) {
                case RunEvent.ERROR, RunEvent.DROP, RunEvent.FAULT -> true;
                case RunEvent.NODE_STATE -> e.detail() != null && e.detail().startsWith("error");
                default -> false;
            };
            if (notable && e.atNanos() > nanos) {
                out.add(e);
            }
        }
        return out;
    }
}
