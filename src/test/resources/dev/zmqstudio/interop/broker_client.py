"""A Python producer and consumer of the app's broker (docs/broker-protocol.md), on the broker at PORT: publishes COUNT
messages to "py-topic" (and one more through a REQ socket), checks every ACK, that a fetch before registering is
refused, registers, fetches them all back byte-exact, commits, sees a long-poll fetch come back empty after its wait,
then reads the 5 messages the app's own producer publishes to "from-app". Exit 0 when all matched."""
import sys
import time
import zmq
from peer import fail, socket
from frames_peer import receive_frames, show

port, count = sys.argv[1], int(sys.argv[2])
endpoint = "tcp://127.0.0.1:" + port
broker = socket(zmq.DEALER)
broker.connect(endpoint)


def ask(frames, what):
    broker.send_multipart(frames)
    return receive_frames(broker, what)


def payload(n):
    return b"py message %d \xff\x00" % n


for n in range(count):
    reply = ask([b"PUB", b"py-topic", payload(n), b"py:%d" % n], "ACK %d" % n)
    if reply != [b"ACK", b"py-topic", str(n).encode(), b"py:%d" % n]:
        fail(1, "BAD ACK %d: %s" % (n, show(reply)))

req = socket(zmq.REQ)  # a REQ's empty delimiter comes back in front of the reply, as from any ROUTER
req.connect(endpoint)
req.send_multipart([b"PUB", b"py-topic", payload(count)])
reply = receive_frames(req, "ACK of the REQ's publish")
if reply != [b"ACK", b"py-topic", str(count).encode()]:
    fail(1, "BAD REQ ACK: %s" % show(reply))

reply = ask([b"FETCH", b"py-reader", b"py-topic", b"10"], "ERR")
if reply[0] != b"ERR" or b"not registered" not in reply[1]:
    fail(1, "FETCH BEFORE REG NOT REFUSED: %s" % show(reply))

reply = ask([b"REG", b"py-reader", b"py-topic"], "REG")
if reply != [b"REG", b"py-reader", b"py-topic", b"0"]:
    fail(1, "BAD REG: %s" % show(reply))

reply = ask([b"FETCH", b"py-reader", b"py-topic", b"1000"], "MSGS")
expected = [b"MSGS", b"py-topic", str(count + 1).encode()]
for n in range(count + 1):
    expected += [str(n).encode(), payload(n)]
if reply != expected:
    fail(1, "BAD MSGS: %s" % show(reply))

reply = ask([b"COMMIT", b"py-reader", b"py-topic", str(count + 1).encode()], "OK")
if reply != [b"OK", b"py-reader", b"py-topic", str(count + 1).encode()]:
    fail(1, "BAD OK: %s" % show(reply))

started = time.monotonic()
reply = ask([b"FETCH", b"py-reader", b"py-topic", b"10", b"400"], "an empty long poll")
waited = time.monotonic() - started
if reply != [b"MSGS", b"py-topic", str(count + 1).encode()] or waited < 0.35:
    fail(1, "BAD LONG POLL after %.2f s: %s" % (waited, show(reply)))

ask([b"REG", b"py-app-reader", b"from-app"], "REG from-app")
got = []
while len(got) < 5:
    reply = ask([b"FETCH", b"py-app-reader", b"from-app", b"100", b"1000"], "from-app messages")
    got += [reply[i] for i in range(4, len(reply), 2)]
    ask([b"COMMIT", b"py-app-reader", b"from-app", reply[2]], "commit from-app")
if got != [b"app %d" % n for n in range(5)]:
    fail(1, "BAD from-app: %s" % got)
print("OK %d published, fetched back byte-exact, long poll %.2f s, 5 read from the app" % (count + 1, waited))
