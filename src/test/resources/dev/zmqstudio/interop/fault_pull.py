"""PULL binds PORT and takes messages "m {n} {time_us}" until none comes for 0.3 s after at least COUNT_MIN (the run ends a
quiet second after its last message); prints how
many came, the one-way latency (our clock and the sender's are the same machine's) and the longest gap between two."""
import statistics
import sys
import time
import zmq
from peer import fail, socket

port, count_min = sys.argv[1], int(sys.argv[2])
pull = socket(zmq.PULL)
pull.bind("tcp://127.0.0.1:" + port)
print("bound", port, flush=True)
latencies, arrivals = [], []
pull.setsockopt(zmq.RCVTIMEO, 15000)
while True:
    try:
        body = pull.recv()
    except zmq.Again:
        break
    now = time.time() * 1e6
    sent = int(body.decode().split()[2])
    latencies.append((now - sent) / 1000.0)
    arrivals.append(now / 1000.0)
    pull.setsockopt(zmq.RCVTIMEO, 300 if len(latencies) >= count_min else 15000)
if not latencies:
    fail(2, "timeout: nothing came")
gap = max(b - a for a, b in zip(arrivals, arrivals[1:])) if len(arrivals) > 1 else 0
print("received %d; latency min %.1f ms, median %.1f ms; longest gap %.0f ms"
      % (len(latencies), min(latencies), statistics.median(latencies), gap), flush=True)
