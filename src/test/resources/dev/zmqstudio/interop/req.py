"""REQ connects to PORT, sends COUNT binary requests and expects each echoed back byte for byte."""
import sys
import zmq
from peer import binary_payload, fail, receive, socket

port, count = sys.argv[1], int(sys.argv[2])
req = socket(zmq.REQ)
req.connect("tcp://127.0.0.1:" + port)
for n in range(count):
    request = binary_payload(n)
    req.send(request)
    reply = receive(req, "reply %d" % n)
    if reply != request:
        fail(1, "MISMATCH at %d: got %s" % (n, reply.hex()))
print("OK %d replies, byte-exact" % count)
