"""Three REQ clients of the app's CURVE-secured REP server at PORT (keys in KEYS): one with its own key pair from the
key folder (keys/py-client.key_secret) gets its reply; one with a key pair the folder does not know, and one with no
CURVE at all, get nothing within 2 s (the server's ZAP handler refuses the first, the handshake fails for the second).
Exit 0 when exactly that happened."""
import os
import sys
import zmq
import zmq.auth

port, keys = sys.argv[1], sys.argv[2]
endpoint = "tcp://127.0.0.1:" + port
server_public, _ = zmq.auth.load_certificate(os.path.join(keys, "server.key"))
context = zmq.Context.instance()


def client(public, secret):
    s = context.socket(zmq.REQ)
    s.setsockopt(zmq.LINGER, 0)
    s.setsockopt(zmq.RCVTIMEO, 2000 if secret is None or public != mine_public else 15000)
    if secret is not None:
        s.curve_publickey, s.curve_secretkey, s.curve_serverkey = public, secret, server_public
    s.connect(endpoint)
    return s


def ask(s, text):
    s.send(text.encode())
    try:
        return s.recv().decode()
    except zmq.Again:
        return None


mine_public, mine_secret = zmq.auth.load_certificate(os.path.join(keys, "py-client.key_secret"))
stranger_public, stranger_secret = zmq.curve_keypair()
known = ask(client(mine_public, mine_secret), "from a known client")
stranger = ask(client(stranger_public, stranger_secret), "from a stranger")
plain = ask(client(None, None), "in plain text")
print("known: %s; stranger: %s; plain: %s" % (known, stranger, plain), flush=True)
if known != "ok from a known client" or stranger is not None or plain is not None:
    sys.exit(1)
print("OK only the known client got through")
