package dev.zmqstudio.runtime.record;

import java.util.ArrayList;
import java.util.List;

/** One sender's pending sends of one payload hash, oldest first (so by {@link PendingSend#seq}). */
final class SendList {
    private final List<PendingSend> sends = new ArrayList<>();
    private int head;

    void add(PendingSend s) {
        sends.add(s);
    }

    /**
     * The oldest send still a candidate for a receipt on {@code wire} at {@code receivedNanos}, numbered after
     * {@code afterSeq} (a publisher's wire never meets the same send twice, and meets them in order); null when none.
     */
    PendingSend find(int wire, long afterSeq, long receivedNanos) {
        trim();
        int from = afterSeq <= 0 ? head : firstAfter(afterSeq);
        for (int i = from; i < sends.size(); i++) {
            PendingSend s = sends.get(i);
            if (s.sent.nanos() > receivedNanos) {
                return null;
            }
            if (!s.gone && (s.sent.wire() < 0 || s.sent.wire() == wire)) {
                return s;
            }
        }
        return null;
    }

    boolean isEmpty() {
        trim();
        return head == sends.size();
    }

    private int firstAfter(long seq) {
        int lo = head;
        int hi = sends.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sends.get(mid).seq <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void trim() {
        while (head < sends.size() && sends.get(head).gone) {
            head++;
        }
        if (head > 1024 && head > sends.size() / 2) {
            sends.subList(0, head).clear();
            head = 0;
        }
    }
}
