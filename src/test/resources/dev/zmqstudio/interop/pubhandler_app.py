"""A program that logs through pyzmq's PUBHandler, as a service would: binds PORT, waits for a subscriber (so no line
is lost to the slow joiner), then logs COUNT "charged invoice N" lines at INFO, one WARNING and one ERROR under the
root topic "billing", and exits 0."""
import logging
import sys
import time

import zmq
from zmq.log.handlers import PUBHandler
from peer import fail, socket

port, count = sys.argv[1], int(sys.argv[2])
pub = socket(zmq.XPUB)  # an XPUB tells when the subscriber is there; PUBHandler only needs a socket to send on
pub.bind("tcp://127.0.0.1:" + port)
try:
    pub.recv()
except zmq.Again:
    fail(2, "timeout waiting for a subscriber")
handler = PUBHandler(pub)
handler.root_topic = "billing"
log = logging.getLogger("billing")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
for n in range(1, count + 1):
    log.info("charged invoice %d", n)
log.warning("card of customer 7 expires soon")
log.error("invoice 99 was refused")
time.sleep(0.5)
print("OK logged %d lines" % (count + 2))
