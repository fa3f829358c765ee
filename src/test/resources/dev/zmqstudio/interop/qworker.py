"""REP worker connects to a QUEUE device's backend at PORT and echoes every request, all its frames, until no
request has come for 3 s; then prints how many it served."""
import sys
import zmq
from peer import socket

port = sys.argv[1]
rep = socket(zmq.REP)
rep.connect("tcp://127.0.0.1:" + port)
served = 0
while rep.poll(3000):
    rep.send_multipart(rep.recv_multipart())
    served += 1
print("OK served %d" % served)
