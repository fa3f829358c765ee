package dev.zmqstudio.cli;

import dev.zmqstudio.io.LocatedTopology;
import dev.zmqstudio.runtime.security.KeyFolder;
import dev.zmqstudio.runtime.security.AttachKeys;
import dev.zmqstudio.model.Hosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code keys generate FILE}: CURVE key pairs for the nodes at the ends of the topology's secured wires. */
@Command(name = "keys", description = "Manage the CURVE keys of a topology's secured wires.",
        subcommands = KeysCommand.Generate.class)
final class KeysCommand {

    @Command(name = "generate", description = "Write a CURVE key pair for each node at an end of a secured wire to"
            + " keys/ beside FILE: keys/<node id>.key (public) and keys/<node id>.key_secret (owner-only); and the pairs"
            + " that secure an attached designer's telemetry: keys/attach/<host>.key for each host, keys/attach/designer.key."
            + " Existing pairs are kept unless --force.")
    static final class Generate implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "Topology JSON file.")
        Path file;

        @Option(names = "--force", description = "Replace existing key pairs.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            LocatedTopology located = TopologyInput.load(file, err);
            if (located == null) {
                return ExitCodes.BAD_INPUT;
            }
            Set<String> nodes = KeyFolder.nodesNeedingKeys(located.topology());
            Path parent = file.toAbsolutePath().getParent();
            KeyFolder keys = KeyFolder.beside(parent);
            AttachKeys attach = new AttachKeys(keys.path());
            List<String> hosts = Hosts.deployed(located.topology());
            List<Path> written;
            List<Path> attachWritten;
            try {
                written = keys.generate(nodes, force);
                attachWritten = attach.generate(hosts, force);
            } catch (IOException e) {
                err.println("error: cannot write the keys in " + keys.path() + ": " + e.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            written.forEach(p -> out.println("wrote " + p));
            attachWritten.forEach(p -> out.println("wrote " + p));
            int pairs = (written.size() + attachWritten.size()) / 2;
            int wanted = nodes.size() + AttachKeys.needed(hosts).size();
            out.println(nodes.size() + " node(s) with secured wires, " + hosts.size() + " host(s) and the designer to attach;"
                    + " " + pairs + " new key pair(s) in " + keys.path()
                    + (pairs < wanted ? " (the others kept theirs; --force replaces them)" : ""));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
