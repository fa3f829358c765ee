package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;

import java.util.List;

/** Runs every validation rule in a fixed order; the entry point behind {@link dev.zmqstudio.model.Validator}. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new IdSyntaxRule(),
            new UniqueIdRule(),
            new LimitsRule(),
            new WireEndsRule(),
            new EndpointRule(),
            new ExposedBindRule(),
            new CurveRule(),
            new BindClashRule(),
            new SocketPairRule(),
            new SubscriptionRule(),
            new ReplyPathRule(),
            new BehaviourFitRule(),
            new ProcessGroupRule(),
            new FaultRule(),
            new InprocPlacementRule(),
            new LinkRule(),
            new HostRule(),
            new CommandRule(),
            new LogEndpointRule(),
            new OutputPathRule(),
            new IsolatedNodeRule(),
            // The ZeroMQ Guide's classic pitfalls (besides no-subscription, bind-clash and inproc-cross-process above).
            new SlowJoinerRule(),
            new TopicMatchRule(),
            new PushNowhereRule(),
            new HwmDropsRule(),
            new LockstepLinkRule(),
            new EnvelopeRule());

    private Rules() {
    }

    /** Every problem of {@code topology}: errors first, then warnings, each in rule order then model order. */
    public static List<Problem> check(Topology topology) {
        TopologyIndex index = new TopologyIndex(topology);
        Findings findings = new Findings();
        ALL.forEach(rule -> rule.check(index, findings));
        return findings.sorted();
    }
}
