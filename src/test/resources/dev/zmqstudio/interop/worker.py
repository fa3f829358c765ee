"""REP worker: connects to PORT and answers every request with 'done: REQUEST' until it is stopped."""
import sys
import zmq
from peer import socket

port = sys.argv[1]
rep = socket(zmq.REP)
rep.setsockopt(zmq.RCVTIMEO, -1)
rep.connect("tcp://127.0.0.1:" + port)
while True:
    request = rep.recv()
    rep.send(b"done: " + request)
    print("served", request.decode(), flush=True)
