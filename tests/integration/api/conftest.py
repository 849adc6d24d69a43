"""A real uvicorn server over a store built from the seed article, once per session.

The store is built by the ``parley build`` command in a subprocess (the real pipeline), so
this process never holds the store's lock; the server runs as its own process, configured
only through ``PARLEY_*`` variables and, for the read-protected server, a TOML file named
by ``PARLEY_CONFIG`` — the ways a deployment configures it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.servers import stop

REPO = Path(__file__).resolve().parents[3]
ADMIN = "admin-token-for-tests"
READER = "reader-token-for-tests"
DEADLINE = 2.0


@dataclass(frozen=True)
class Server:
    url: str
    store: Path

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pristine store with the seed article; servers run on copies of it."""
    store = tmp_path_factory.mktemp("api") / "seed-store"
    done = subprocess.run(
        [sys.executable, "-m", "graph_builder.cli", "build", str(REPO / "data" / "articles"), "--store", str(store)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return store


def _serve(store: Path, env: dict[str, str], log: Path, command: list[str] | None = None) -> Iterator[Server]:
    port = _free_port()
    command = command or [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1"]
    environment = {**os.environ, "PARLEY_STORE": str(store), **env}
    with log.open("wb") as out:
        process = subprocess.Popen([*command, "--port", str(port)], cwd=REPO, env=environment, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError(f"server did not start: {log.read_text()}")
        yield Server(url, store)
    finally:
        stop(process)


@pytest.fixture(scope="session")
def server(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Open reads, writes with the admin token, a short deadline and small limits."""
    work = tmp_path_factory.mktemp("server")
    store = work / "store"
    shutil.copytree(seed_dir, store)
    env = {
        "PARLEY_ADMIN_TOKEN": ADMIN,
        "PARLEY_QUERY_TIMEOUT": str(DEADLINE),
        "PARLEY_QUERY_WORKERS": "2",
        "PARLEY_RESULT_LIMIT": "1000",
        "PARLEY_MAX_REQUEST_BYTES": "100000",
        "PARLEY_CORS_ORIGINS": '["http://localhost:3000"]',
    }
    yield from _serve(store, env, work / "server.log")


@pytest.fixture(scope="session")
def private_server(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Reads need a token; no admin token, so writes are disabled. Configured by a TOML file."""
    work = tmp_path_factory.mktemp("private")
    store = work / "store"
    shutil.copytree(seed_dir, store)
    config = work / "parley.toml"
    config.write_text(f'read_token = "{READER}"\nquery_workers = 1\n', encoding="utf-8")
    env = {"PARLEY_CONFIG": str(config), "PARLEY_ADMIN_TOKEN": ""}
    yield from _serve(store, env, work / "server.log")


@pytest.fixture()
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as http:
        yield http


@pytest.fixture()
def admin(server: Server) -> Iterator[httpx.Client]:
    with server.client(ADMIN) as http:
        yield http


@pytest.fixture(scope="session")
def explorer_server(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The browser tests' own copy of the seed store: they upload a document through the UI."""
    work = tmp_path_factory.mktemp("explorer")
    store = work / "store"
    shutil.copytree(seed_dir, store)
    yield from _serve(store, {"PARLEY_ADMIN_TOKEN": ADMIN}, work / "server.log")
