"""Hostile-input fixtures: a listener that must never be contacted, and a server set up
the way an operator exposing it would: started by ``parley serve``, a federation
allow-list (naming only an origin where nothing listens) and a Host allow-list.

The servers under attack are the API suite's ``server`` (defaults: no federation) and
``exposed_server`` below; both are real uvicorn processes over copies of the seed store.
"""

from __future__ import annotations

import json
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.api.conftest import ADMIN, Server, _serve

MEMORY_MB = 256


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.port: int = self.socket.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.socket.close()


@pytest.fixture(scope="session")
def listener() -> Iterator[Listener]:
    """Every hostile test points SERVICE and LOAD here; it must count zero connections."""
    trap = Listener()
    yield trap
    trap.close()


def closed_origin() -> str:
    """An origin where nothing listens (the port was bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def exposed_server(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    """``parley serve`` allowed to reach one origin (nothing listens there), answering only
    Host 127.0.0.1, its query workers capped at MEMORY_MB; yields the server and the origin."""
    work = tmp_path_factory.mktemp("exposed")
    store = work / "store"
    shutil.copytree(seed_dir, store)
    origin = closed_origin()
    env = {
        "PARLEY_ADMIN_TOKEN": ADMIN,
        "PARLEY_QUERY_TIMEOUT": "20",  # long enough for a memory-hungry query to reach the cap
        "PARLEY_QUERY_WORKERS": "1",
        "PARLEY_FEDERATION_ORIGINS": json.dumps([origin]),
        "PARLEY_ALLOWED_HOSTS": '["127.0.0.1"]',
        "PARLEY_QUERY_MEMORY_MB": str(MEMORY_MB),
    }
    command = [sys.executable, "-m", "graph_builder.cli", "serve"]
    for server in _serve(store, env, work / "server.log", command):
        yield server, origin
