package dev.zmqstudio.runtime.external;

import java.util.List;

/** The topology launches commands and the {@link CommandApproval} said no; nothing was started. */
public final class CommandsRefusedException extends IllegalStateException {
    private final transient List<CommandLaunch> commands;

    public CommandsRefusedException(List<CommandLaunch> commands) {
        super("the topology launches commands that were not allowed: "
                + String.join("; ", commands.stream().map(CommandLaunch::describe).toList()));
        this.commands = List.copyOf(commands);
    }

    public List<CommandLaunch> commands() {
        return commands;
    }
}
