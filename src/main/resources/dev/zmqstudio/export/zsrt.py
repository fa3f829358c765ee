"""The small runtime of programs exported by ZMQ Studio (export FILE --to pyzmq).

Each exported program is one unit of the topology (a node, or nodes joined by links or inproc wires): it declares its
sockets, behaviours and links with the calls below and runs them. Semantics follow the ZMQ Studio engine: message
templates ({n}, {rand:A..B} drawn like java.util.SplittableRandom with the node's seed, {topic}, {cycle:..},
{ints:K}, {node}, {port}, {time_us}), a start gate (generators and requesters send once every unit's connections
and subscriptions are in place), counts and aggregates reported at the end. run_all.sh starts the units and stops
them once every generator has finished and the messages have settled.
"""
import csv
import json
import os
import re
import signal
import sys
import time

import zmq
from zmq.utils.monitor import recv_monitor_message

RUN = os.path.join(os.path.dirname(os.path.abspath(sys.argv[0])), "run")
MASK = (1 << 64) - 1
POLL_MS = 20


class SplittableRandom:
    """java.util.SplittableRandom(seed): the same numbers for the same seed, so {rand} matches the engine's."""
    GAMMA = 0x9E3779B97F4A7C15

    def __init__(self, seed):
        self.seed = seed & MASK

    def next_long(self):
        self.seed = (self.seed + self.GAMMA) & MASK
        z = self.seed
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z ^= z >> 31
        return z - (1 << 64) if z >= (1 << 63) else z

    def next_below(self, bound):
        m = bound - 1
        r = self.next_long()
        if bound & m == 0:
            return r & m
        u = (r & MASK) >> 1
        while True:
            r = u % bound
            if u + m - r < (1 << 63):
                return r
            u = (self.next_long() & MASK) >> 1

    def draw(self, low, high):
        width = high - low + 1
        if 0 < width < (1 << 63):
            return low + self.next_below(width)
        while True:
            v = self.next_long()
            if low <= v <= high:
                return v


PLACEHOLDER = re.compile(r"\{(n|topic|time_us|time|node|port|msg|frames|rand:([^{}]*)|ints:([^{}]*)|cycle:([^{}]*))}")


