"""Shared helpers of the interop peers: real libzmq (pyzmq) programs the app talks to in the interop tests.

Every peer prints what it checked and exits 0 when everything matched, 1 on a mismatch, 2 on a timeout.
"""
import sys
import zmq

TIMEOUT_MS = 15000


def fail(code, text):
    print(text, flush=True)
    sys.exit(code)


def socket(kind):
    context = zmq.Context.instance()
    s = context.socket(kind)
    s.setsockopt(zmq.LINGER, 2000)
    s.setsockopt(zmq.RCVTIMEO, TIMEOUT_MS)
    s.setsockopt(zmq.SNDTIMEO, TIMEOUT_MS)
    return s


def receive(s, what):
    try:
        return s.recv()
    except zmq.Again:
        fail(2, "timeout waiting for " + what)


def binary_payload(n):
    """Bytes that are not text: every byte value once, then the message number."""
    return bytes(range(256)) + str(n).encode()
