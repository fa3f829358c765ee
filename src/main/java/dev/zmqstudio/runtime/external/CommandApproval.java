package dev.zmqstudio.runtime.external;

import java.util.List;

/**
 * Decides whether a run may launch the commands its topology names. The engine asks once, before anything
 * starts, and refuses to run when the answer is no: a file never launches programs silently. The CLI answers
 * from {@code --allow-commands}; the designer can ask the user to trust the file.
 */
@FunctionalInterface
public interface CommandApproval {

    boolean approve(List<CommandLaunch> commands);

    CommandApproval REFUSE = commands -> false;
    CommandApproval ALLOW = commands -> true;
}
