"""REQ client connects to a QUEUE device's frontend at PORT; COUNT binary requests, each echoed byte for byte."""
import sys
import zmq
from peer import binary_payload, fail, receive, socket

port, count = sys.argv[1], int(sys.argv[2])
req = socket(zmq.REQ)
req.connect("tcp://127.0.0.1:" + port)
for n in range(count):
    request = binary_payload(n)
    req.send(request)
    if receive(req, "reply %d" % n) != request:
        fail(1, "MISMATCH at %d" % n)
print("OK %d requests through the queue, byte-exact" % count)
