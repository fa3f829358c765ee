package dev.zmqstudio.model;

/**
 * Topology-wide settings. {@code waitForConnections}: generators wait (up to the start gate's timeout) until every
 * wire with one of our sockets at an end is connected, programs that connect to us included, and every declared
 * subscription, ours and external programs', has reached its publisher (exact, repeatable counts); off shows the
 * classic slow-joiner loss.
 * {@code expressionBudgetMs}: how long one evaluation of a user expression (link filter or transform, sink
 * aggregate) may take before it fails that message, from {@value #MIN_EXPRESSION_BUDGET_MS} to
 * {@value #MAX_EXPRESSION_BUDGET_MS} ms.
 * {@code logPublisher}: the endpoint where the run's main process binds a PUB and publishes every node's log lines
 * as pyzmq's {@code PUBHandler} does (null: none).
 * {@code curve}: every tcp and ipc wire is secured with CURVE, as if each said so.
 */
public record Settings(boolean waitForConnections, Placement defaultPlacement, int expressionBudgetMs,
                       String logPublisher, boolean curve) {

    public static final int DEFAULT_EXPRESSION_BUDGET_MS = 50;
    public static final int MIN_EXPRESSION_BUDGET_MS = 1;
    public static final int MAX_EXPRESSION_BUDGET_MS = 1000;

    public static final Settings DEFAULTS = new Settings(true, Placement.IN_PROCESS);

    public Settings {
        defaultPlacement = defaultPlacement == null || defaultPlacement == Placement.DEFAULT
                ? Placement.IN_PROCESS : defaultPlacement;
        if (expressionBudgetMs < MIN_EXPRESSION_BUDGET_MS || expressionBudgetMs > MAX_EXPRESSION_BUDGET_MS) {
            throw new IllegalArgumentException("the expression budget must be " + MIN_EXPRESSION_BUDGET_MS + " to "
                    + MAX_EXPRESSION_BUDGET_MS + " ms, not " + expressionBudgetMs);
        }
        logPublisher = logPublisher == null || logPublisher.isBlank() ? null : logPublisher.strip();
    }

    public Settings(boolean waitForConnections, Placement defaultPlacement, int expressionBudgetMs) {
        this(waitForConnections, defaultPlacement, expressionBudgetMs, null);
    }

    public Settings(boolean waitForConnections, Placement defaultPlacement, int expressionBudgetMs, String logPublisher) {
        this(waitForConnections, defaultPlacement, expressionBudgetMs, logPublisher, false);
    }

    public Settings(boolean waitForConnections, Placement defaultPlacement) {
        this(waitForConnections, defaultPlacement, DEFAULT_EXPRESSION_BUDGET_MS);
    }

    public Settings withWaitForConnections(boolean wait) {
        return new Settings(wait, defaultPlacement, expressionBudgetMs, logPublisher, curve);
    }

    public Settings withDefaultPlacement(Placement placement) {
        return new Settings(waitForConnections, placement, expressionBudgetMs, logPublisher, curve);
    }

    public Settings withExpressionBudgetMs(int millis) {
        return new Settings(waitForConnections, defaultPlacement, millis, logPublisher, curve);
    }

    public Settings withCurve(boolean secured) {
        return new Settings(waitForConnections, defaultPlacement, expressionBudgetMs, logPublisher, secured);
    }

    public Settings withLogPublisher(String endpoint) {
        return new Settings(waitForConnections, defaultPlacement, expressionBudgetMs, endpoint, curve);
    }
}
