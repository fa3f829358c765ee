"""DEALER with identity IDENTITY (hex) connects to a ROUTER at PORT and sends COUNT requests, each answered by an
echo that must come back byte for byte: with MODE 'delimited' [][hello N][binary] (the REQ envelope), with MODE
'bare' [hello N] alone."""
import sys
import zmq
from peer import binary_payload, fail, socket
from frames_peer import expect_nothing_more, receive_frames, show

port, count, identity, mode = sys.argv[1], int(sys.argv[2]), bytes.fromhex(sys.argv[3]), sys.argv[4]
dealer = socket(zmq.DEALER)
dealer.setsockopt(zmq.IDENTITY, identity)
dealer.connect("tcp://127.0.0.1:" + port)
for n in range(count):
    hello = ("hello %d" % n).encode("utf-8")
    request = [b"", hello, binary_payload(n)] if mode == "delimited" else [hello]
    dealer.send_multipart(request)
    reply = receive_frames(dealer, "reply %d" % n)
    if reply != request:
        fail(1, "MISMATCH at %d: %s" % (n, show(reply)))
expect_nothing_more(dealer, "%d replies" % count)
print("OK %d %s requests, identity %s kept" % (count, mode, identity.hex()))
