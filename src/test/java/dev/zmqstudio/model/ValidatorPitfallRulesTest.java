package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.LINK;
import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.Problem.SubjectKind.WIRE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static dev.zmqstudio.model.ProblemAssertions.pitfall;
import static dev.zmqstudio.model.ProblemAssertions.warning;
import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ZeroMQ Guide's classic pitfalls: each rule fires on the mistake and stays quiet on the right design. */
class ValidatorPitfallRulesTest {

    private static final Behaviour PASSIVE = Behaviour.Passive.INSTANCE;
    private static final Behaviour REPLIER = new Behaviour.Replier("World", true);
    private static final Behaviour REQUESTER = new Behaviour.Requester("Hello", 1, 10, true);

    private static SocketNode subscriber(String id, Behaviour behaviour, String... subscriptions) {
        SocketNode sub = SocketNode.of(id, SocketType.SUB, behaviour);
        return sub.withSocket(Side.MAIN, sub.socket().withOptions(SocketOptions.DEFAULTS.withSubscriptions(List.of(subscriptions))));
    }

    private static Topology pubSub(Behaviour.Generator generator, Behaviour sink, String... subscriptions) {
        return Topology.empty("ps")
                .withNode(SocketNode.of("pub", SocketType.PUB, generator, "tcp://127.0.0.1:7001"))
                .withNode(subscriber("sub", sink, subscriptions))
                .withWire(Wire.of("w", "sub", "pub", "tcp://127.0.0.1:7001"));
    }

    private static Topology withGate(Topology t, boolean on) {
        return t.withSettings(t.settings().withWaitForConnections(on));
    }

    // slow-joiner -------------------------------------------------------------------------------------------------

    @Test
    void aFullSpeedPublisherWithTheGateOffLosesItsFirstMessages() {
        Topology t = withGate(pubSub(Behaviour.Generator.of("tick {n}", 0, 1000), Behaviour.Sink.logging(), ""), false);
        assertProblems(t, "slow-joiner", pitfall(warning("slow-joiner", NODE, "pub",
                "the start gate is off and this publisher sends at full speed from the start: a subscriber takes milliseconds"
                        + " to connect and subscribe, and a PUB drops every message sent before that (the slow joiner)",
                "turn \"waitForConnections\" on in the settings, or lower the rate"), "Chapter 1, Getting the Message Out"));
    }

    @Test
    void theGateOrASlowRateAvoidsTheSlowJoiner() {
        assertProblems(withGate(pubSub(Behaviour.Generator.of("tick {n}", 0, 1000), Behaviour.Sink.logging(), ""), true),
                "slow-joiner");
        assertProblems(withGate(pubSub(Behaviour.Generator.of("tick {n}", 1, 10), Behaviour.Sink.logging(), ""), false),
                "slow-joiner");
    }

    // topic-never-matches -----------------------------------------------------------------------------------------

    @Test
    void aSubscriptionNoPublishedMessageStartsWithIsFlagged() {
        Topology t = pubSub(Behaviour.Generator.of("10001 {rand:-20..40}", 10, 0), Behaviour.Sink.logging(), "weather");
        assertProblems(t, "topic-never-matches", pitfall(warning("topic-never-matches", NODE, "sub",
                "it subscribes to \"weather\", but no message its publishers send starts with that (they start with \"10001 \"),"
                        + " so it receives nothing for it",
                "subscribe to a prefix the publishers send, or \"\" for everything"), "Chapter 1, Getting the Message Out"));
    }

    @Test
    void subscriptionsThatTemplatesOrTopicsCanProduceAreFine() {
        assertProblems(pubSub(Behaviour.Generator.of("10001 {rand:-20..40}", 10, 0), Behaviour.Sink.logging(), "1000", "10001 2"),
                "topic-never-matches");
        assertProblems(pubSub(Behaviour.Generator.of("{rand:10000..10010} 20", 10, 0), Behaviour.Sink.logging(), "weather"),
                "topic-never-matches");
        Behaviour.Generator topics = new Behaviour.Generator("{topic} data", 10, 0, List.of("A", "B"), 1, true);
        assertProblems(pubSub(topics, Behaviour.Sink.logging(), "B"), "topic-never-matches");
        assertEquals(1, withCode(pubSub(topics, Behaviour.Sink.logging(), "C"), "topic-never-matches").size());
    }

    // push-nowhere ------------------------------------------------------------------------------------------------

