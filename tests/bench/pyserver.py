"""The fallback feed server: ``python -m tests.bench.pyserver ROOT PORT HOST...``.

The standard library's file server (HTTP/1.1, keep-alive, one thread per connection) with an
``ETag`` beside its ``Last-Modified``, answering ``If-None-Match`` and ``If-Modified-Since`` with 304.
One listening socket per loopback host, all in this one process.
"""

from __future__ import annotations

import email.utils
import os
import signal
import sys
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FeedHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {".rss": "application/rss+xml", ".atom": "application/atom+xml", "": "text/plain"}  # noqa: RUF012

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        try:
            st = os.stat(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        etag = f'"{st.st_mtime_ns:x}-{st.st_size:x}"'
        last_modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if (inm is not None and etag in [t.strip() for t in inm.split(",")]) or (
            inm is None and ims == last_modified
        ):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return None
        f = open(path, "rb")  # noqa: SIM115  (closed by the base class after copying)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Length", str(st.st_size))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        return f


def main(argv: list[str]) -> None:
    root, port, hosts = argv[0], int(argv[1]), argv[2:]
    handler = partial(FeedHandler, directory=root)
    servers = []
    for host in hosts:
        server = ThreadingHTTPServer((host, port), handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1:])
