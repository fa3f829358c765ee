package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.external.CommandApproval;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run: where log lines go; how long generators wait for connections and subscriptions before starting
 * anyway; the output folder, the only place the topology's files ({@code record} paths) are written, through
 * {@link OutputFolder} ({@code outputDir}, default: the working directory); the folder commands run in ({@code commandDir}: the topology file's folder); and whether the
 * topology's commands may be launched ({@code commands}, default: refuse); how to start child processes
 * ({@code children}: null when no node may run in one) and how long to wait for them to be ready;
 * {@code expressionBudgets}: whether each expression evaluation has its time budget (always, except to measure
 * what the budget costs); {@code attach}: the endpoint where deployed hosts report (null: the run starts its nodes
 * itself), with {@code childStartTimeout} how long to wait for them.
 */
public record EngineOptions(LogSink log, Duration gateTimeout, Path outputDir, Path commandDir,
                            CommandApproval commands, ChildLaunch children, Duration childStartTimeout,
                            boolean expressionBudgets, String attach) {
    public static final Duration DEFAULT_GATE_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CHILD_START_TIMEOUT = Duration.ofSeconds(60);

    public EngineOptions {
        log = log == null ? LogSink.DISCARD : log;
        gateTimeout = gateTimeout == null ? DEFAULT_GATE_TIMEOUT : gateTimeout;
        outputDir = outputDir == null ? Path.of("") : outputDir;
        commandDir = commandDir == null ? Path.of("").toAbsolutePath() : commandDir;
        commands = commands == null ? CommandApproval.REFUSE : commands;
        childStartTimeout = childStartTimeout == null ? DEFAULT_CHILD_START_TIMEOUT : childStartTimeout;
    }

    public EngineOptions(LogSink log, Duration gateTimeout) {
        this(log, gateTimeout, null, null, null);
    }

    public EngineOptions(LogSink log, Duration gateTimeout, Path outputDir, Path commandDir, CommandApproval commands) {
        this(log, gateTimeout, outputDir, commandDir, commands, null, null, true, null);
    }

    /** Nodes placed in child processes are started with {@code launch}. */
    public EngineOptions withChildren(ChildLaunch launch) {
        return new EngineOptions(log, gateTimeout, outputDir, commandDir, commands, launch, childStartTimeout, expressionBudgets, attach);
    }

    public static EngineOptions logTo(LogSink log) {
        return new EngineOptions(log, DEFAULT_GATE_TIMEOUT);
    }

    public EngineOptions withOutputDir(Path dir) {
        return new EngineOptions(log, gateTimeout, dir, commandDir, commands, children, childStartTimeout, expressionBudgets, attach);
    }

    public EngineOptions withCommandDir(Path dir) {
        return new EngineOptions(log, gateTimeout, outputDir, dir, commands, children, childStartTimeout, expressionBudgets, attach);
    }

    public EngineOptions withCommands(CommandApproval approval) {
        return new EngineOptions(log, gateTimeout, outputDir, commandDir, approval, children, childStartTimeout, expressionBudgets, attach);
    }

    /** Evaluations without a time budget: only to measure what budgets cost ({@code bench}). */
    public EngineOptions withoutExpressionBudgets() {
        return new EngineOptions(log, gateTimeout, outputDir, commandDir, commands, children, childStartTimeout, false, attach);
    }

    /**
     * Starts no node: the hosts of a deployment ({@code zmq-studio node FILE --host NAME --telemetry ENDPOINT}) report
     * to {@code endpoint}, which the run binds, and run as it says; {@code wait}: how long to wait for them all.
     */
    public EngineOptions attachedAt(String endpoint, Duration wait) {
        return new EngineOptions(log, gateTimeout, outputDir, commandDir, commands, children, wait, expressionBudgets, endpoint);
    }

    public boolean attached() {
        return attach != null;
    }
}
