"""Admission in the query pool: a client past its share, or a full queue, is answered 429
with ``Retry-After`` at once, while queries within the limits still answer (issue 13)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.errors import QueryTimeoutError, ServerBusyError
from graph_builder.query_pool import QueryPool, QueryTask

# A three-way cross join over 1,000 triples: 1e9 rows to count, far past its 1 s deadline.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CHEAP = "ASK { ?s ?p ?o }"


async def _admission(pool: QueryPool) -> None:
    # Two slow queries of client "a" fill its share (client_limit=2) and keep both workers busy.
    running = [asyncio.ensure_future(pool.submit(QueryTask(SLOW), timeout=1.0, client="a")) for _ in range(2)]
    await asyncio.sleep(0.2)
    with pytest.raises(ServerBusyError) as refused:
        await pool.submit(QueryTask(CHEAP), client="a")
    assert refused.value.retry_after >= 1 and "PARLEY_QUERY_CLIENT_LIMIT" in str(refused.value)
    # Another client is still admitted; with no worker free it waits in the queue (limit 1),
    # so a third client finds the queue full.
    waiting = asyncio.ensure_future(pool.submit(QueryTask(CHEAP), client="b"))
    await asyncio.sleep(0.05)
    with pytest.raises(ServerBusyError) as full:
        await pool.submit(QueryTask(CHEAP), client="c")
    assert "PARLEY_QUERY_QUEUE" in str(full.value)
    assert (await waiting).body.endswith(b"true}")
    for task in running:
        with pytest.raises(QueryTimeoutError):
            await task
    assert pool.refused == 2


def test_a_client_past_its_share_and_a_full_queue_get_429(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i)) for i in range(1000))
    store.flush()
    del store
    pool = QueryPool(tmp_path / "store", size=2, timeout=30.0, short_seconds=0, queue_limit=1, client_limit=2)

    async def admission() -> None:
        try:
            await _admission(pool)
        finally:
            pool.close()  # on the loop the pool is bound to, as the app's lifespan does

    asyncio.run(admission())
