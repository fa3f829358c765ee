"""Publisher binds PORT and, once subscribed to B and C, publishes COUNT rounds of three envelopes:
[A][We don't want to see this], [B][We would like to see this N], [C][FF 00 N] (a frame that is not text).

It is an XPUB (a PUB that sees subscriptions: same bytes on the wire) so that it can wait for the subscriber.
"""
import sys
import time
import zmq
from peer import receive, socket

port, count = sys.argv[1], int(sys.argv[2])
pub = socket(zmq.XPUB)
pub.bind("tcp://127.0.0.1:" + port)
topics = set()
while topics != {b"B", b"C"}:
    topics.add(receive(pub, "the subscriptions")[1:])
print("subscriptions:", " ".join(sorted(t.decode() for t in topics)))
for n in range(count):
    pub.send_multipart([b"A", b"We don't want to see this"])
    pub.send_multipart([b"B", ("We would like to see this %d" % n).encode("utf-8")])
    pub.send_multipart([b"C", bytes([0xFF, 0x00, n])])
time.sleep(0.3)
print("OK published %d rounds" % count)
