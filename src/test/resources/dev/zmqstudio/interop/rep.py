"""REP binds PORT, expects COUNT requests 'Hello {n} ✓' in order and answers 'World {n} from python'."""
import sys
import zmq
from peer import fail, receive, socket

port, count = sys.argv[1], int(sys.argv[2])
rep = socket(zmq.REP)
rep.bind("tcp://127.0.0.1:" + port)
for n in range(count):
    request = receive(rep, "request %d" % n)
    expected = ("Hello %d \u2713" % n).encode("utf-8")
    if request != expected:
        fail(1, "MISMATCH at %d: got %s" % (n, request.hex()))
    rep.send(("World %d from python" % n).encode("utf-8"))
print("OK answered %d" % count)