    @Test
    void aPushThatIsHandedMessagesButWiredToNobodyBlocks() {
        Topology t = Topology.empty("p")
                .withNode(SocketNode.of("in", SocketType.PULL, PASSIVE, "tcp://127.0.0.1:7002"))
                .withNode(SocketNode.of("source", SocketType.PUSH, Behaviour.Generator.of("x", 1, 1)))
                .withNode(SocketNode.of("out", SocketType.PUSH, PASSIVE))
                .withWire(Wire.of("w", "source", "in", "tcp://127.0.0.1:7002"))
                .withLink(Link.of("l1", "in", "out"));
        assertProblems(t, "push-nowhere", pitfall(warning("push-nowhere", NODE, "out",
                "a PUSH with nothing to take its messages (link l1 hands it messages) queues up to its high-water mark and then"
                        + " blocks; nothing is dropped, everything waits",
                "wire it to a PULL (or a ROUTER/DEALER), or remove it"), "Chapter 1, Divide and Conquer"));
        Topology wired = t.withNode(SocketNode.of("sink", SocketType.PULL, PASSIVE, "tcp://127.0.0.1:7003"))
                .withWire(Wire.of("w2", "out", "sink", "tcp://127.0.0.1:7003"));
        assertProblems(wired, "push-nowhere");
    }

    // both-bind ---------------------------------------------------------------------------------------------------

