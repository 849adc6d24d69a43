"""What the W3C suites leave open, pinned on the same real server: the dataset is exactly what
a request names, writes through the new routes still need the admin token, relative IRIs
resolve against the service, and ambiguous or malformed requests are 4xx with a reason."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, URIRef

from tests.integration.api.conftest import ADMIN, Server

QUERY = {"Content-Type": "application/sparql-query"}
UPDATE = {"Content-Type": "application/sparql-update"}
TURTLE = {"Content-Type": "text/turtle"}
G1, G2 = "urn:test:g1", "urn:test:g2"


@pytest.fixture()
def admin(w3c_server: Server) -> Iterator[httpx.Client]:
    """Two named graphs, one triple each, and nothing else."""
    with w3c_server.client(ADMIN) as client:
        data = f"GRAPH <{G1}> {{ <urn:s1> <urn:p> 1 }} GRAPH <{G2}> {{ <urn:s2> <urn:p> 2 }}"
        setup = f"DROP ALL ; INSERT DATA {{ {data} }}"
        assert client.post("/sparql", content=setup, headers=UPDATE).status_code == 204
        yield client


@pytest.fixture()
def anonymous(w3c_server: Server) -> Iterator[httpx.Client]:
    with w3c_server.client() as client:
        yield client


def ask(client: httpx.Client, query: str, **params: str | list[str]) -> bool:
    response = client.get("/sparql", params={"query": query, **params})
    assert response.status_code == 200, response.text
    answer: bool = response.json()["boolean"]
    return answer


def test_default_graph_uri_alone_leaves_no_named_graphs(admin: httpx.Client) -> None:
    assert ask(admin, "ASK { GRAPH ?g { ?s ?p ?o } }")
    assert ask(admin, "ASK { <urn:s1> ?p ?o }", **{"default-graph-uri": G1})
    assert not ask(admin, "ASK { GRAPH ?g { ?s ?p ?o } }", **{"default-graph-uri": G1})


def test_named_graph_uri_alone_leaves_an_empty_default_graph(admin: httpx.Client) -> None:
    assert ask(admin, "ASK { ?s ?p ?o }")  # the union, without a dataset
    assert not ask(admin, "ASK { ?s ?p ?o }", **{"named-graph-uri": G1})
    assert ask(admin, f"ASK {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}", **{"named-graph-uri": G1})
    assert not ask(admin, f"ASK {{ GRAPH <{G2}> {{ ?s ?p ?o }} }}", **{"named-graph-uri": G1})


def test_using_graph_uri_on_the_update_endpoint_too(admin: httpx.Client) -> None:
    copy = "INSERT { GRAPH <urn:test:copy> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    done = admin.post("/sparql/update", params={"using-graph-uri": G2}, content=copy, headers=UPDATE)
    assert done.status_code == 204, done.text
    assert ask(admin, "ASK { GRAPH <urn:test:copy> { <urn:s2> ?p ?o } }")
    assert not ask(admin, "ASK { GRAPH <urn:test:copy> { <urn:s1> ?p ?o } }")


def test_relative_iris_resolve_against_the_service(w3c_server: Server, admin: httpx.Client) -> None:
    response = admin.post("/sparql", content="SELECT ?x WHERE { BIND(<thing> AS ?x) }", headers=QUERY)
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"][0]["x"]["value"] == f"{w3c_server.url}/thing"


def test_a_directly_named_graph_is_its_own_url(w3c_server: Server, admin: httpx.Client) -> None:
    put = admin.put("/rdf-graphs/people/ada", content="<urn:ada> <urn:p> <relative> .", headers=TURTLE)
    assert put.status_code == 201, put.text
    iri = f"{w3c_server.url}/rdf-graphs/people/ada"
    # Relative IRIs in a body resolve against the graph's IRI.
    assert ask(admin, f"ASK {{ GRAPH <{iri}> {{ <urn:ada> <urn:p> <{w3c_server.url}/rdf-graphs/people/relative> }} }}")
    assert admin.head("/rdf-graphs/people/ada").status_code == 200
    assert admin.head("/rdf-graphs/people/nobody").status_code == 404
    clash = admin.get("/rdf-graphs/people/ada", params={"graph": G1})
    assert clash.status_code == 400, clash.text


def test_post_without_a_graph_creates_one_under_the_service(w3c_server: Server, admin: httpx.Client) -> None:
    created = admin.post("/rdf-graphs", content="<urn:new> <urn:p> 3 .", headers=TURTLE)
    assert created.status_code == 201, created.text
    location = created.headers["location"]
    assert location.startswith(f"{w3c_server.url}/rdf-graphs/")
    graph = Graph().parse(data=admin.get(location, headers={"Accept": "text/turtle"}).text, format="turtle")
    assert set(graph.subjects()) == {URIRef("urn:new")}
    again = admin.post("/rdf-graphs", content="<urn:new> <urn:p> 3 .", headers=TURTLE)
    assert again.headers["location"] != location


def test_new_routes_need_the_admin_token(anonymous: httpx.Client, admin: httpx.Client) -> None:
    attempts = [
        anonymous.put("/rdf-graphs/x", content="<urn:a> <urn:b> <urn:c> .", headers=TURTLE),
        anonymous.post("/rdf-graphs/x", content="<urn:a> <urn:b> <urn:c> .", headers=TURTLE),
        anonymous.delete("/rdf-graphs/x"),
        anonymous.post("/rdf-graphs", content="<urn:a> <urn:b> <urn:c> .", headers=TURTLE),
        anonymous.post("/sparql", params={"using-graph-uri": G1}, content="CLEAR ALL", headers=UPDATE),
    ]
    assert [r.status_code for r in attempts] == [401] * len(attempts), [r.text for r in attempts]
    assert ask(admin, "ASK { GRAPH ?g { ?s ?p ?o } }")  # nothing was cleared
    # Reads stay open, HEAD included.
    assert anonymous.head("/rdf-graphs", params={"graph": G1}).status_code == 200


@pytest.mark.parametrize(
    ("params", "body", "headers"),
    [
        ({"query": "ASK {}"}, "query=ASK+%7B%7D", {"Content-Type": "application/x-www-form-urlencoded"}),
        ({}, "query=ASK+%7B%7D&update=CLEAR+ALL", {"Content-Type": "application/x-www-form-urlencoded"}),
        ({"query": "ASK {}"}, "ASK {}", QUERY),
        ({"update": "CLEAR ALL"}, "CLEAR ALL", UPDATE),
        ({}, "ASK {}", {"Content-Type": "application/sparql-query; charset=latin-1"}),
        ({"using-graph-uri": "not an iri"}, "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", UPDATE),
        ({"using-graph-uri": G1}, "DELETE WHERE", UPDATE),
    ],
    ids=["query-twice", "query-and-update", "body-and-url", "update-twice", "charset", "bad-using-iri", "no-pattern"],
)
def test_ambiguous_or_malformed_requests_are_400(
    admin: httpx.Client, params: dict[str, str], body: str, headers: dict[str, str]
) -> None:
    response = admin.post("/sparql", params=params, content=body, headers=headers)
    assert response.status_code == 400, response.text
    assert response.json()["detail"]
    assert ask(admin, "ASK { GRAPH ?g { ?s ?p ?o } }")


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data; boundary=b", b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n"),
        ("multipart/form-data; boundary=other", b"--b\r\nContent-Type: text/turtle\r\n\r\n<a> <b> <c> .\r\n--b--\r\n"),
        ("multipart/form-data; boundary=b", b"--b\r\nContent-Type: text/turtle\r\n\r\n<a> <b\r\n--b--\r\n"),
    ],
    ids=["part-type", "boundary", "part-syntax"],
)
def test_bad_multipart_bodies_are_400(admin: httpx.Client, content_type: str, body: bytes) -> None:
    response = admin.post("/rdf-graphs", params={"graph": G1}, content=body, headers={"Content-Type": content_type})
    assert response.status_code == 400, response.text
    assert ask(admin, f"ASK {{ GRAPH <{G1}> {{ <urn:s1> ?p ?o }} }}")
