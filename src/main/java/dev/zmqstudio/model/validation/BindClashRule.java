package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Problem.SubjectKind;

import java.util.List;

/** bind-clash: an address can be bound once; the second bind would fail with "address already in use". */
final class BindClashRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        List<TopologyIndex.Bind> binds = topology.binds();
        for (int later = 0; later < binds.size(); later++) {
            TopologyIndex.Bind bind = binds.get(later);
            if (bind.endpoint().isEmpty()) {
                continue;
            }
            Endpoint endpoint = bind.endpoint().get();
            for (TopologyIndex.Bind earlier : binds.subList(0, later)) {
                if (earlier.endpoint().isPresent() && earlier.endpoint().get().clashesWith(endpoint)) {
                    report(bind, earlier, findings);
                    break;
                }
            }
        }
    }

    private static void report(TopologyIndex.Bind bind, TopologyIndex.Bind earlier, Findings findings) {
        String message = earlier.node() == bind.node() && earlier.side() == bind.side()
                ? TopologyIndex.describe(bind.node(), bind.side()) + " binds '" + bind.text() + "' twice"
                : TopologyIndex.describe(bind.node(), bind.side()) + " binds '" + bind.text() + "', which clashes with '"
                        + earlier.text() + "' bound by " + TopologyIndex.describe(earlier.node(), earlier.side());
        findings.error("bind-clash", SubjectKind.NODE, bind.node().id(),
                message + "; an address can be bound only once",
                "bind another port, or connect to the existing bind instead");
    }
}
