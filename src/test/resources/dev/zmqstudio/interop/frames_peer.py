"""Helpers of the multi-frame interop peers (on top of peer.py): receive a whole message, describe frames."""
import zmq
from peer import fail


def receive_frames(s, what):
    """The frames of one whole message, or exit 2 after the socket's receive timeout."""
    try:
        return s.recv_multipart()
    except zmq.Again:
        fail(2, "timeout waiting for " + what)


def show(frames):
    return "[" + "][".join(f.hex() for f in frames) + "]"


def expect_nothing_more(s, what):
    """Fails when another message comes within 300 ms: counts must be exact, not at least."""
    s.setsockopt(zmq.RCVTIMEO, 300)
    try:
        extra = s.recv_multipart()
        fail(1, "MORE than %s: %s" % (what, show(extra)))
    except zmq.Again:
        pass
