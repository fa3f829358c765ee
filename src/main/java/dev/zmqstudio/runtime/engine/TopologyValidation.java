package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.behaviour.Expressions;
import dev.zmqstudio.runtime.behaviour.MessageTemplate;
import dev.zmqstudio.runtime.behaviour.Template;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Problem.Severity;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validation as the engine sees it: the model's rules ({@link Validator}) and, which the model cannot check without
 * the engine, every expression and template compiled exactly as a run compiles them. What passes here does not fail
 * at run for its syntax, a name it uses or a range it gives; only a message can still make it fail.
 */
public final class TopologyValidation {
    private static final String EXPRESSION_FIX = "see \"Expressions\" in README.md for the variables, functions and"
            + " methods an expression may use";
    private static final String TEMPLATE_FIX = "see \"Templates\" in README.md for the placeholders and their ranges";

    private TopologyValidation() {
    }

    /** Every problem of {@code topology}, errors first. */
    public static List<Problem> validate(Topology topology) {
        List<Problem> problems = new ArrayList<>(Validator.validate(topology));
        for (Node node : topology.nodes()) {
            if (node instanceof SocketNode socket) {
                behaviour(socket, problems);
            }
        }
        for (Link link : topology.links()) {
            expression(link.filter(), "filter", SubjectKind.LINK, link.id(), "filter", problems);
            expression(link.transform(), "transform", SubjectKind.LINK, link.id(), "transform", problems);
        }
        problems.addAll(DescriptorBudget.checkThisMachine(topology));
        return problems.stream().sorted(Comparator.comparing(Problem::severity)).toList();
    }

    private static void behaviour(SocketNode node, List<Problem> problems) {
        String id = node.id();
        switch (node.behaviour()) {
            case Behaviour.Generator g -> frames(g.frames(), g.frameTemplates(), node, problems);
            case Behaviour.Requester r -> frames(r.frames(), r.frameTemplates(), node, problems);
            case Behaviour.Replier r -> frames(r.frames(), r.frameTemplates(), node, problems);
            case Behaviour.Sink s -> {
                template(s.format(), "format", "behaviour.format", node, problems);
                expression(s.aggregate(), "aggregate", SubjectKind.NODE, id, "behaviour.aggregate", problems);
                expression(s.countBy(), "countBy", SubjectKind.NODE, id, "behaviour.countBy", problems);
            }
            case Behaviour.Producer p -> template(p.template(), "template", "behaviour.template", node, problems);
            case Behaviour.Consumer c -> {
                template(c.format(), "format", "behaviour.format", node, problems);
                expression(c.aggregate(), "aggregate", SubjectKind.NODE, id, "behaviour.aggregate", problems);
                expression(c.countBy(), "countBy", SubjectKind.NODE, id, "behaviour.countBy", problems);
                expression(c.dedupe(), "dedupe", SubjectKind.NODE, id, "behaviour.dedupe", problems);
            }
            case Behaviour.Broker b -> { }
            case Behaviour.Passive p -> { }
        }
    }

    /** A message's templates: its one {@code template}, or each of its {@code frames} ("frame 2"). */
    private static void frames(List<String> frames, List<String> templates, SocketNode node, List<Problem> problems) {
        int before = problems.size();
        for (int i = 0; i < templates.size(); i++) {
            template(templates.get(i), frames.isEmpty() ? "template" : "frame " + (i + 1),
                    frames.isEmpty() ? "behaviour.template" : "behaviour.frames", node, problems);
        }
        if (problems.size() == before && templates.size() > 1) {
            try {
                MessageTemplate.compile(templates, Template.Bindings.of(node, ""), 1);
            } catch (Template.TemplateException e) {
                problems.add(new Problem(Severity.ERROR, "bad-template", SubjectKind.NODE, node.id(), "frames: " + e.getMessage(),
                        TEMPLATE_FIX, "", "behaviour.frames"));
            }
        }
    }

    /** {@code field}: where the expression is in the file ("filter", "behaviour.aggregate"), to point at it. */
    private static void expression(String text, String what, SubjectKind kind, String id, String field,
                                   List<Problem> problems) {
        if (text == null) {
            return;
        }
        try {
            Expressions.compile(text, what);
        } catch (Expressions.ExpressionException e) {
            problems.add(new Problem(Severity.ERROR, "bad-expression", kind, id, e.getMessage(), EXPRESSION_FIX, "", field));
        }
    }

    private static void template(String text, String what, String field, SocketNode node, List<Problem> problems) {
        if (text == null) {
            return;
        }
        try {
            Template.compile(text, Template.Bindings.of(node, ""), 1);
        } catch (Template.TemplateException e) {
            problems.add(new Problem(Severity.ERROR, "bad-template", SubjectKind.NODE, node.id(), what + ": " + e.getMessage(),
                    TEMPLATE_FIX, "", field));
        }
    }
}
