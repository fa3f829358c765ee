"""SUB that joins late: waits DELAY seconds, connects to PORT, subscribes to TOPIC and expects COUNT messages
'TOPIC n' with n from 0, in order (none missed), then stays connected until it is stopped."""
import sys
import time
import zmq
from peer import fail, receive, socket

port, count, topic, delay = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
time.sleep(delay)
sub = socket(zmq.SUB)
sub.setsockopt(zmq.SUBSCRIBE, topic.encode())
sub.connect("tcp://127.0.0.1:" + port)
print("connected after", delay, "s")
for n in range(count):
    got = receive(sub, "message %d" % n).decode()
    expected = "%s %d" % (topic, n)
    if got != expected:
        fail(1, "MISSED: got %r, expected %r" % (got, expected))
print("OK %d messages from the first" % count)
while True:
    time.sleep(1)
