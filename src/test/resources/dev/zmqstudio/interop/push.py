"""PUSH connects to PORT, sends COUNT messages 'Message n' and exits once they are delivered."""
import sys
import zmq
from peer import socket

port, count = sys.argv[1], int(sys.argv[2])
push = socket(zmq.PUSH)
push.connect("tcp://127.0.0.1:" + port)
for n in range(count):
    push.send(("Message %d" % n).encode())
push.close()  # lingers until everything is delivered (peer.LINGER)
zmq.Context.instance().term()
print("OK pushed %d" % count)