class Template:
    """One frame's template; expand(n) gives message n's text."""

    def __init__(self, text, node, port, topics, seed):
        self.parts = []
        self.node, self.port, self.topics = node, port, topics
        self.random = SplittableRandom(seed)
        last = 0
        for m in PLACEHOLDER.finditer(text):
            if m.start() > last:
                self.parts.append(("lit", text[last:m.start()]))
            name = m.group(1)
            if m.group(4) is not None:
                self.parts.append(("cycle", m.group(4).split("|")))
            elif m.group(3) is not None:
                self.parts.append(("ints", int(m.group(3))))
            elif m.group(2) is not None:
                low, high = m.group(2).split("..")
                self.parts.append(("rand", (int(low), int(high))))
            else:
                self.parts.append((name, None))
            last = m.end()
        if last < len(text):
            self.parts.append(("lit", text[last:]))

    def expand(self, n, msg=None, frames=None):
        out = []
        for kind, value in self.parts:
            if kind == "lit":
                out.append(value)
            elif kind == "n":
                out.append(str(n))
            elif kind == "rand":
                out.append(str(self.random.draw(*value)))
            elif kind == "topic":
                out.append(self.topics[n % len(self.topics)] if self.topics else "")
            elif kind == "cycle":
                out.append(value[n % len(value)])
            elif kind == "ints":
                out.append("[" + ", ".join(str(n * value + i) for i in range(value)) + "]")
            elif kind == "time":
                out.append(str(time.time_ns() // 1_000_000))
            elif kind == "time_us":
                out.append(str(time.time_ns() // 1000))
            elif kind == "node":
                out.append(self.node)
            elif kind == "port":
                out.append(self.port)
            elif kind == "msg":
                out.append(msg or "")
            elif kind == "frames":
                out.append(frames or "")
        return "".join(out)


def text_of(frame):
    """A frame as a log shows it: its text when printable UTF-8, else 0x and hex."""
    try:
        s = frame.decode("utf-8")
        if all(c.isprintable() or c in "\t" for c in s):
            return s
    except UnicodeDecodeError:
        pass
    return "0x" + frame.hex().upper() if frame else ""


class Message:
    """What an expression sees of a received message, as in the engine: msg, json, words, topic, n, node, bytes, frames."""

    def __init__(self, frames, n, node):
        self.raw = frames
        self.frames = [text_of(f) for f in frames]
        self.msg = frames[-1].decode("utf-8", "replace")
        self.n, self.node, self.bytes = n, node, len(frames[-1])
        stripped = self.msg.strip()
        self.words = stripped.split() if stripped else []
        self.topic = self.words[0] if self.words else ""
        start = 0 if stripped.startswith("[") else stripped.find("{")
        try:
            self.json = json.loads(stripped[start:]) if start >= 0 else None
        except ValueError:
            self.json = None

    def shown(self):
        return self.frames[0] if len(self.frames) == 1 else "".join("[" + f + "]" for f in self.frames)


def get(value, key):
    """json.key in an expression: None when there is no such key."""
    return value.get(key) if isinstance(value, dict) else None


def num(value):
    """The engine's num(): a number from a number or its text."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    return float(str(value).strip())


def render(value):
    """A transform's value as the message's new last frame (maps and lists as JSON, whole numbers without .0)."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


class Node:
    def __init__(self, unit, node_id, sock, wires, expects_subscriptions):
        self.unit, self.id, self.sock = unit, node_id, sock
        self.wires, self.expects_subscriptions = wires, expects_subscriptions
        self.handshakes, self.subscriptions = 0, 0
        self.sent = self.received = 0
        self.on_message = []
        self.activity = None
        self.aggregate = None
        self.count = self.total = 0
        self.monitor = sock.get_monitor_socket(zmq.EVENT_HANDSHAKE_SUCCEEDED) if wires else None

    def ready(self):
        return self.handshakes >= self.wires and self.subscriptions >= self.expects_subscriptions

    def send(self, frames):
        self.sock.send_multipart(frames)
        self.sent += 1


class Unit:
    """One exported program: its sockets, behaviours and links, run until run_all.sh stops it."""

    def __init__(self, name, units):
        self.name, self.units = name, units
        self.ctx = zmq.Context()
        self.nodes = []
        self.stopping = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)

    def _stop(self, *_):
        self.stopping = True

    def socket(self, node_id, kind, binds=(), connects=(), wires=0, subscriptions_expected=0, sndhwm=1000,
               rcvhwm=1000, subscribe=(), identity=None):
        sock_type = zmq.XPUB if kind == "PUB" else getattr(zmq, kind)
        s = self.ctx.socket(sock_type)
        s.setsockopt(zmq.LINGER, 2000)
        s.setsockopt(zmq.SNDHWM, sndhwm)
        s.setsockopt(zmq.RCVHWM, rcvhwm)
        if identity:
            s.setsockopt(zmq.IDENTITY, identity.encode("utf-8"))
        if kind == "PUB":
            s.setsockopt(zmq.XPUB_VERBOSE, 1)
        node = Node(self, node_id, s, wires, subscriptions_expected)
        for endpoint in binds:
            s.bind(endpoint)
        for endpoint in connects:
            s.connect(endpoint)
        if kind == "SUB":
            for topic in subscribe:
                s.setsockopt(zmq.SUBSCRIBE, topic.encode("utf-8"))
        if kind == "XSUB":
            for topic in subscribe:
                s.send(b"\x01" + topic.encode("utf-8"))
        self.nodes.append(node)
        node.kind = kind
        return node

    def generator(self, node, frames, rate, count, topics=(), seed=1, log=False, port=""):
        node.activity = Sender(node, [Template(f, node.id, port, list(topics), seed + i) for i, f in enumerate(frames)],
                               rate, count, log, wait_reply=False)

    def requester(self, node, frames, rate, count, log=False, port=""):
        node.activity = Sender(node, [Template(f, node.id, port, [], 1 + i) for i, f in enumerate(frames)],
                               rate, count, log, wait_reply=True)

    def replier(self, node, frames, log=False, port=""):
        templates = [Template(f, node.id, port, [], 1 + i) for i, f in enumerate(frames)]

        def reply(m):
            if log:
                print("[%s] Received request: %s" % (node.id, m.shown()), flush=True)
            if len(templates) == 1 and templates[0].parts == [("msg", None)]:
                node.send(m.raw)
            else:
                node.send([t.expand(m.n, m.msg, "".join("[" + f + "]" for f in m.frames)).encode("utf-8")
                           for t in templates])
        node.on_message.append(reply)

    def sink(self, node, log=True, fmt="Received message: {msg}", aggregate=None, record=None, work_ms=0):
        template = Template(fmt, node.id, "", [], 1) if log else None
        node.aggregate = aggregate
        writer = None
        if record:
            out = open(record, "w", newline="")
            writer = csv.writer(out)
            writer.writerow(["received_us", "node", "topic", "bytes", "msg"])

        def take(m):
            if template:
                print("[%s] %s" % (node.id, template.expand(m.n, m.shown(), "".join("[" + f + "]" for f in m.frames))),
                      flush=True)
            if aggregate:
                try:
                    node.total += num(aggregate(m))
                    node.count += 1
                except (TypeError, ValueError):
                    pass
            if writer:
                writer.writerow([time.time_ns() // 1000, node.id, m.topic, m.bytes, m.msg])
            if work_ms:
                time.sleep(work_ms / 1000.0)
        node.on_message.append(take)

    def link(self, source, target, keep=None, transform=None):
        def hand_over(m):
            if keep is not None and not keep(m):
                return
            frames = list(m.raw)
            if transform is not None:
                frames[-1] = render(transform(m)).encode("utf-8")
            target.send(frames)
        source.on_message.append(hand_over)

    def device(self, node_id, kind, front, back):
        self.devices = getattr(self, "devices", [])
        self.devices.append((node_id, kind, front, back))

    # --- running ---------------------------------------------------------------------------------------------

    def _gate_open(self):
        ready_dir = os.path.join(RUN, "ready")
        return len(os.listdir(ready_dir)) >= self.units

    def _mark(self, what):
        open(os.path.join(RUN, what, self.name), "w").close()

    def run(self):
        poller = zmq.Poller()
        for n in self.nodes:
            poller.register(n.sock, zmq.POLLIN)
            if n.monitor is not None:
                poller.register(n.monitor, zmq.POLLIN)
        marked_ready = False
        gate = False
        done_marked = False
        senders = [n for n in self.nodes if n.activity is not None]
        by_socket = {n.sock: n for n in self.nodes}
        by_monitor = {n.monitor: n for n in self.nodes if n.monitor is not None}
        devices = {}
        for node_id, kind, front, back in getattr(self, "devices", []):
            devices[front.sock] = (back, kind == "FORWARDER")
            devices[back.sock] = (front, kind == "FORWARDER")
        while not self.stopping:
            events = dict(poller.poll(POLL_MS))
            for sock in events:
                if sock in by_monitor:
                    event = recv_monitor_message(sock)
                    if event["event"] == zmq.EVENT_HANDSHAKE_SUCCEEDED:
                        by_monitor[sock].handshakes += 1
                    continue
                node = by_socket[sock]
                for _ in range(1000):
                    try:
                        frames = sock.recv_multipart(zmq.NOBLOCK)
                    except zmq.Again:
                        break
                    except zmq.ZMQError as e:
                        if e.errno == zmq.EFSM:
                            break  # a REQ waits to send, a REP to reply
                        raise
                    self._receive(node, frames, devices)
            if not marked_ready and all(n.ready() for n in self.nodes):
                self._mark("ready")
                marked_ready = True
            if marked_ready and not gate:
                gate = self._gate_open()
            if gate:
                for n in senders:
                    n.activity.fire()
                if senders and not done_marked and all(n.activity.finished() for n in senders):
                    self._mark("done")
                    done_marked = True
        self._report()

    def _receive(self, node, frames, devices):
        if node.kind in ("PUB", "XPUB") and len(frames) == 1 and frames[0][:1] in (b"\x00", b"\x01"):
            node.subscriptions += 1
            if node.sock in devices:
                other, _ = devices[node.sock]
                other.sock.send_multipart(frames)  # subscriptions go upstream through a forwarder
            return
        if node.sock in devices:
            other, _ = devices[node.sock]
            node.received += 1
            other.send(frames)
            return
        node.received += 1
        if node.activity is not None and node.activity.wait_reply:
            node.activity.replied()
        m = Message(frames, node.received - 1, node.id)
        for handle in node.on_message:
            handle(m)

    def _report(self):
        counts = {}
        for n in self.nodes:
            entry = {"sent": n.sent, "received": n.received}
            if n.aggregate is not None:
                entry["aggregate"] = {"count": n.count, "sum": n.total}
            counts[n.id] = entry
        with open(os.path.join(RUN, "counts", self.name + ".json"), "w") as out:
            json.dump(counts, out)
        for n in self.nodes:
            if n.monitor is not None:
                n.sock.disable_monitor()
                n.monitor.close(0)
            n.sock.close()
        self.ctx.term()


class Sender:
    """A generator or requester: message n is due at start + n / rate (all at once at rate 0)."""

    def __init__(self, node, templates, rate, count, log, wait_reply):
        self.node, self.templates, self.count, self.log = node, templates, count, log
        self.period = 1.0 / rate if rate > 0 else 0.0
        self.wait_reply = wait_reply
        self.awaiting = False
        self.start = None
        self.n = 0

    def finished(self):
        return self.count > 0 and self.n >= self.count and not self.awaiting

    def replied(self):
        self.awaiting = False

    def fire(self):
        now = time.monotonic()
        if self.start is None:
            self.start = now
        batch = 0
        while (self.count <= 0 or self.n < self.count) and not self.awaiting and batch < 1000:
            if self.period and now < self.start + self.n * self.period:
                return
            frames = [t.expand(self.n).encode("utf-8") for t in self.templates]
            try:
                self.node.sock.send_multipart(frames, zmq.NOBLOCK)
            except zmq.Again:
                return
            self.node.sent += 1
            if self.log:
                text = frames[0].decode() if len(frames) == 1 else "".join("[" + text_of(f) + "]" for f in frames)
                print("[%s] Sent: %s" % (self.node.id, text), flush=True)
            self.n += 1
            batch += 1
            if self.wait_reply:
                self.awaiting = True


def zsrt_sum(values):
    """The engine's sum(): the numbers of a list added up."""
    return sum(num(v) for v in values) if isinstance(values, list) else num(values)
