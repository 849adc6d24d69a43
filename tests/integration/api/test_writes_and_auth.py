"""Writes against the real server: auth paths, documents, SPARQL Update, Graph Store Protocol,
and the request size limit."""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from tests.integration.api.conftest import READER, Server

PID = "https://w3id.org/parley/id/"
UPDATE = {"Content-Type": "application/sparql-update"}
TURTLE = {"Content-Type": "text/turtle"}
ARTICLE = {
    "id": "api-talks",
    "text": "Russia and Ukraine held talks in Istanbul on Tuesday about a new prisoner exchange.",
    "published": "2025-07-01",
    "title": "Talks in Istanbul",
    "url": "https://news.example/talks",
}


def graphs(client: httpx.Client) -> set[str]:
    response = client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert response.status_code == 200, response.text
    return {b["g"]["value"] for b in response.json()["results"]["bindings"]}


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic abc"}, 401)],
)
def test_writes_need_the_admin_token(client: httpx.Client, headers: dict[str, str], status: int) -> None:
    attempts = [
        client.post("/documents", json=ARTICLE, headers=headers),
        client.delete("/documents/seed", headers=headers),
        client.post("/sparql/update", content="CLEAR ALL", headers={**headers, **UPDATE}),
        client.post("/sparql", data={"update": "CLEAR ALL"}, headers=headers),
        client.put("/rdf-graphs", params={"graph": "urn:x"}, content="", headers=headers),
        client.delete("/rdf-graphs", params={"default": ""}, headers=headers),
    ]
    assert [r.status_code for r in attempts] == [status] * len(attempts), [r.text for r in attempts]
    if status == 401:
        assert all(r.headers["www-authenticate"] == "Bearer" for r in attempts)
    assert "seed" in {g.rsplit("/", 1)[-1] for g in graphs(client)}


def test_ingest_then_delete_a_document(admin: httpx.Client, client: httpx.Client) -> None:
    response = admin.post("/documents", json=ARTICLE)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [d["id"] for d in report["built"]] == ["api-talks"] and not report["problems"]
    events = report["built"][0]["events"]
    assert any("Negotiation" in t for e in events for t in e["types"]), events
    assert PID + "graph/doc/api-talks" in graphs(client)
    again = admin.post("/documents", json=ARTICLE).json()
    assert again["unchanged"] == ["api-talks"] and again["built"] == []
    assert admin.delete("/documents/api-talks").json() == {"id": "api-talks", "deleted": True}
    assert PID + "graph/doc/api-talks" not in graphs(client)
    assert admin.delete("/documents/api-talks").status_code == 404


def test_jsonl_batch_reports_bad_lines_and_builds_the_rest(admin: httpx.Client, client: httpx.Client) -> None:
    good = {**ARTICLE, "id": "api-batch-1"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "bad id!", "text": "x"})]
    response = admin.post("/documents", content="\n".join(lines), headers={"Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert [d["id"] for d in report["built"]] == ["api-batch-1"]
    assert [p["source"] for p in report["problems"]] == ["line 2", "line 3"]
    assert admin.delete("/documents/api-batch-1").status_code == 200
    single = admin.post("/documents", json={"id": "x", "text": ""})
    assert single.status_code == 400, single.text


def test_sparql_update_and_graph_store_round_trip(admin: httpx.Client, client: httpx.Client) -> None:
    graph = "urn:parley:test:gsp"
    update = f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:b> "one" }} }}'
    assert admin.post("/sparql/update", content=update, headers=UPDATE).status_code == 204
    turtle = client.get("/rdf-graphs", params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200, turtle.text
    assert (URIRef("urn:a"), URIRef("urn:b"), Literal("one")) in Graph().parse(data=turtle.text, format="turtle")
    put = admin.put("/rdf-graphs", params={"graph": graph}, content='<urn:c> <urn:d> "two" .',
                    headers={"Content-Type": "text/turtle"})  # fmt: skip
    assert put.status_code == 204, put.text
    replaced = Graph().parse(data=client.get("/rdf-graphs", params={"graph": graph, "format": "nt"}).text, format="nt")
    assert set(replaced) == {(URIRef("urn:c"), URIRef("urn:d"), Literal("two"))}
    broken = admin.post("/rdf-graphs", params={"graph": graph}, content="<urn:c> <urn:d",
                        headers={"Content-Type": "text/turtle"})  # fmt: skip
    assert broken.status_code == 400, broken.text
    triple_term = "<urn:x> <urn:d> <<( <urn:a> <urn:b> <urn:c> )>> ."
    star = admin.post("/rdf-graphs", params={"graph": graph}, content=triple_term, headers=TURTLE)
    assert star.status_code == 400 and "triple terms" in star.json()["detail"], star.text
    kept = client.get("/rdf-graphs", params={"graph": graph, "format": "nt"}).text
    assert len(Graph().parse(data=kept, format="nt")) == 1
    assert admin.delete("/rdf-graphs", params={"graph": graph}).status_code == 204
    assert client.get("/rdf-graphs", params={"graph": graph}).status_code == 404
    malformed = admin.post("/sparql", data={"update": "INSERT DATA { <urn:a> }"})
    assert malformed.status_code == 400 and "malformed SPARQL update" in malformed.json()["detail"]


def test_oversized_requests_are_413(client: httpx.Client, admin: httpx.Client) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    response = client.post("/sparql", content=big, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413, response.text

    def chunks() -> object:
        for _ in range(30):
            yield b"x" * 10_000

    streamed = admin.post("/documents", content=chunks(), headers={"Content-Type": "application/json"})  # type: ignore[arg-type]
    assert streamed.status_code == 413, streamed.text


def test_read_token_and_disabled_writes(private_server: Server) -> None:
    query = {"query": "ASK { ?s ?p ?o }"}
    with private_server.client() as anonymous:
        assert anonymous.get("/sparql", params=query).status_code == 401
        assert anonymous.get("/entities/russia").status_code == 401
        assert anonymous.get("/health").status_code == 200
    with private_server.client("wrong") as stranger:
        assert stranger.get("/events").status_code == 403
    with private_server.client(READER) as reader:
        answer = reader.get("/sparql", params=query)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
        writes = reader.post("/sparql/update", content="CLEAR ALL", headers=UPDATE)
        assert writes.status_code == 403 and "writes are disabled" in writes.json()["detail"]
