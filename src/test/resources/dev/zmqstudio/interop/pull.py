"""PULL binds PORT and expects COUNT messages, byte for byte: 'Message {n}: café \\0\\1 ✓ 日本'."""
import sys
import zmq
from peer import fail, receive, socket

port, count = sys.argv[1], int(sys.argv[2])
pull = socket(zmq.PULL)
pull.bind("tcp://127.0.0.1:" + port)
print("bound", port)
for n in range(count):
    got = receive(pull, "message %d" % n)
    expected = ("Message %d: caf\u00e9 \u0000\u0001 \u2713 \u65e5\u672c" % n).encode("utf-8")
    if got != expected:
        fail(1, "MISMATCH at %d: got %s, expected %s" % (n, got.hex(), expected.hex()))
    if n == 0:
        print("first message bytes:", got.hex())
pull.setsockopt(zmq.RCVTIMEO, 200)
try:
    extra = pull.recv()
    fail(1, "MORE than %d messages: %r" % (count, extra))
except zmq.Again:
    pass
print("OK %d messages, byte-exact" % count)
