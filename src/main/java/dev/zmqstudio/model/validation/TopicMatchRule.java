package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/**
 * topic-never-matches: a subscription is a prefix match on the message's first bytes. When every publisher wired to
 * a subscriber is a generator of ours, the templates tell what messages start with, so a subscription none of them can
 * produce ("10001" against "{zip} ..." is fine, "weather" against "10001 23" is not) is the silent "I get nothing".
 */
final class TopicMatchRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode sub && sub.type() == SocketType.SUB && !topology.isExternal(node)) {
                List<TemplatePrefixes> sources = publishedPrefixes(topology, sub);
                if (sources == null || sources.isEmpty()) {
                    continue;
                }
                for (String subscription : sub.socket().options().subscriptions()) {
                    if (!subscription.isEmpty() && sources.stream().noneMatch(s -> s.mayMatch(subscription))) {
                        findings.pitfall("topic-never-matches", SubjectKind.NODE, node.id(),
                                "it subscribes to \"" + subscription + "\", but no message its publishers send starts with that"
                                        + " (they start with " + describe(sources) + "), so it receives nothing for it",
                                "subscribe to a prefix the publishers send, or \"\" for everything",
                                Guide.GETTING_THE_MESSAGE_OUT);
                    }
                }
            }
        }
    }

    /** The prefixes of every publisher wired to {@code sub}; null when one of them is not a generator we can read. */
    private static List<TemplatePrefixes> publishedPrefixes(TopologyIndex topology, SocketNode sub) {
        List<TemplatePrefixes> sources = new ArrayList<>();
        for (Wire wire : topology.wiresAt(sub.id(), Side.MAIN)) {
            Node peer = topology.node(wire.from().equals(sub.id()) ? wire.to() : wire.from()).orElseThrow();
            if (!(peer instanceof SocketNode publisher) || topology.isExternal(peer)
                    || !(publisher.behaviour() instanceof Behaviour.Generator generator)
                    || !topology.topology().linksOf(peer.id()).isEmpty()) {
                return null;
            }
            // SUB filters on the first frame: a multi-frame generator's topic is its first frame (the Guide's envelope).
            sources.add(TemplatePrefixes.of(generator.frameTemplates().getFirst(), generator.topics()));
        }
        return sources;
    }

    private static String describe(List<TemplatePrefixes> sources) {
        List<String> all = sources.stream().flatMap(s -> s.prefixes().stream()).distinct().map(p -> "\"" + p + "\"").toList();
        return all.size() <= 4 ? String.join(", ", all) : String.join(", ", all.subList(0, 4)) + ", ...";
    }
}
