// The small runtime of programs exported by ZMQ Studio (export FILE --to java). Each exported program is one unit
// of the topology (a node, or nodes joined by links or inproc wires): it declares its sockets, behaviours and links
// with the calls below and runs them. Semantics follow the ZMQ Studio engine: message templates ({n}, {rand:A..B}
// drawn by java.util.SplittableRandom with the node's seed, {topic}, {cycle:..}, {ints:K}, {node}, {port},
// {time_us}), a start gate (generators and requesters send once every unit's connections and subscriptions are in
// place), counts and aggregates written at the end. run_all.sh starts the units and stops them once every generator
// has finished and the messages have settled. Needs JDK 25 and JeroMQ 0.6.0 on the class path.

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMonitor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Zsrt {
    static final Path RUN = Path.of(System.getProperty("zsrt.run", "run"));
    private static final int POLL_MS = 20;

    private Zsrt() {
    }

    // --- templates -----------------------------------------------------------------------------------------------

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(n|topic|time_us|time|node|port|msg|frames|rand:([^{}]*)|ints:([^{}]*)|cycle:([^{}]*))}");

    /** One frame's template; expand(n) gives message n's text. */
    static final class Template {
        private final List<Object[]> parts = new ArrayList<>(); // {kind, value}
        private final String node, port;
        private final List<String> topics;
        private final SplittableRandom random;

        Template(String text, String node, String port, List<String> topics, long seed) {
            this.node = node;
            this.port = port;
            this.topics = topics;
            this.random = new SplittableRandom(seed);
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    parts.add(new Object[]{"lit", text.substring(last, m.start())});
                }
                if (m.group(4) != null) {
                    parts.add(new Object[]{"cycle", m.group(4).split("\\|", -1)});
                } else if (m.group(3) != null) {
                    parts.add(new Object[]{"ints", Integer.parseInt(m.group(3).strip())});
                } else if (m.group(2) != null) {
                    String[] range = m.group(2).split("\\.\\.");
                    parts.add(new Object[]{"rand", new long[]{Long.parseLong(range[0].strip()), Long.parseLong(range[1].strip())}});
                } else {
                    parts.add(new Object[]{m.group(1), null});
                }
                last = m.end();
            }
            if (last < text.length()) {
                parts.add(new Object[]{"lit", text.substring(last)});
            }
        }

        boolean isJustMsg() {
            return parts.size() == 1 && parts.getFirst()[0].equals("msg");
        }

        String expand(long n, String msg, String frames) {
            StringBuilder out = new StringBuilder();
            for (Object[] p : parts) {
                switch ((String) p[0]) {
                    case "lit" -> out.append((String) p[1]);
                    case "n" -> out.append(n);
                    case "rand" -> out.append(draw((long[]) p[1]));
                    case "topic" -> out.append(topics.isEmpty() ? "" : topics.get((int) (n % topics.size())));
                    case "cycle" -> {
                        String[] options = (String[]) p[1];
                        out.append(options[(int) (n % options.length)]);
                    }
                    case "ints" -> {
                        int k = (Integer) p[1];
                        out.append('[');
                        for (int i = 0; i < k; i++) {
                            out.append(i == 0 ? "" : ", ").append(n * k + i);
                        }
                        out.append(']');
                    }
                    case "time" -> out.append(System.currentTimeMillis());
                    case "time_us" -> out.append(System.currentTimeMillis() * 1000);
                    case "node" -> out.append(node);
                    case "port" -> out.append(port);
                    case "msg" -> out.append(msg == null ? "" : msg);
                    case "frames" -> out.append(frames == null ? "" : frames);
                    default -> { }
                }
            }
            return out.toString();
        }

        /** Uniform in [low, high] as the engine draws it. */
        private long draw(long[] r) {
            long width = r[1] - r[0] + 1;
            if (width > 0) {
                return r[0] + random.nextLong(width);
            }
            while (true) {
                long v = random.nextLong();
                if (v >= r[0] && v <= r[1]) {
                    return v;
                }
            }
        }
    }

    // --- messages and expressions --------------------------------------------------------------------------------

    /** A frame as a log shows it: its text when printable UTF-8, else 0x and hex. */
    static String textOf(byte[] frame) {
        String s = new String(frame, StandardCharsets.UTF_8);
        boolean printable = java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), frame)
                && s.chars().allMatch(c -> c == '\t' || !Character.isISOControl(c));
        if (printable) {
            return s;
        }
        StringBuilder hex = new StringBuilder(frame.length == 0 ? "" : "0x");
        for (byte b : frame) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    /** What an expression sees of a received message, as in the engine: msg, json, words, topic, n, node, bytes, frames. */
    static final class Message {
        final List<byte[]> raw;
        final List<String> frames = new ArrayList<>();
        final String msg, node, topic;
        final long n, bytes;
        final List<String> words;
        final Object json;

        Message(List<byte[]> raw, long n, String node) {
            this.raw = raw;
            raw.forEach(f -> frames.add(textOf(f)));
            this.msg = new String(raw.getLast(), StandardCharsets.UTF_8);
            this.n = n;
            this.node = node;
            this.bytes = raw.getLast().length;
            String stripped = msg.strip();
            this.words = stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
            this.topic = words.isEmpty() ? "" : words.getFirst();
            int start = stripped.startsWith("[") ? 0 : stripped.indexOf('{');
            Object parsed = null;
            if (start >= 0) {
                try {
                    parsed = new Json(stripped.substring(start)).value();
                } catch (IllegalArgumentException e) {
                    parsed = null;
                }
            }
            this.json = parsed;
        }

        String shown() {
            if (frames.size() == 1) {
                return frames.getFirst();
            }
            return framesText();
        }

        String framesText() {
            StringBuilder b = new StringBuilder();
            frames.forEach(f -> b.append('[').append(f).append(']'));
            return b.toString();
        }
    }

    /** A small JSON reader: objects as maps, arrays as lists, numbers as Long or Double. */
    static final class Json {
        private final String s;
        private int at;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            Object v = read();
            skip();
            return v;
        }

        private void skip() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private Object read() {
            skip();
            if (at >= s.length()) {
                throw new IllegalArgumentException("end of JSON");
            }
            char c = s.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (s.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = (String) read();
                    skip();
                    expect(':');
                    map.put(key, read());
                    skip();
                    if (s.charAt(at) == ',') {
                        at++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (s.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(read());
                    skip();
                    if (s.charAt(at) == ',') {
                        at++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                at++;
                while (s.charAt(at) != '"') {
                    char ch = s.charAt(at++);
                    if (ch == '\\') {
                        char e = s.charAt(at++);
                        switch (e) {
                            case 'n' -> b.append('\n');
                            case 't' -> b.append('\t');
                            case 'r' -> b.append('\r');
                            case 'b' -> b.append('\b');
                            case 'f' -> b.append('\f');
                            case 'u' -> {
                                b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                                at += 4;
                            }
                            default -> b.append(e);
                        }
                    } else {
                        b.append(ch);
                    }
                }
                at++;
                return b.toString();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            String number = s.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("not JSON at " + start);
            }
            return number.contains(".") || number.contains("e") || number.contains("E")
                    ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
        }

        private void expect(char c) {
            if (at >= s.length() || s.charAt(at) != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + at);
            }
            at++;
        }
    }

    /** json.key in an expression: null when there is no such key. */
    static Object get(Object value, String key) {
        return value instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** value[index]: a list's or a string's element, a map's entry; null when there is none. */
    static Object index(Object value, Object index) {
        if (value instanceof List<?> list && index instanceof Number i) {
            int k = i.intValue();
            return k >= 0 && k < list.size() ? list.get(k) : null;
        }
        if (value instanceof String s && index instanceof Number i) {
            int k = i.intValue();
            return k >= 0 && k < s.length() ? String.valueOf(s.charAt(k)) : null;
        }
        return value instanceof Map<?, ?> map ? map.get(String.valueOf(index)) : null;
    }

    /** A map literal of an expression: keys and values in turn. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    /** The engine's num(): a number from a number or its text. */
    static double num(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.parseDouble(String.valueOf(value).strip());
    }

    /** The engine's sum(): the numbers of a list added up. */
    static double sum(Object values) {
        if (values instanceof List<?> list) {
            double total = 0;
            for (Object v : list) {
                total += num(v);
            }
            return total;
        }
        return num(values);
    }

    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    private static boolean whole(Object a) {
        return a instanceof Long || a instanceof Integer;
    }

    static Object add(Object a, Object b) {
        if (a instanceof String || b instanceof String) {
            return String.valueOf(a) + b;
        }
        return whole(a) && whole(b) ? (Object) (((Number) a).longValue() + ((Number) b).longValue()) : (Object) (num(a) + num(b));
    }

    static Object sub(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) (((Number) a).longValue() - ((Number) b).longValue()) : (Object) (num(a) - num(b));
    }

    static Object mul(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) (((Number) a).longValue() * ((Number) b).longValue()) : (Object) (num(a) * num(b));
    }

    static Object div(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) (((Number) a).longValue() / ((Number) b).longValue()) : (Object) (num(a) / num(b));
    }

    static Object mod(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) (((Number) a).longValue() % ((Number) b).longValue()) : (Object) (num(a) % num(b));
    }

    static Object neg(Object a) {
        return whole(a) ? (Object) (-((Number) a).longValue()) : (Object) (-num(a));
    }

    static boolean eq(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }

    static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return Double.compare(num(a), num(b));
    }

    /** A transform's value as the message's new last frame (maps and lists as JSON, whole numbers without .0). */
    static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            StringBuilder b = new StringBuilder();
            writeJson(value, b);
            return b.toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private static void writeJson(Object v, StringBuilder b) {
        switch (v) {
            case null -> b.append("null");
            case Map<?, ?> map -> {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    b.append(first ? "" : ",");
                    first = false;
                    writeJson(String.valueOf(e.getKey()), b);
                    b.append(':');
                    writeJson(e.getValue(), b);
                }
                b.append('}');
            }
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    b.append(i == 0 ? "" : ",");
                    writeJson(list.get(i), b);
                }
                b.append(']');
            }
            case String s -> b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            default -> b.append(render(v));
        }
    }

    // --- sockets, behaviours and the run -------------------------------------------------------------------------

    static final class Node {
        final String id, kind;
        final ZMQ.Socket sock;
        final int wires, subscriptionsExpected;
        final AtomicInteger handshakes = new AtomicInteger();
        int subscriptions;
        long sent, received;
        final List<Consumer<Message>> onMessage = new ArrayList<>();
        Sender activity;
        Function<Message, Object> aggregate;
        long count;
        double total;

        Node(String id, String kind, ZMQ.Socket sock, int wires, int subscriptionsExpected) {
            this.id = id;
            this.kind = kind;
            this.sock = sock;
            this.wires = wires;
            this.subscriptionsExpected = subscriptionsExpected;
        }

        boolean ready() {
            return handshakes.get() >= wires && subscriptions >= subscriptionsExpected;
        }

        void send(List<byte[]> frames) {
            for (int i = 0; i < frames.size(); i++) {
                sock.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
            }
            sent++;
        }
    }

    /** A generator or requester: message n is due at start + n / rate (all at once at rate 0). */
    static final class Sender {
        private final Node node;
        private final List<Template> templates;
        private final long count;
        private final boolean log, waitReply;
        private final double period;
        private boolean awaiting;
        private long start = -1;
        private long n;

        Sender(Node node, List<Template> templates, double rate, long count, boolean log, boolean waitReply) {
            this.node = node;
            this.templates = templates;
            this.count = count;
            this.log = log;
            this.waitReply = waitReply;
            this.period = rate > 0 ? 1e9 / rate : 0;
        }

        boolean finished() {
            return count > 0 && n >= count && !awaiting;
        }

        void replied() {
            awaiting = false;
        }

        void fire() {
            long now = System.nanoTime();
            if (start < 0) {
                start = now;
            }
            int batch = 0;
            while ((count <= 0 || n < count) && !awaiting && batch < 1000) {
                if (period > 0 && now < start + (long) (n * period)) {
                    return;
                }
                List<byte[]> frames = new ArrayList<>();
                for (Template t : templates) {
                    frames.add(t.expand(n, null, null).getBytes(StandardCharsets.UTF_8));
                }
                boolean first = true;
                for (int i = 0; i < frames.size(); i++) {
                    boolean sent = node.sock.send(frames.get(i), (i < frames.size() - 1 ? ZMQ.SNDMORE : 0) | (first ? ZMQ.DONTWAIT : 0));
                    if (first && !sent) {
                        return; // the queue is full: try again at the next round
                    }
                    first = false;
                }
                node.sent++;
                if (log) {
                    StringBuilder text = new StringBuilder();
                    if (frames.size() == 1) {
                        text.append(new String(frames.getFirst(), StandardCharsets.UTF_8));
                    } else {
                        frames.forEach(f -> text.append('[').append(textOf(f)).append(']'));
                    }
                    System.out.println("[" + node.id + "] Sent: " + text);
                }
                n++;
                batch++;
                if (waitReply) {
                    awaiting = true;
                }
            }
        }
    }

    /** One exported program: its sockets, behaviours and links, run until run_all.sh stops it. */
    static final class Unit {
        private final String name;
        private final int units;
        private final ZContext ctx = new ZContext();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Node[]> devices = new ArrayList<>();
        private volatile boolean stopping;
        private final CountDownLatch reported = new CountDownLatch(1);

        Unit(String name, int units) {
            this.name = name;
            this.units = units;
            // SIGTERM from run_all.sh: stop, write the counts, and end with 0 (a stop asked for is no failure).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping = true;
                try {
                    reported.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }));
        }

        Node socket(String nodeId, String kind, List<String> binds, List<String> connects, int wires, int subscriptionsExpected,
                    int sndhwm, int rcvhwm, List<String> subscribe, String identity) {
            SocketType type = kind.equals("PUB") ? SocketType.XPUB : SocketType.valueOf(kind);
            ZMQ.Socket s = ctx.createSocket(type);
            s.setLinger(2000);
            s.setSndHWM(sndhwm);
            s.setRcvHWM(rcvhwm);
            s.setHandshakeIvl(2000); // JeroMQ sometimes never starts a fresh connection's handshake; this retries it
            if (identity != null) {
                s.setIdentity(identity.getBytes(StandardCharsets.UTF_8));
            }
            if (kind.equals("PUB")) {
                s.setXpubVerbose(true);
            }
            Node node = new Node(nodeId, kind, s, wires, subscriptionsExpected);
            s.setEventHook(e -> {
                if (e.getEvent() == ZMonitor.Event.HANDSHAKE_PROTOCOL) {
                    node.handshakes.incrementAndGet();
                }
            }, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
            binds.forEach(s::bind);
            connects.forEach(s::connect);
            if (kind.equals("SUB")) {
                subscribe.forEach(t -> s.subscribe(t.getBytes(StandardCharsets.UTF_8)));
            }
            if (kind.equals("XSUB")) {
                subscribe.forEach(t -> {
                    byte[] topic = t.getBytes(StandardCharsets.UTF_8);
                    byte[] frame = new byte[topic.length + 1];
                    frame[0] = 1;
                    System.arraycopy(topic, 0, frame, 1, topic.length);
                    s.send(frame);
                });
            }
            nodes.add(node);
            return node;
        }

        private static List<Template> templates(Node node, List<String> frames, String port, List<String> topics, long seed) {
            List<Template> out = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                out.add(new Template(frames.get(i), node.id, port, topics, seed + i));
            }
            return out;
        }

        void generator(Node node, List<String> frames, double rate, long count, List<String> topics, long seed, boolean log, String port) {
            node.activity = new Sender(node, templates(node, frames, port, topics, seed), rate, count, log, false);
        }

        void requester(Node node, List<String> frames, double rate, long count, boolean log, String port) {
            node.activity = new Sender(node, templates(node, frames, port, List.of(), 1), rate, count, log, true);
        }

        void replier(Node node, List<String> frames, boolean log, String port) {
            List<Template> templates = templates(node, frames, port, List.of(), 1);
            node.onMessage.add(m -> {
                if (log) {
                    System.out.println("[" + node.id + "] Received request: " + m.shown());
                }
                if (templates.size() == 1 && templates.getFirst().isJustMsg()) {
                    node.send(m.raw);
                } else {
                    List<byte[]> reply = new ArrayList<>();
                    templates.forEach(t -> reply.add(t.expand(m.n, m.msg, m.framesText()).getBytes(StandardCharsets.UTF_8)));
                    node.send(reply);
                }
            });
        }

        void sink(Node node, boolean log, String format, Function<Message, Object> aggregate, String record, double workMs) throws IOException {
            Template template = log ? new Template(format, node.id, "", List.of(), 1) : null;
            node.aggregate = aggregate;
            PrintWriter writer = null;
            if (record != null) {
                writer = new PrintWriter(Files.newBufferedWriter(Path.of(record)), true);
                writer.println("received_us,node,topic,bytes,msg");
            }
            PrintWriter csv = writer;
            node.onMessage.add(m -> {
                if (template != null) {
                    System.out.println("[" + node.id + "] " + template.expand(m.n, m.shown(), m.framesText()));
                }
                if (aggregate != null) {
                    try {
                        node.total += num(aggregate.apply(m));
                        node.count++;
                    } catch (RuntimeException e) {
                        // no number in this message: not counted, as in the engine
                    }
                }
                if (csv != null) {
                    csv.println(System.currentTimeMillis() * 1000 + "," + node.id + "," + cell(m.topic) + "," + m.bytes + "," + cell(m.msg));
                }
                if (workMs > 0) {
                    try {
                        Thread.sleep((long) workMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }

        private static String cell(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        void link(Node source, Node target, Predicate<Message> keep, Function<Message, Object> transform) {
            source.onMessage.add(m -> {
                if (keep != null && !keep.test(m)) {
                    return;
                }
                List<byte[]> frames = new ArrayList<>(m.raw);
                if (transform != null) {
                    frames.set(frames.size() - 1, render(transform.apply(m)).getBytes(StandardCharsets.UTF_8));
                }
                target.send(frames);
            });
        }

        void device(String nodeId, String kind, Node front, Node back) {
            devices.add(new Node[]{front, back});
        }

        private Node deviceOther(Node node) {
            for (Node[] d : devices) {
                if (d[0] == node) {
                    return d[1];
                }
                if (d[1] == node) {
                    return d[0];
                }
            }
            return null;
        }

        private boolean gateOpen() throws IOException {
            try (var entries = Files.list(RUN.resolve("ready"))) {
                return entries.count() >= units;
            }
        }

        private void mark(String what) throws IOException {
            Files.writeString(RUN.resolve(what).resolve(name), "");
        }

        void run() throws IOException {
            ZMQ.Poller poller = ctx.createPoller(nodes.size());
            Map<Integer, Node> byIndex = new LinkedHashMap<>();
            for (Node n : nodes) {
                byIndex.put(poller.register(n.sock, ZMQ.Poller.POLLIN), n);
            }
            boolean markedReady = false, gate = false, doneMarked = false;
            List<Node> senders = nodes.stream().filter(n -> n.activity != null).toList();
            try {
                while (!stopping) {
                    poller.poll(POLL_MS);
                    for (Map.Entry<Integer, Node> e : byIndex.entrySet()) {
                        if (poller.pollin(e.getKey())) {
                            drain(e.getValue());
                        }
                    }
                    if (!markedReady && nodes.stream().allMatch(Node::ready)) {
                        mark("ready");
                        markedReady = true;
                    }
                    if (markedReady && !gate) {
                        gate = gateOpen();
                    }
                    if (gate) {
                        senders.forEach(n -> n.activity.fire());
                        if (!senders.isEmpty() && !doneMarked && senders.stream().allMatch(n -> n.activity.finished())) {
                            mark("done");
                            doneMarked = true;
                        }
                    }
                }
                report();
            } finally {
                reported.countDown();
            }
        }

        private void drain(Node node) {
            for (int i = 0; i < 1000; i++) {
                List<byte[]> frames = new ArrayList<>();
                try {
                    byte[] first = node.sock.recv(ZMQ.DONTWAIT);
                    if (first == null) {
                        return;
                    }
                    frames.add(first);
                    while (node.sock.hasReceiveMore()) {
                        frames.add(node.sock.recv(0));
                    }
                } catch (ZMQException e) {
                    if (e.getErrorCode() == zmq.ZError.EFSM) {
                        return; // a REQ waits to send, a REP to reply
                    }
                    throw e;
                }
                receive(node, frames);
            }
        }

        private void receive(Node node, List<byte[]> frames) {
            Node other = deviceOther(node);
            boolean subscription = (node.kind.equals("PUB") || node.kind.equals("XPUB")) && frames.size() == 1
                    && frames.getFirst().length > 0 && (frames.getFirst()[0] == 0 || frames.getFirst()[0] == 1);
            if (subscription) {
                node.subscriptions++;
                if (other != null) {
                    other.sock.send(frames.getFirst()); // subscriptions go upstream through a forwarder
                }
                return;
            }
            node.received++;
            if (other != null) {
                other.send(frames);
                return;
            }
            if (node.activity != null && node.activity.waitReply) {
                node.activity.replied();
            }
            Message m = new Message(frames, node.received - 1, node.id);
            for (Consumer<Message> handle : node.onMessage) {
                handle.accept(m);
            }
        }

        private void report() throws IOException {
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                json.append(i == 0 ? "" : ",").append('"').append(n.id.replace("\"", "\\\"")).append("\":{\"sent\":")
                        .append(n.sent).append(",\"received\":").append(n.received);
                if (n.aggregate != null) {
                    json.append(",\"aggregate\":{\"count\":").append(n.count).append(",\"sum\":").append(n.total).append('}');
                }
                json.append('}');
            }
            Files.writeString(RUN.resolve("counts").resolve(name + ".json"), json.append('}').toString());
            System.out.flush();
            ctx.close();
        }
    }
}
