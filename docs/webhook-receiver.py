#!/usr/bin/env python3
"""A webhook receiver for trying WB Assist's webhooks on the sandbox (docs/api.md, Webhooks).

    SECRET=whsec_... python3 docs/webhook-receiver.py [port]

Prints each delivery and whether its signature holds; answers 204, or 401 to a bad signature.
"""
import hashlib
import hmac
import http.server
import os
import sys
import time

SECRET = os.environ["SECRET"]


def verify(timestamp: str, signature: str, body: bytes, tolerance: int = 300) -> bool:
    if abs(time.time() - int(timestamp)) > tolerance:
        return False  # too old or from the future: possibly a replay
    expected = hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, part.strip()[3:])
               for part in signature.split(",") if part.strip().startswith("v1="))


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        ok = verify(self.headers.get("X-WB-Assist-Timestamp", "0"),
                    self.headers.get("X-WB-Assist-Signature", ""), body)
        print(self.headers.get("X-WB-Assist-Event"), "delivery", self.headers.get("X-WB-Assist-Delivery"),
              "signature ok" if ok else "BAD SIGNATURE", body.decode(), flush=True)
        self.send_response(204 if ok else 401)
        self.end_headers()


port = int(sys.argv[1]) if len(sys.argv) > 1 else 9999
http.server.HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
