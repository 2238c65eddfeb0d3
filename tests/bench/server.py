"""Serve the farm on loopback: nginx where it is installed, else a Python server in its own process.

Both answer conditional requests the way real feed servers do: ``ETag`` and ``Last-Modified`` on
every 200, and ``304 Not Modified`` to a matching ``If-None-Match`` / ``If-Modified-Since``. Both
listen only on the farm's loopback addresses (``127.0.1.x``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.bench.farm import Farm

NGINX_CONF = """\
daemon off;
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 8192; multi_accept on; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    keepalive_timeout 60s;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    types {{ application/rss+xml rss; application/atom+xml atom; }}
    default_type application/octet-stream;
    server {{
{listen}
        root {root};
        etag on;
        if_modified_since exact;
    }}
}}
"""


def free_port(host: str = "127.0.1.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def nginx_path() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )


def _wait_listening(farm: Farm, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 20
    pending = set(farm.hosts)
    while pending:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with status {proc.returncode} before listening")
        for host in list(pending):
            with contextlib.suppress(OSError), socket.create_connection((host, farm.port), timeout=0.2):
                pending.discard(host)
        if pending:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} is not listening on {sorted(pending)[:3]}")
            time.sleep(0.05)


@contextlib.contextmanager
def serve(farm: Farm, *, prefer: str = "nginx") -> Iterator[str]:
    """Serve ``farm`` until the block ends; yields a description of the server."""
    nginx = nginx_path() if prefer == "nginx" else None
    for folder in (farm.root, farm.root / "feed"):
        folder.chmod(0o755)  # nginx's workers run as an unprivileged user
    if nginx:
        run = farm.root / "nginx"
        run.mkdir(exist_ok=True)
        listen = "\n".join(f"        listen {h}:{farm.port};" for h in farm.hosts)
        conf = run / "nginx.conf"
        conf.write_text(NGINX_CONF.format(run=run, root=farm.root, listen=listen), encoding="utf-8")
        version = subprocess.run([nginx, "-v"], check=False, capture_output=True, text=True).stderr.strip()
        command = [nginx, "-c", str(conf), "-p", str(run), "-e", str(run / "error.log")]
        desc = f"{version.removeprefix('nginx version: ')} (1 worker process)"
    else:
        command = [
            sys.executable,
            "-m",
            "tests.bench.pyserver",
            str(farm.root),
            str(farm.port),
            *farm.hosts,
        ]
        desc = "Python http.server in its own process (nginx not found)"
    proc = subprocess.Popen(command, cwd=Path(__file__).resolve().parents[2], start_new_session=True)
    try:
        _wait_listening(farm, proc, command[0])
        yield desc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
