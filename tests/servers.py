"""A real Oxigraph SPARQL server (PyPI ``oxigraph``) on a free loopback port, for tests and bench."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def oxigraph_executable() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server (PyPI oxigraph, a dev dependency) is not installed"
    return found


@contextmanager
def oxigraph_server(location: Path, *, timeout_s: int = 30) -> Iterator[str]:
    """``oxigraph serve --union-default-graph`` over ``location``; yields its base URL."""
    port = free_port()
    command = [oxigraph_executable(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph", "--timeout-s", str(timeout_s)]  # fmt: skip
    log = (location.parent / f"oxigraph-{port}.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "query", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, f"oxigraph serve exited: {(location.parent / log.name).read_text()}"
            assert time.monotonic() < deadline, "oxigraph serve did not answer within 30 s"
            time.sleep(0.1)
        yield url
    finally:
        stop(process)
        log.close()


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ask a server to stop; kill it if it has not within ten seconds."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
