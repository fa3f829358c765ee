"""REQ client NAME connects to a QUEUE device's frontend at PORT and sends COUNT requests of three frames,
[binary][NAME N][] (an empty last frame), each of which must come back byte for byte, every frame."""
import sys
import zmq
from peer import binary_payload, fail, socket
from frames_peer import receive_frames, show

port, count, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
req = socket(zmq.REQ)
req.connect("tcp://127.0.0.1:" + port)
for n in range(count):
    request = [binary_payload(n), ("%s %d" % (name, n)).encode("utf-8"), b""]
    req.send_multipart(request)
    reply = receive_frames(req, "reply %d" % n)
    if reply != request:
        fail(1, "MISMATCH at %d: %s" % (n, show(reply)))
print("OK %d three-frame requests through the queue, byte-exact" % count)
