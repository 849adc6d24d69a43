"""Fuzz the SPARQL endpoints for a bounded time: no 5xx but deadline answers, no worker
lost, no outbound connection, every refusal a JSON 4xx."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.integration.api.conftest import ADMIN, Server, _serve
from tests.integration.api.security.conftest import Listener
from tests.integration.api.security.fuzz import SEED_QUERIES, SEED_UPDATES, Fuzzer

FUZZ_SECONDS = 40.0
RANDOM_SEED = 12


@pytest.fixture(scope="module")
def fuzz_server(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Its own server: fuzzed updates may drop any graph."""
    work = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(seed_dir, work / "store")
    env = {"PARLEY_ADMIN_TOKEN": ADMIN, "PARLEY_QUERY_TIMEOUT": "2", "PARLEY_QUERY_WORKERS": "2",
           "PARLEY_MAX_REQUEST_BYTES": "200000"}  # fmt: skip
    yield from _serve(work / "store", env, work / "server.log")


def _send(http: httpx.Client, fuzzer: Fuzzer, update: bool) -> httpx.Response:
    text = fuzzer.mutate(fuzzer.rng.choice(SEED_UPDATES if update else SEED_QUERIES))
    how = fuzzer.rng.randrange(3)
    name = "update" if update else "query"
    fuzzer.tried[f"{name}/{how}"] = fuzzer.tried.get(f"{name}/{how}", 0) + 1
    body = text.encode("utf-8", "surrogatepass")
    if how == 0 and not update and len(body) < 20_000:  # httpx refuses longer URL components
        return http.get("/sparql", params={"query": body.decode("utf-8", "replace")})
    if how == 1:
        return http.post("/sparql", data={name: body.decode("utf-8", "replace")})
    media = "application/sparql-update" if update else "application/sparql-query"
    return http.post("/sparql/update" if update else "/sparql", content=body, headers={"Content-Type": media})


def test_fuzzed_sparql_never_breaks_the_server(fuzz_server: Server, listener: Listener) -> None:
    fuzzer = Fuzzer(random.Random(RANDOM_SEED), listener.origin, listener.port)
    statuses: Counter[int] = Counter()
    unexpected: list[tuple[int, str, str]] = []
    ends = time.monotonic() + FUZZ_SECONDS
    with fuzz_server.client(ADMIN) as http:
        while time.monotonic() < ends:
            response = _send(http, fuzzer, update=fuzzer.rng.random() < 0.3)
            statuses[response.status_code] += 1
            deadline = response.status_code == 503 and "deadline" in response.text
            if response.status_code >= 500 and not deadline:
                unexpected.append((response.status_code, response.text[:200], str(response.request.url)[:200]))
            elif response.status_code >= 400:
                assert response.headers["content-type"] == "application/json", response.text[:200]
                assert response.json()["detail"]
        health = http.get("/health").json()
    print(f"\nfuzz: {sum(statuses.values())} requests in {FUZZ_SECONDS:g} s, statuses {dict(statuses)}, "
          f"workers lost {health['workers_lost']}, outbound connections {listener.connections}")  # fmt: skip
    assert not unexpected, unexpected[:5]
    assert health["workers_lost"] == 0
    assert listener.connections == 0
    assert sum(statuses.values()) >= 200
