"""Defence in depth: where Linux allows it, offline query workers cannot reach any host,
so a SERVICE that got past the text checks still makes no connection."""

from __future__ import annotations

import multiprocessing as mp
import shutil
import socket
from pathlib import Path

import pytest

from graph_builder.errors import QueryError
from graph_builder.query_pool import QueryPool, QueryTask, cut_network
from tests.integration.api.security.conftest import Listener


def _probe(port: int, answers: mp.Queue) -> None:  # type: ignore[type-arg]
    isolated = cut_network()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        answers.put((isolated, True))
    except OSError:
        answers.put((isolated, False))


def test_offline_workers_cannot_call_out(seed_dir: Path, tmp_path: Path) -> None:
    trap = Listener()
    context = mp.get_context("forkserver")
    answers = context.Queue()
    probe = context.Process(target=_probe, args=(trap.port, answers))
    probe.start()
    isolated, connected = answers.get(timeout=30)
    probe.join(10)
    assert isolated != connected  # an isolated process cannot connect; one that is not, can
    trap.connections = 0
    shutil.copytree(seed_dir, tmp_path / "store")
    pool = QueryPool(tmp_path / "store", size=1, timeout=10, offline=True)
    try:
        # The pool itself checks nothing: this is what a SERVICE the guard missed would do.
        query = f"SELECT * {{ SERVICE <{trap.origin}/sparql> {{ ?s ?p ?o }} }}"
        if isolated:
            with pytest.raises(QueryError, match="unreachable"):
                pool.run(QueryTask(query))
            assert trap.connections == 0
        assert pool.run(QueryTask("ASK { ?s ?p ?o }", format="json")).body.endswith(b"true}")
    finally:
        pool.close()
        trap.close()
