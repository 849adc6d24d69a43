"""The JSON graph API against the real server: neighbourhoods, entity search and cards,
events with evidence and cursor pagination."""

from __future__ import annotations

import httpx
from rdflib import Graph, URIRef

from api.schemas import EntitySearchPublic, EventPagePublic, NeighbourhoodPublic
from tests.integration.api.conftest import REPO

PA = "https://w3id.org/parley/ontology#"
PID = "https://w3id.org/parley/id/"
RUSSIA, UKRAINE = PID + "actor/russia", PID + "actor/ukraine"
SEED_TEXT = (REPO / "data" / "articles" / "seed.txt").read_text(encoding="utf-8")


def test_russia_neighbourhood_has_the_exchange_and_ukraine(client: httpx.Client) -> None:
    """Issue 2: the neighbourhood of Russia, from a real server, holds the exchange and Ukraine."""
    response = client.get("/entities/russia/neighbourhood", params={"hops": 2})
    assert response.status_code == 200, response.text
    body = response.json()
    nodes = {n["data"]["id"]: n["data"] for n in body["nodes"]}
    edges = [e["data"] for e in body["edges"]]
    assert body["center"] == RUSSIA
    exchanges = [iri for iri, data in nodes.items() if PA + "PrisonerExchange" in data["types"]]
    assert exchanges, nodes
    assert UKRAINE in nodes and nodes[UKRAINE]["label"] == "Ukraine"
    # The exchange links both states: Cytoscape edges reference node ids.
    linked = {(e["source"], e["target"]) for e in edges if e["label"] == "participant"}
    assert any((x, RUSSIA) in linked and (x, UKRAINE) in linked for x in exchanges), linked
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)


def test_neighbourhood_types_filter_and_turtle(client: httpx.Client) -> None:
    only = client.get("/entities/actor/russia/neighbourhood", params={"types": ["PrisonerExchange"]}).json()
    kinds = {t for n in only["nodes"] if n["data"]["id"] != RUSSIA for t in n["data"]["types"]}
    assert kinds == {PA + "PrisonerExchange"}
    response = client.get("/entities/russia/neighbourhood", headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    graph = Graph().parse(data=response.text, format="turtle")
    assert (None, URIRef(PA + "participant"), URIRef(RUSSIA)) in graph


def test_entity_search_prefix_and_fuzzy(client: httpx.Client) -> None:
    prefix = client.get("/entities", params={"q": "ukr"}).json()["results"]
    assert prefix[0]["id"] == "actor/ukraine" and prefix[0]["score"] == 95.0
    fuzzy = client.get("/entities", params={"q": "Ukrainne"}).json()["results"]
    assert "actor/ukraine" in [hit["id"] for hit in fuzzy]
    states = client.get("/entities", params={"q": "russia", "types": "pa:State"}).json()["results"]
    assert [hit["id"] for hit in states] == ["actor/russia"]
    assert client.get("/entities", params={"q": ""}).status_code == 422


def test_entity_card(client: httpx.Client) -> None:
    response = client.get("/entities/russia")
    assert response.status_code == 200, response.text
    card = response.json()
    assert card["iri"] == RUSSIA and "Russia" in card["labels"]
    assert PA + "State" in card["types"]
    assert card["counts"]["events"] >= 2 and card["counts"]["documents"] == 1
    assert all(link.startswith("http://www.wikidata.org/entity/Q") for link in card["wikidata"])


def test_unknown_entity_is_404_and_bad_iri_400(client: httpx.Client) -> None:
    assert client.get("/entities/atlantis").status_code == 404
    assert client.get("/entities/atlantis/neighbourhood").status_code == 404
    response = client.get("/entities/https://exa mple.org/x")
    assert response.status_code == 400, response.text


def test_events_pages_cover_every_event_once(client: httpx.Client) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(50):
        params: dict[str, str | int] = {"limit": 3, "actor": "russia"}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/events", params=params).json()
        seen += [event["iri"] for event in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    everything = client.get("/events", params={"limit": 200, "actor": "russia"}).json()
    assert seen == [e["iri"] for e in everything["events"]] and len(seen) == len(set(seen)) > 3
    assert client.get("/events", params={"cursor": "!!not-a-cursor"}).status_code == 400


def test_events_carry_evidence_offsets_and_filters(client: httpx.Client) -> None:
    page = client.get("/events", params={"type": "PrisonerExchange", "limit": 200}).json()
    assert page["events"]
    for event in page["events"]:
        assert PA + "PrisonerExchange" in event["types"]
        assert event["documents"] == [PID + "doc/seed"]
        for ev in event["evidence"]:
            assert SEED_TEXT[ev["char_start"] : ev["char_end"]] == ev["text"]
            assert ev["title"] and ev["issued"] == "2025-06-09"
    dated = client.get("/events", params={"from": "2025-06-02", "to": "2025-06-02"}).json()["events"]
    assert dated and all(e["date"] == "2025-06-02" for e in dated)
    assert client.get("/events", params={"location": "atlantis"}).status_code == 404
    assert client.get("/events", params={"from": "June"}).status_code == 400


def test_fast_json_matches_the_documented_schemas(client: httpx.Client) -> None:
    """The hot routes write plain dicts with orjson; each body is exactly what its pydantic
    model (the OpenAPI schema) would have written."""
    checks = [
        ("/entities/russia/neighbourhood", {"hops": 2}, NeighbourhoodPublic),
        ("/entities", {"q": "ukr"}, EntitySearchPublic),
        ("/events", {"limit": 200}, EventPagePublic),
    ]
    for path, params, model in checks:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert model.model_validate(body).model_dump(mode="json") == body, path
    assert client.get("/events", params={"limit": 200}).json()["events"], "the seed has events to compare"
