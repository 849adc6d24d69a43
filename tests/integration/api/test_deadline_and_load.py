"""The deadline really stops a runaway query while other clients are served, and readers
keep getting answers while documents are ingested."""

from __future__ import annotations

import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from graph_builder.errors import QueryTimeoutError
from graph_builder.query_pool import GraphCall, QueryPool, QueryTask
from tests.integration.api.conftest import DEADLINE, Server

HEAVY_GRAPH = "urn:parley:test:heavy"
UPDATE = {"Content-Type": "application/sparql-update"}
# A three-way cross join over the inserted triples: 1e9 rows to count, far past the deadline.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:parley:test:heavy> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }"
CHEAP = "ASK { <https://w3id.org/parley/id/actor/russia> ?p ?o }"


def _timed_heavy(server: Server, outcome: dict[str, object]) -> None:
    with server.client() as http:
        started = time.monotonic()
        response = http.get("/sparql", params={"query": HEAVY})
        outcome.update(
            status=response.status_code, detail=response.json()["detail"], elapsed=time.monotonic() - started
        )
        outcome["finished"] = time.monotonic()


def test_runaway_query_is_stopped_while_a_cheap_query_answers(server: Server, admin: httpx.Client) -> None:
    triples = " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(1000))
    inserted = admin.post(
        "/sparql/update", content=f"INSERT DATA {{ GRAPH <{HEAVY_GRAPH}> {{ {triples} }} }}", headers=UPDATE
    )
    assert inserted.status_code == 204, inserted.text
    try:
        outcome: dict[str, object] = {}
        heavy = threading.Thread(target=_timed_heavy, args=(server, outcome))
        heavy.start()
        time.sleep(0.5)  # let the heavy query reach a worker
        with server.client() as http:
            cheap = http.get("/sparql", params={"query": CHEAP})
            cheap_done = time.monotonic()
        heavy.join(30)
        assert cheap.status_code == 200 and cheap.json()["boolean"] is True, cheap.text
        assert outcome["status"] == 503, outcome
        assert "deadline" in str(outcome["detail"])
        assert cheap_done < outcome["finished"]  # type: ignore[operator]
        assert DEADLINE - 0.1 <= outcome["elapsed"] < DEADLINE + 1.0, outcome  # type: ignore[operator]
        # Runaway queries on every worker at once: all are stopped, and the workers that
        # replace them answer the next client (they would still be busy were they not killed).
        outcomes: list[dict[str, object]] = [{}, {}]
        runaways = [threading.Thread(target=_timed_heavy, args=(server, o)) for o in outcomes]
        for thread in runaways:
            thread.start()
        for thread in runaways:
            thread.join(30)
        assert [o["status"] for o in outcomes] == [503, 503], outcomes
        with server.client() as http:
            answers = [http.get("/sparql", params={"query": CHEAP}).status_code for _ in range(6)]
            assert http.get("/health").json()["queries_stopped"] >= 3
        assert answers == [200] * 6
    finally:
        admin.delete("/rdf-graphs", params={"graph": HEAVY_GRAPH})


def _reader(server: Server, stop: threading.Event, index: int) -> list[int]:
    statuses = []
    with server.client() as http:
        while not stop.is_set() or not statuses:
            if index % 2:
                response = http.get("/entities/russia/neighbourhood")
            else:
                response = http.get(
                    "/sparql",
                    params={"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
                )
            statuses.append(response.status_code)
    return statuses


def test_concurrent_readers_while_documents_are_ingested(server: Server, admin: httpx.Client) -> None:
    ids = [f"load-{i}" for i in range(5)]
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=20) as pool:
        readers = [pool.submit(_reader, server, stop, i) for i in range(20)]
        try:
            for doc_id in ids:
                text = f"Russia and Ukraine exchanged {len(doc_id) + 10} prisoners of war in Istanbul ({doc_id})."
                response = admin.post("/documents", json={"id": doc_id, "text": text, "published": "2025-07-01"})
                assert response.status_code == 200, response.text
                assert [d["id"] for d in response.json()["built"]] == [doc_id]
        finally:
            stop.set()
        statuses = [status for reader in readers for status in reader.result()]
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    with server.client() as http:
        found = http.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}).json()
        graphs = {b["g"]["value"].rsplit("/", 1)[-1] for b in found["results"]["bindings"]}
        assert set(ids) <= graphs
        for doc_id in ids:
            assert admin.delete(f"/documents/{doc_id}").status_code == 200


def test_pool_serves_a_waiting_caller_while_others_hammer(seed_dir: Path, tmp_path: Path) -> None:
    """Workers go to the oldest waiter: busy callers cannot starve another one past its deadline."""
    store_dir = tmp_path / "store"
    shutil.copytree(seed_dir, store_dir)
    pool = QueryPool(store_dir, size=2, timeout=5.0)
    stop = threading.Event()
    served = [0]

    def hammer() -> None:
        while not stop.is_set():
            pool.run(QueryTask(CHEAP))
            served[0] += 1

    threads = [threading.Thread(target=hammer) for _ in range(6)]
    try:
        for thread in threads:
            thread.start()
        answers = [pool.run(QueryTask(CHEAP, format="json")).body for _ in range(10)]
    finally:
        stop.set()
        for thread in threads:
            thread.join(10)
        pool.close()
    assert answers == [b'{"head": {}, "boolean": true}'] * 10
    assert served[0] > 0


def test_a_graph_walk_past_its_own_deadline_is_a_timeout(seed_dir: Path, tmp_path: Path) -> None:
    """The walk checks its deadline between steps in the worker; that timeout must reach the
    server as a timeout (503), not as a bad query (400), whichever deadline fires first."""
    store_dir = tmp_path / "store"
    shutil.copytree(seed_dir, store_dir)
    pool = QueryPool(store_dir, size=1, timeout=30.0)
    walk = GraphCall("graph_builder.neighbourhood", "neighbourhood_answer",
                     {"entity_id": "russia", "hops": 3, "timeout": 1e-9})  # fmt: skip
    try:
        with pytest.raises(QueryTimeoutError, match="deadline"):
            pool.run(walk)
    finally:
        pool.close()
