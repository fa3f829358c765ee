package dev.zmqstudio.runtime.broker;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.runtime.behaviour.Activity;
import dev.zmqstudio.runtime.behaviour.Expressions;
import dev.zmqstudio.runtime.behaviour.MessageView;
import dev.zmqstudio.runtime.behaviour.ReceivedFrames;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeRuntime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zmqstudio.runtime.broker.BrokerProtocol.number;
import static dev.zmqstudio.runtime.broker.BrokerProtocol.text;

/**
 * A DEALER reading a broker's topic: registers, then fetches from its committed offset, handles each message as a
 * sink does and commits, one request at a time; a request left unanswered is sent again (the broker's process may
 * have died and come back). Offsets it has handled are never handled again; with {@code dedupe}, neither are
 * messages whose identity it has seen (a producer's resend stored twice), which count as redelivered. It commits
 * only once the producers it links to have had what it handed them acknowledged, so nothing is lost between topics.
 */
public final class ConsumerActivity implements Activity {
    /** How long the broker may hold a fetch that finds nothing (longer than a run's 1 s of quiet, so a run can end). */
    static final long WAIT_MS = 2_000;
    private static final long PATIENCE_NANOS = 1_000_000_000L;
    private static final long LINKED_CHECK_NANOS = 5_000_000L;
    /** Identities remembered for dedupe; the oldest are forgotten past it. */
    private static final int REMEMBERED = 1_000_000;

    private enum Step { REGISTER, FETCH, COMMIT }

    private final NodeRuntime node;
    private final Behaviour.Consumer spec;
    private final String group;
    private final Expressions.Compiled dedupe;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private Step step = Step.REGISTER;
    private boolean awaiting;
    private long sentAtNanos;
    /** The offset to handle next; known once registered. */
    private long next;
    private boolean commitDue;
    private volatile long consumed;
    private volatile long redelivered;
    private volatile long committed;
    private volatile long end;

    public ConsumerActivity(NodeRuntime node, Behaviour.Consumer spec, String nodeId) {
        this.node = node;
        this.spec = spec;
        this.group = spec.groupFor(nodeId);
        this.dedupe = spec.dedupe() == null ? null : Expressions.compile(spec.dedupe(), "dedupe of node " + nodeId);
    }

    @Override
    public long nextDueNanos() {
        if (awaiting) {
            return sentAtNanos + patienceNanos();
        }
        return step == Step.COMMIT && node.linkedBusy() ? System.nanoTime() + LINKED_CHECK_NANOS : 0;
    }

    private long patienceNanos() {
        return (step == Step.FETCH ? WAIT_MS * 1_000_000L : 0) + PATIENCE_NANOS;
    }

    @Override
    public void fire(long now) {
        if (awaiting) {
            if (now - sentAtNanos >= patienceNanos()) {
                send(now); // unanswered: the same request again (each is safe to repeat)
            }
            return;
        }
        if (step == Step.COMMIT && node.linkedBusy()) {
            return;
        }
        send(now);
    }

    @Override
    public void step() {
        if (!awaiting) {
            send(System.nanoTime());
        }
    }

    private void send(long now) {
        byte[] topic = text(spec.topic());
        List<byte[]> request = switch (step) {
            case REGISTER -> List.of(text(BrokerProtocol.REG), text(group), topic);
            case FETCH -> List.of(text(BrokerProtocol.FETCH), text(group), topic, number(spec.max()), number(WAIT_MS));
            case COMMIT -> List.of(text(BrokerProtocol.COMMIT), text(group), topic, number(next));
        };
        if (node.handle.send(request)) {
            awaiting = true;
            sentAtNanos = now;
        }
    }

    @Override
    public boolean readsMessages() {
        return true;
    }

    @Override
    public boolean onMessage(ReceivedFrames message) {
        List<byte[]> f = message.data();
        String command = f.isEmpty() ? "" : text(f.getFirst());
        if (!awaiting) {
            return true; // the late answer to a request sent again
        }
        try {
            answer(command, f);
        } catch (NumberFormatException e) {
            node.log("error: the broker's answer to " + step.name() + " is not this protocol's: " + e.getMessage());
        }
        return true;
    }

    private void answer(String command, List<byte[]> f) {
        switch (command) {
            case BrokerProtocol.REG -> {
                if (step == Step.REGISTER && f.size() == 4) {
                    next = Long.parseLong(text(f.get(3)));
                    committed = next;
                    answered(Step.FETCH);
                }
            }
            case BrokerProtocol.MSGS -> {
                if (step == Step.FETCH && f.size() >= 3) {
                    end = Long.parseLong(text(f.get(2)));
                    for (int i = 3; i + 1 < f.size(); i += 2) {
                        long offset = Long.parseLong(text(f.get(i)));
                        if (offset >= next) {
                            handle(f.get(i + 1));
                            next = offset + 1;
                            commitDue = true;
                        }
                    }
                    answered(commitDue ? Step.COMMIT : Step.FETCH);
                }
            }
            case BrokerProtocol.OK -> {
                if (step == Step.COMMIT && f.size() == 4) {
                    committed = Long.parseLong(text(f.get(3)));
                    commitDue = false;
                    answered(Step.FETCH);
                }
            }
            case BrokerProtocol.ERR -> {
                String why = f.size() > 1 ? text(f.get(1)) : "";
                node.log("error: the broker refused " + step.name() + ": " + why);
                answered(why.contains("not registered") ? Step.REGISTER : step);
            }
            default -> { }
        }
    }

    private void answered(Step then) {
        awaiting = false;
        step = then;
    }

    /** One fetched message: new ones are handled as a sink would; one whose identity was seen is counted only. */
    private void handle(byte[] payload) {
        MessageView view = node.recordView(payload, consumed + redelivered);
        try {
            if (dedupe != null && seen.putIfAbsent(String.valueOf(dedupe.evaluate(view)), Boolean.TRUE) != null) {
                redelivered++;
                return;
            }
            consumed++;
            node.handleRecord(view, List.of(payload));
        } catch (RuntimeException e) {
            node.messageFailed(e);
        }
    }

    @Override
    public boolean finished() {
        return false;
    }

    @Override
    public boolean busy() {
        return commitDue;
    }

    @Override
    public EngineSnapshot.QueueFacts facts() {
        return EngineSnapshot.QueueFacts.consumer(spec.topic(), consumed, redelivered, committed, end);
    }
}