    @Test
    void bothEndsOfAWireBindingIsNamedAsSuch() {
        Topology t = Topology.empty("bb")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, PASSIVE, "tcp://127.0.0.1:7004"))
                .withNode(SocketNode.of("puller", SocketType.PULL, PASSIVE, "tcp://127.0.0.1:7004"))
                .withWire(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:7004"));
        assertProblems(t, "both-bind", pitfall(error("both-bind", WIRE, "w1",
                "both ends bind: \"pusher\" binds 'tcp://127.0.0.1:7004' and \"puller\" binds 'tcp://127.0.0.1:7004'; the second"
                        + " bind fails with \"address already in use\" and nothing flows",
                "remove the bind from the end that connects (\"puller\")"), "Chapter 2, Plugging Sockets into the Topology"));
        assertProblems(t, "bind-clash");
        Topology oneBinds = t.mapNodes(n -> n.id().equals("puller") ? n.withSocket(Side.MAIN, n.socket(Side.MAIN).withBinds(List.of())) : n);
        assertProblems(oneBinds, "both-bind");
        assertProblems(oneBinds, "bind-clash");
    }

    // hwm-drops ---------------------------------------------------------------------------------------------------

    @Test
    void aPublisherFasterThanItsSubscriberOverflowsTheHighWaterMarks() {
        Behaviour slow = Behaviour.Sink.logging().withWorkMillis(2);
        Topology t = pubSub(Behaviour.Generator.of("tick {n}", 2000, 0), slow, "");
        assertProblems(t, "hwm-drops", pitfall(warning("hwm-drops", WIRE, "w",
                "\"pub\" publishes 2000 messages a second but \"sub\" handles about 500 a second (workMillis 2): once the 2000"
                        + " messages its queues hold (send HWM + receive HWM) are full, the publisher drops messages for it",
                "slow the publisher down, raise the HWMs, or give the subscriber less work per message"),
                "Chapter 2, High-Water Marks"));
    }

    @Test
    void aBurstTheQueuesCanHoldOrASubscriberThatKeepsUpDropsNothing() {
        Behaviour slow = Behaviour.Sink.logging().withWorkMillis(2);
        assertProblems(pubSub(Behaviour.Generator.of("tick {n}", 2000, 1000), slow, ""), "hwm-drops");
        assertProblems(pubSub(Behaviour.Generator.of("tick {n}", 400, 0), slow, ""), "hwm-drops");
        assertProblems(pubSub(Behaviour.Generator.of("tick {n}", 0, 0), Behaviour.Sink.logging(), ""), "hwm-drops");
    }

    // lockstep-link -----------------------------------------------------------------------------------------------

    @Test
    void aLinkIntoAReqOrRepBreaksItsLockstep() {
        Topology t = Topology.empty("ls")
                .withNode(SocketNode.of("in", SocketType.PULL, PASSIVE, "tcp://127.0.0.1:7005"))
                .withNode(SocketNode.of("source", SocketType.PUSH, Behaviour.Generator.of("x", 1, 1)))
                .withNode(SocketNode.of("client", SocketType.REQ, PASSIVE))
                .withNode(SocketNode.of("server", SocketType.REP, REPLIER, "tcp://127.0.0.1:7006"))
                .withWire(Wire.of("w", "source", "in", "tcp://127.0.0.1:7005"))
                .withWire(Wire.of("w2", "client", "server", "tcp://127.0.0.1:7006"))
                .withLink(Link.of("l1", "in", "client"));
        assertProblems(t, "lockstep-link", pitfall(warning("lockstep-link", LINK, "l1",
                "it makes the REQ \"client\" send whenever \"in\" receives, but a REQ must alternate send and receive: the second"
                        + " message in a row fails",
                "link to a DEALER (for requests) or ROUTER (for replies) instead"), "Chapter 3, The Request-Reply Mechanisms"));
        Topology dealer = t.mapNodes(n -> n.id().equals("client") ? SocketNode.of("client", SocketType.DEALER, PASSIVE) : n);
        assertProblems(dealer, "lockstep-link");
    }

    @Test
    void aReqWithoutRequestsHasNothingToHandOn() {
        Topology t = Topology.empty("ls")
                .withNode(SocketNode.of("client", SocketType.REQ, PASSIVE))
                .withNode(SocketNode.of("server", SocketType.REP, REPLIER, "tcp://127.0.0.1:7006"))
                .withNode(SocketNode.of("out", SocketType.PUSH, PASSIVE, "tcp://127.0.0.1:7007"))
                .withWire(Wire.of("w", "client", "server", "tcp://127.0.0.1:7006"))
                .withLink(Link.of("l1", "client", "out"));
        assertEquals(List.of("lockstep-link"), withCode(t, "lockstep-link").stream().map(Problem::code).toList());
        Topology requesting = t.mapNodes(n -> n.id().equals("client") ? SocketNode.of("client", SocketType.REQ, REQUESTER) : n);
        assertProblems(requesting, "lockstep-link");
    }

    // envelope-dropped --------------------------------------------------------------------------------------------

    @Test
    void aRouterThatHandsRequestsOnThroughALinkLosesTheEnvelope() {
        Topology t = Topology.empty("env")
                .withNode(SocketNode.of("client", SocketType.REQ, REQUESTER))
                .withNode(SocketNode.of("front", SocketType.ROUTER, PASSIVE, "tcp://127.0.0.1:7008"))
                .withNode(SocketNode.of("back", SocketType.DEALER, PASSIVE, "tcp://127.0.0.1:7009"))
                .withNode(SocketNode.of("worker", SocketType.REP, REPLIER))
                .withWire(Wire.of("w1", "client", "front", "tcp://127.0.0.1:7008"))
                .withWire(Wire.of("w2", "worker", "back", "tcp://127.0.0.1:7009"))
                .withLink(Link.of("l1", "front", "back"));
        assertProblems(t, "envelope-dropped", pitfall(warning("envelope-dropped", LINK, "l1",
                "\"front\" (ROUTER) receives requests and this link hands them on, but no link hands the replies back from"
                        + " \"back\": the reply never reaches the requester that waits for it",
                "add a link from \"back\" back to \"front\", or put a QUEUE device between requesters and repliers"),
                "Chapter 3, The Request-Reply Mechanisms"));
        assertProblems(t.withLink(Link.of("l2", "back", "front")), "envelope-dropped");
        Topology queue = Topology.empty("queue")
                .withNode(SocketNode.of("client", SocketType.REQ, REQUESTER))
                .withNode(DeviceNode.of("broker", DeviceType.QUEUE, "tcp://127.0.0.1:7008", "tcp://127.0.0.1:7009"))
                .withNode(SocketNode.of("worker", SocketType.REP, REPLIER))
                .withWire(new Wire("w1", "client", Side.MAIN, "broker", Side.FRONTEND, "tcp://127.0.0.1:7008"))
                .withWire(new Wire("w2", "worker", Side.MAIN, "broker", Side.BACKEND, "tcp://127.0.0.1:7009"));
        assertProblems(queue, "envelope-dropped");
    }

    @Test
    void aDealerSendingPlainMessagesToARepIsDiscarded() {
        Topology t = Topology.empty("dr")
                .withNode(SocketNode.of("dealer", SocketType.DEALER, Behaviour.Generator.of("hello", 1, 5)))
                .withNode(SocketNode.of("rep", SocketType.REP, REPLIER, "tcp://127.0.0.1:7010"))
                .withWire(Wire.of("w", "dealer", "rep", "tcp://127.0.0.1:7010"));
        List<Problem> found = withCode(t, "envelope-dropped");
        assertEquals(1, found.size());
        assertTrue(found.getFirst().message().contains("empty delimiter"), found.getFirst().message());
        assertEquals("Chapter 3, Request-Reply Combinations", found.getFirst().guide());
        Topology requester = t.mapNodes(n -> n.id().equals("dealer") ? SocketNode.of("dealer", SocketType.DEALER, REQUESTER) : n);
        assertProblems(requester, "envelope-dropped");
        Behaviour.Generator delimited = Behaviour.Generator.of("hello", 1, 5).withFrameTemplates(List.of("", "hello"));
        Topology ownDelimiter = t.mapNodes(n -> n.id().equals("dealer") ? SocketNode.of("dealer", SocketType.DEALER, delimited) : n);
        assertProblems(ownDelimiter, "envelope-dropped");
    }

    // every pitfall names its chapter --------------------------------------------------------------------------------

    @Test
    void pitfallsPrintTheGuideSectionOnTheirLine() {
        Topology t = withGate(pubSub(Behaviour.Generator.of("tick {n}", 0, 1000), Behaviour.Sink.logging(), ""), false);
        String line = withCode(t, "slow-joiner").getFirst().toString();
        assertTrue(line.endsWith("(ZeroMQ Guide: Chapter 1, Getting the Message Out)"), line);
    }
}
