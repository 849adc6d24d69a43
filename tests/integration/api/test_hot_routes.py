"""The hot routes (``/sparql`` queries, plain neighbourhoods) answer exactly as FastAPI's
routing of the same routes does: two real servers over copies of one store, one of them
with every request routed by FastAPI (``routed_app.py``), asked the same requests; status,
body and headers must agree, errors and their reasons included."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import _hot_route
from api.routers.entities import serve_neighbourhood
from api.routers.sparql import serve_sparql
from tests.integration.api.conftest import ADMIN, Server, _serve

PA = "https://w3id.org/parley/ontology#"
STATES = f"SELECT ?s ?label WHERE {{ ?s a <{PA}State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
EXCHANGES = f"CONSTRUCT {{ ?e <{PA}participant> ?p }} WHERE {{ ?e a <{PA}PrisonerExchange> ; <{PA}participant> ?p }}"
ENV = {
    "PARLEY_ADMIN_TOKEN": ADMIN,
    "PARLEY_QUERY_WORKERS": "2",
    "PARLEY_RESULT_LIMIT": "50",
    "PARLEY_MAX_REQUEST_BYTES": "100000",
    "PARLEY_CORS_ORIGINS": '["http://localhost:3000"]',
}
# Headers that differ between any two answers whatever the route.
VOLATILE = {"date", "server"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
QUERY_BODY = {"Content-Type": "application/sparql-query"}

# (method, path, params, headers, body)
REQUESTS: list[tuple[str, str, dict[str, object] | None, dict[str, str] | None, bytes | None]] = [
    ("GET", "/sparql", {"query": STATES}, None, None),
    ("GET", "/sparql", {"query": STATES}, {"Accept": "application/sparql-results+xml"}, None),
    ("GET", "/sparql", {"query": STATES, "format": "csv"}, None, None),
    ("GET", "/sparql", {"query": STATES}, {"Accept": "text/tab-separated-values"}, None),
    ("GET", "/sparql", {"query": STATES}, {"Accept": "text/turtle"}, None),
    ("GET", "/sparql", {"query": ALL}, None, None),
    ("GET", "/sparql", {"query": "ASK {}"}, {"Origin": "http://localhost:3000"}, None),
    ("GET", "/sparql", {"query": "SELECT ?x WHERE { ?x }"}, None, None),
    ("GET", "/sparql", {"query": [STATES, STATES]}, None, None),
    ("GET", "/sparql", {"update": "CLEAR ALL"}, None, None),
    ("GET", "/sparql", {"query": STATES, "default-graph-uri": "not an iri"}, None, None),
    ("GET", "/sparql", {"query": EXCHANGES}, {"Accept": "application/n-triples"}, None),
    ("GET", "/sparql", {"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"}, None, None),
    ("GET", "/sparql", {"query": "ASK {}"}, {"Authorization": "Basic abc"}, None),
    ("GET", "/sparql", None, None, None),
    ("HEAD", "/sparql", {"query": "ASK {}"}, None, None),
    ("PUT", "/sparql", None, None, b"x"),
    ("POST", "/sparql", None, FORM, b"query=ASK%20%7B%7D"),
    ("POST", "/sparql", None, QUERY_BODY, STATES.encode()),
    ("POST", "/sparql", {"query": "ASK {}"}, QUERY_BODY, b"ASK {}"),
    ("POST", "/sparql", None, {"Content-Type": "text/plain"}, b"ASK {}"),
    ("POST", "/sparql", None, {"Content-Type": "application/sparql-query; charset=latin-1"}, b"ASK {}"),
    ("POST", "/sparql", None, QUERY_BODY, b"ASK { \xff }"),
    ("POST", "/sparql", None, FORM, b"query=%FF"),
    ("POST", "/sparql", None, FORM, b"update=CLEAR%20ALL"),
    ("POST", "/sparql", None, QUERY_BODY, b"x" * 200_000),
    ("GET", "/entities/russia/neighbourhood", None, None, None),
    ("GET", "/entities/actor/russia/neighbourhood", {"hops": "2", "limit": "7"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"types": ["PrisonerExchange", "pa:State"]}, None, None),
    ("GET", "/entities/russia/neighbourhood", None, {"Accept": "text/turtle"}, None),
    ("GET", "/entities/russia/neighbourhood", {"hops": "0"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"hops": "4"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"hops": "two"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"hops": " 2"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"hops": ["1", "2"]}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"limit": "5001"}, None, None),
    ("GET", "/entities/russia/neighbourhood", {"types": "not a class"}, None, None),
    ("GET", "/entities/nobody/neighbourhood", None, None, None),
    ("GET", "/entities/a%20b/neighbourhood", None, None, None),
    ("GET", "/entities//neighbourhood", None, None, None),
    ("GET", "/entities/russia/neighbourhood/", None, None, None),
    ("GET", "/entities/russia/neighbourhood", None, {"Origin": "http://localhost:3000"}, None),
    ("POST", "/entities/russia/neighbourhood", None, None, None),
]


@pytest.fixture(scope="module")
def servers(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Server]]:
    work = tmp_path_factory.mktemp("hot-routes")
    shutil.copytree(seed_dir, work / "hot")
    shutil.copytree(seed_dir, work / "routed")
    routed_command = [sys.executable, "-m", "uvicorn", "tests.integration.api.routed_app:create_routed_app",
                      "--factory", "--host", "127.0.0.1"]  # fmt: skip
    hot = _serve(work / "hot", ENV, work / "hot.log")
    routed = _serve(work / "routed", ENV, work / "routed.log", routed_command)
    try:
        yield next(hot), next(routed)
    finally:
        hot.close()
        routed.close()


def _answer(server: Server, method: str, path: str, params: object, headers: object, body: bytes | None) -> tuple:
    with server.client() as http:
        response = http.request(method, path, params=params, headers=headers, content=body)  # type: ignore[arg-type]
    body = response.content
    volatile = VOLATILE | ({"content-length"} if server.url.encode() in body else set())
    kept = sorted((k, v) for k, v in response.headers.items() if k not in volatile)
    # The service description names the server (its port), and Turtle's prefixes come in
    # no fixed order.
    lines = body.replace(server.url.encode(), b"SERVER").split(b"\n")
    turtle = "turtle" in response.headers.get("content-type", "")
    return response.status_code, kept, sorted(lines) if turtle else lines


@pytest.mark.parametrize(("method", "path", "params", "headers", "body"), REQUESTS)
def test_hot_route_answers_as_the_routed_app(
    servers: tuple[Server, Server], method: str, path: str, params: object, headers: object, body: bytes | None
) -> None:
    hot, routed = servers
    assert _answer(hot, method, path, params, headers, body) == _answer(routed, method, path, params, headers, body)


def test_the_hot_routes_are_taken_and_still_documented(servers: tuple[Server, Server]) -> None:
    hot, _ = servers
    with hot.client() as http:
        schema = http.get("/openapi.json").json()
    assert {"get", "post"} <= set(schema["paths"]["/sparql"])
    assert "get" in schema["paths"]["/entities/{entity_id}/neighbourhood"]



def _scope(method: str, path: str, query: bytes = b"", root_path: str = "") -> dict[str, object]:
    return {"type": "http", "method": method, "path": path, "query_string": query, "root_path": root_path}


def test_which_requests_take_a_hot_route() -> None:
    """So that the comparison above is between the hot path and FastAPI's, not FastAPI twice."""
    assert _hot_route(_scope("GET", "/sparql", b"query=ASK%7B%7D")) is serve_sparql
    assert _hot_route(_scope("POST", "/sparql")) is serve_sparql
    assert _hot_route(_scope("GET", "/entities/actor/russia/neighbourhood", b"hops=2&types=x")) is serve_neighbourhood
    for scope in (
        _scope("HEAD", "/sparql"),
        _scope("GET", "/sparql", root_path="/api"),
        _scope("GET", "/sparql/update"),
        _scope("GET", "/entities/russia/neighbourhood", b"hops=0"),
        _scope("GET", "/entities/russia/neighbourhood", b"hops=1&hops=2"),
        _scope("GET", "/entities/russia/neighbourhood", b"limit=%2B5"),
        _scope("GET", "/entities/russia"),
        _scope("POST", "/entities/russia/neighbourhood"),
    ):
        assert _hot_route(scope) is None, scope
