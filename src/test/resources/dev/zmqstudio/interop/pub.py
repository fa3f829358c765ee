"""Publisher binds PORT and, once a subscriber is in, publishes COUNT messages alternating topics alpha and beta.

It is an XPUB (a PUB that sees subscriptions: same bytes on the wire) so that it can wait for the subscriber.
"""
import sys
import time
import zmq
from peer import receive, socket

port, count = sys.argv[1], int(sys.argv[2])
pub = socket(zmq.XPUB)
pub.bind("tcp://127.0.0.1:" + port)
subscription = receive(pub, "a subscription")
print("subscription:", subscription[1:].decode())
for n in range(count):
    topic = "alpha" if n % 2 == 0 else "beta"
    pub.send(("%s %d \u00fcn\u00efc\u00f6de" % (topic, n)).encode("utf-8"))
time.sleep(0.3)
print("OK published %d" % count)
