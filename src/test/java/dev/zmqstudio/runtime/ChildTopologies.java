package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.child.ChildLaunch;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Topologies for child-process tests, on free ports, and the launch settings of this test JVM. */
public final class ChildTopologies {
    private ChildTopologies() {
    }

    public static ChildLaunch launch() {
        return ChildLaunch.ofThisProcess(TopologyFiles::toJson);
    }

    /**
     * Like {@link #launch()}, but the "JVM" of the child running {@code unit} crashes at start-up (before it
     * reports ready) with exit code 7 and "simulated crash at start-up" on stderr; the others start normally.
     */
    public static ChildLaunch crashingAtStartUp(String unit, Path dir) throws IOException {
        ChildLaunch real = launch();
        Path crashing = dir.resolve("java");
        Files.writeString(crashing, "#!/bin/sh\n"
                + "case \" $* \" in *\" --unit " + unit + " \"*) echo 'simulated crash at start-up' >&2; exit 7 ;; esac\n"
                + "exec '" + real.java() + "' \"$@\"\n");
        if (!crashing.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + crashing + " executable");
        }
        return new ChildLaunch(crashing, real.classPath(), real.mainClass(), real.jvmOptions(), real.aotCache(),
                real.topologyJson());
    }

    /** The pipeline example on free ports, every node in {@code placement}. */
    public static Topology pipeline(Placement placement) throws Exception {
        Topology t = TopologyFiles.parse(FreePorts.example("pipeline.json").json(), "pipeline.json");
        return t.withSettings(t.settings().withDefaultPlacement(placement));
    }

    /** An in-process PUB sending at {@code rate}/s without end, and {@code subscribers} SUB sinks in child processes. */
    public static Topology publisherWithChildSubscribers(int subscribers, double rate) {
        int port = FreePorts.find();
        List<dev.zmqstudio.model.Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        nodes.add(SocketNode.of("pub", SocketType.PUB, new Behaviour.Generator("tick {n}", rate, 0, List.of(), 1, false),
                "tcp://127.0.0.1:" + port).withPlacement(Placement.IN_PROCESS));
        for (int i = 1; i <= subscribers; i++) {
            SocketNode sub = SocketNode.of("sub-" + i, SocketType.SUB, new Behaviour.Sink(false, null, null, null));
            sub = new SocketNode(sub.id(), "", sub.socket().withOptions(sub.socket().options().withSubscriptions(List.of(""))),
                    sub.behaviour(), Placement.CHILD_PROCESS, null);
            nodes.add(sub);
            wires.add(Wire.of("w" + i, "sub-" + i, "pub", "tcp://127.0.0.1:" + port));
        }
        return new Topology("mixed", "", Settings.DEFAULTS, nodes, wires, List.of());
    }
}
