"""SUB binds PORT, subscribes to B and expects COUNT envelopes [B][We would like to see this N ✓] (N = 1, 3, 5, ...),
as recv_multipart() into two values, the way the Guide's psenvsub reads them."""
import sys
import zmq
from peer import fail, socket
from frames_peer import expect_nothing_more, receive_frames, show

port, count = sys.argv[1], int(sys.argv[2])
sub = socket(zmq.SUB)
sub.setsockopt(zmq.SUBSCRIBE, b"B")
sub.bind("tcp://127.0.0.1:" + port)
for i in range(count):
    frames = receive_frames(sub, "envelope %d" % i)
    if len(frames) != 2:
        fail(1, "NOT AN ENVELOPE at %d: %d frames %s" % (i, len(frames), show(frames)))
    address, contents = frames
    expected = ("We would like to see this %d \u2713" % (2 * i + 1)).encode("utf-8")
    if address != b"B" or contents != expected:
        fail(1, "MISMATCH at %d: %s" % (i, show(frames)))
    if i == 0:
        print("[%s] %s" % (address.decode(), contents.decode()))
expect_nothing_more(sub, "%d envelopes" % count)
print("OK %d envelopes, byte-exact" % count)
