package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.LINK;
import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static dev.zmqstudio.model.ProblemAssertions.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules about what nodes do: subscriptions, request/reply paths, behaviours, links, isolated nodes, ordering. */
class ValidatorBehaviourRulesTest {

    private static final Behaviour PASSIVE = Behaviour.Passive.INSTANCE;
    private static final Behaviour REPLIER = new Behaviour.Replier("World", true);
    private static final Behaviour REQUESTER = new Behaviour.Requester("Hello", 1, 10, true);

    private static Topology reqRep(SocketType serverType, Behaviour serverBehaviour) {
        return Topology.empty("rr")
                .withNode(SocketNode.of("client", SocketType.REQ, REQUESTER))
                .withNode(SocketNode.of("server", serverType, serverBehaviour, "tcp://127.0.0.1:5555"))
                .withWire(Wire.of("w", "client", "server", "tcp://127.0.0.1:5555"));
    }

    private static Topology brokered(boolean backendWired) {
        Topology t = Topology.empty("broker")
                .withNode(SocketNode.of("client", SocketType.REQ, REQUESTER))
                .withNode(DeviceNode.of("queue", DeviceType.QUEUE, "tcp://127.0.0.1:5559", "tcp://127.0.0.1:5560"))
                .withNode(SocketNode.of("server", SocketType.REP, REPLIER))
                .withWire(new Wire("w1", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"));
        return backendWired
                ? t.withWire(new Wire("w2", "server", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:5560"))
                : t;
    }

    @Test
    void aSubWithoutSubscriptionsIsWarnedAbout() {
        Topology t = Topology.empty("ps")
                .withNode(SocketNode.of("pub", SocketType.PUB, PASSIVE, "tcp://127.0.0.1:5556"))
                .withNode(SocketNode.of("sub", SocketType.SUB, PASSIVE))
                .withWire(Wire.of("w", "sub", "pub", "tcp://127.0.0.1:5556"));
        assertProblems(t, "no-subscription",
                ProblemAssertions.pitfall(warning("no-subscription", NODE, "sub", "a SUB with no subscriptions receives nothing",
                        "add \"\" to receive everything, or a topic prefix"), "Chapter 1, Getting the Message Out"));
        Topology subscribed = t.mapNodes(n -> n.id().equals("sub")
                ? n.withSocket(Side.MAIN, n.socket(Side.MAIN).withOptions(SocketOptions.DEFAULTS.withSubscriptions(List.of(""))))
                : n);
        assertEquals(List.of(), Validator.validate(subscribed));
    }

    @Test
    void aRequesterAnsweredByAReplierIsFine() {
        assertEquals(List.of(), Validator.validate(reqRep(SocketType.REP, REPLIER)));
        assertEquals(List.of(), Validator.validate(reqRep(SocketType.ROUTER, REPLIER)));
        assertEquals(List.of(), Validator.validate(brokered(true)));
    }

    @Test
    void aRequesterWithoutWiresIsNeverAnswered() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("client", SocketType.REQ, PASSIVE));
        assertProblems(t, "no-reply-path",
                error("no-reply-path", NODE, "client", "its requests can never be answered: it is not wired to anything",
                        "wire it to a REP or ROUTER with a replier behaviour"));
    }

    @Test
    void aPeerWithoutReplierNeverAnswers() {
        assertProblems(reqRep(SocketType.ROUTER, PASSIVE), "no-reply-path",
                error("no-reply-path", NODE, "client",
                        "its requests can never be answered: \"server\" (ROUTER) has no replier behaviour",
                        "give \"server\" a replier behaviour"));
    }

    @Test
    void aRepWithoutReplierIsAnErrorForItsRequesterAndAWarningForItself() {
        assertProblems(reqRep(SocketType.REP, new Behaviour.Sink(true, null, null, null)), "no-reply-path",
                error("no-reply-path", NODE, "client",
                        "its requests can never be answered: \"server\" (REP) has no replier behaviour",
                        "give \"server\" a replier behaviour"),
                warning("no-reply-path", NODE, "server",
                        "a REP without a replier behaviour never answers, so its requesters wait forever",
                        "give it a replier behaviour"));
    }

    @Test
    void aDeviceWithNothingBehindItNeverAnswers() {
        assertProblems(brokered(false), "no-reply-path",
                error("no-reply-path", NODE, "client",
                        "its requests can never be answered: the backend of \"queue\" has no wires",
                        "wire the backend of \"queue\" to a replier"));
    }

    @Test
    void aDealerIsCheckedOnlyWhenItRequests() {
        Topology asyncDealer = reqRep(SocketType.ROUTER, PASSIVE)
                .mapNodes(n -> n.id().equals("client")
                        ? new SocketNode("client", "", SocketSpec.of(SocketType.DEALER), PASSIVE, null, null) : n);
        assertProblems(asyncDealer, "no-reply-path");
        Topology requestingDealer = asyncDealer
                .mapNodes(n -> n instanceof SocketNode s && n.id().equals("client") ? s.withBehaviour(REQUESTER) : n);
        assertProblems(requestingDealer, "no-reply-path",
                error("no-reply-path", NODE, "client",
                        "its requests can never be answered: \"server\" (ROUTER) has no replier behaviour",
                        "give \"server\" a replier behaviour"));
    }

    @Test
    void aGeneratorNeedsASocketThatSends() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("n", SocketType.SUB, Behaviour.Generator.of("m", 1, 1)));
        assertProblems(t, "behaviour-mismatch",
                error("behaviour-mismatch", NODE, "n", "a SUB socket cannot send, so its generator never sends a message",
                        "make it a PUB, PUSH, REQ, REP, PAIR, ROUTER, DEALER or XPUB, or give it a sink behaviour"));
    }

