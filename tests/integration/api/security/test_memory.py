"""A query that needs more memory than a worker may use is stopped with a clear 400; its
worker is replaced and the next query answers."""

from __future__ import annotations

from tests.integration.api.conftest import Server
from tests.integration.api.security.conftest import MEMORY_MB

# 2 KB of SPARQL that doubles a string thirty times: 33 GB if nothing stops it.
DOUBLING = (
    'SELECT (STRLEN(?x) AS ?n) { BIND("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" AS ?a0) '
    + " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(30))
    + " BIND(?a30 AS ?x) }"
)


def test_memory_hungry_query_is_stopped_with_a_clear_error(exposed_server: tuple[Server, str]) -> None:
    server, _ = exposed_server
    with server.client() as http:
        lost = http.get("/health").json()["workers_lost"]
        response = http.get("/sparql", params={"query": DOUBLING})
        assert response.status_code == 400, response.text
        assert f"more than the {MEMORY_MB} MiB" in response.json()["detail"]
        assert "PARLEY_QUERY_MEMORY_MB" in response.json()["detail"]
        assert http.get("/health").json()["workers_lost"] == lost + 1
        after = http.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert after.status_code == 200 and after.json()["boolean"] is True, after.text
