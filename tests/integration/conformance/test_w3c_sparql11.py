"""The W3C SPARQL 1.1 Protocol (34 tests) and Graph Store Protocol (13 tests) suites, replayed
against a real server: every request of every test, on an empty store holding only the
test's own graphs, judged on status, result format, ASK answer and returned graph.

Run alone: ``.venv/bin/python -m pytest tests/integration/conformance``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.integration.api.conftest import ADMIN, Server
from tests.integration.conformance.w3c import W3CTest, load_tests, local_path, problems

TESTS = load_tests()
EVERYTHING = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def test_the_manifests_list_all_47_tests() -> None:
    # A manifest reader that silently dropped tests would make every other figure look better.
    assert len(TESTS) == 47
    assert len({t.name for t in TESTS}) == 47
    assert sum(len(t.exchanges) for t in TESTS) == 78


@pytest.fixture()
def http(w3c_server: Server) -> Iterator[httpx.Client]:
    """An admin client on an empty store: the runner's own requests, not the suite's."""
    with w3c_server.client(ADMIN) as client:
        empty = client.post("/sparql", content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
        assert empty.status_code == 204, empty.text
        ask = client.post("/sparql", content=EVERYTHING, headers={"Content-Type": "application/sparql-query"})
        assert ask.json() == {"head": {}, "boolean": False}, ask.text
        yield client


def load_graphs(http: httpx.Client, test: W3CTest) -> None:
    for graph, path in test.graph_data:
        put = http.put(
            "/rdf-graphs", params={"graph": graph}, content=path.read_bytes(),
            headers={"Content-Type": "application/n-triples"},
        )  # fmt: skip
        assert put.status_code == 201, put.text


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_w3c(http: httpx.Client, test: W3CTest) -> None:
    load_graphs(http, test)
    variables: dict[str, str] = {}
    for number, exchange in enumerate(test.exchanges, start=1):
        path = local_path(exchange.path, variables)
        request = http.build_request(exchange.method, path, content=exchange.body, headers=dict(exchange.headers))
        if "content-type" not in dict(exchange.headers):
            # httpx adds none for raw content; the suite's "no media type" cases must stay so.
            request.headers.pop("content-type", None)
        response = http.send(request)
        found = problems(exchange, response)
        assert not found, f"{test.title}, request {number} ({exchange.method} {path}): {found}\n{response.text[:800]}"
        if exchange.location_variable is not None:
            variables[exchange.location_variable] = response.headers["location"]