    @Test
    void aSinkNeedsASocketThatReceives() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("n", SocketType.PUSH, Behaviour.Sink.logging()));
        assertProblems(t, "behaviour-mismatch",
                error("behaviour-mismatch", NODE, "n", "a PUSH socket cannot receive, so its sink never gets a message",
                        "make it a SUB, PULL, REQ, REP, PAIR, ROUTER, DEALER or XSUB, or give it a generator behaviour"));
    }

    @Test
    void aReplierNeedsRepOrRouter() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("n", SocketType.DEALER, REPLIER));
        assertProblems(t, "behaviour-mismatch",
                error("behaviour-mismatch", NODE, "n",
                        "a replier answers requests, which only REP and ROUTER sockets receive; this is a DEALER",
                        "make it a REP or ROUTER, or pick another behaviour"));
    }

    @Test
    void aRequesterNeedsReqOrDealer() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("n", SocketType.PAIR, REQUESTER));
        assertProblems(t, "behaviour-mismatch",
                error("behaviour-mismatch", NODE, "n",
                        "a requester sends requests and waits for replies, which only REQ and DEALER sockets do; this is a PAIR",
                        "make it a REQ or DEALER, or pick another behaviour"));
    }

    private static Topology worker(SocketType in, SocketType out) {
        return Topology.empty("w")
                .withNode(SocketNode.of("in", in, PASSIVE))
                .withNode(SocketNode.of("out", out, PASSIVE))
                .withLink(new Link("l", "in", "out", "json.num % 2 == 0", null));
    }

    @Test
    void aLinkMustStartAtASocketThatReceives() {
        assertProblems(worker(SocketType.PUB, SocketType.PUSH), "link-source",
                error("link-source", LINK, "l", "\"in\" is a PUB socket, which receives no messages to hand on",
                        "link from a socket node that receives messages (SUB, PULL, ...)"));
        assertProblems(worker(SocketType.PULL, SocketType.PUSH), "link-source");
    }

    @Test
    void aLinkMustEndAtASocketThatSends() {
        assertProblems(worker(SocketType.PULL, SocketType.SUB), "link-target",
                error("link-target", LINK, "l", "\"out\" is a SUB socket, which cannot send the messages handed to it",
                        "link to a socket node that sends messages (PUB, PUSH, ...)"));
    }

    @Test
    void devicesCannotBeLinked() {
        Topology t = Topology.empty("t")
                .withNode(DeviceNode.of("d", DeviceType.STREAMER, "tcp://127.0.0.1:1", "tcp://127.0.0.1:2"))
                .withLink(Link.of("l1", "d", "d"));
        assertProblems(t, "link-source",
                error("link-source", LINK, "l1", "\"d\" is a STREAMER device; links join socket nodes",
                        "link from a socket node that receives messages"));
        assertProblems(t, "link-target",
                error("link-target", LINK, "l1", "\"d\" is a STREAMER device; links join socket nodes",
                        "link to a socket node that sends messages"));
    }

    @Test
    void linkedNodesShareAPlacement() {
        Topology t = worker(SocketType.PULL, SocketType.PUSH)
                .mapNodes(n -> n.id().equals("out") ? n.withPlacement(Placement.CHILD_PROCESS) : n);
        assertProblems(t, "link-placement",
                error("link-placement", LINK, "l",
                        "linked sockets must run in one process, but \"in\" runs in-process and \"out\" runs child-process",
                        "give both nodes the same placement and process"));
        Topology explicitSame = t.mapNodes(n -> n.id().equals("in") ? n.withPlacement(Placement.CHILD_PROCESS) : n);
        assertProblems(explicitSame, "link-placement");
    }

    @Test
    void linkEndsMustExist() {
        Topology t = Topology.empty("t").withNode(SocketNode.of("in", SocketType.PULL, PASSIVE))
                .withLink(Link.of("l", "in", "nowhere"));
        assertProblems(t, "missing-node",
                error("missing-node", LINK, "l", "its \"to\" node \"nowhere\" does not exist",
                        "point it at an existing node, or delete the link"));
    }

    @Test
    void aNodeWithoutWiresOrLinksIsWarnedAbout() {
        Topology t = worker(SocketType.PULL, SocketType.PUSH)
                .withNode(SocketNode.of("alone", SocketType.PUB, PASSIVE, "tcp://127.0.0.1:5000"));
        assertProblems(t, "isolated",
                warning("isolated", NODE, "alone", "has no wires and no links", "wire it to a peer, or delete it"));
    }

    @Test
    void errorsComeBeforeWarningsInAStableOrder() {
        Topology t = Topology.empty("t")
                .withNode(SocketNode.of("lonely", SocketType.SUB, PASSIVE))
                .withNode(SocketNode.of("client", SocketType.REQ, PASSIVE))
                .withNode(SocketNode.of("bad", SocketType.PULL, Behaviour.Generator.of("m", 0, 0)));
        List<String> codes = Validator.validate(t).stream()
                .map(p -> p.severity() + " " + p.code() + " " + p.subjectId()).toList();
        assertEquals(List.of(
                "ERROR no-reply-path client",
                "ERROR behaviour-mismatch bad",
                "WARNING no-subscription lonely",
                "WARNING isolated lonely",
                "WARNING isolated client",
                "WARNING isolated bad"), codes);
        assertEquals(Validator.validate(t), Validator.validate(t));
    }
}
