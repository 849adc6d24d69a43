"""The JSON API the explorer reads, against the real server over the seed store: events by
date and modality, one event, event places with coordinates, documents with their text,
Wikidata-id search, labels on every graph node, and the pages and assets themselves."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.api.conftest import REPO

PA = "https://w3id.org/parley/ontology#"
PID = "https://w3id.org/parley/id/"
SEED_TEXT = (REPO / "data" / "articles" / "seed.txt").read_text(encoding="utf-8")


def _all_events(client: httpx.Client, **params: object) -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    cursor = None
    while True:
        response = client.get("/events", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        events += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return events


def test_events_newest_first_pages_through_every_event_once(client: httpx.Client) -> None:
    by_iri = _all_events(client)
    newest = _all_events(client, sort="-date")
    oldest = _all_events(client, sort="date")
    assert sorted(e["iri"] for e in newest) == sorted(e["iri"] for e in by_iri)  # type: ignore[type-var]
    assert len({e["iri"] for e in newest}) == len(newest)
    keys = [e["date"] or "" for e in newest]
    assert keys == sorted(keys, reverse=True), keys
    assert [e["date"] or "" for e in oldest] == sorted(e["date"] or "" for e in oldest)
    assert keys[0] == "2025-06-09"  # the exchange reported on Monday 9 June


def test_cursor_of_another_order_and_bad_sort_are_client_errors(client: httpx.Client) -> None:
    first = client.get("/events", params={"limit": 1}).json()
    response = client.get("/events", params={"sort": "-date", "cursor": first["next_cursor"]})
    assert response.status_code == 400, response.text
    assert "another sort order" in response.json()["detail"]
    assert client.get("/events", params={"sort": "confidence"}).status_code == 422


def test_modality_and_text_filters(client: httpx.Client) -> None:
    planned = _all_events(client, modality="Planned")
    assert planned and all(e["values"]["modality"] == [PA + "Planned"] for e in planned)  # type: ignore[index]
    everything = _all_events(client)
    assert len(planned) < len(everything)
    response = client.get("/events", params={"modality": "maybe"})
    assert response.status_code == 400 and "Asserted" in response.json()["detail"]
    istanbul = _all_events(client, q="ISTANBUL")
    assert istanbul
    for event in istanbul:
        assert any("istanbul" in (ev["text"] or "").lower() for ev in event["evidence"])  # type: ignore[attr-defined]


def test_one_event_by_short_id(client: httpx.Client) -> None:
    listed = client.get("/events", params={"limit": 1}).json()["events"][0]
    short = listed["id"].removeprefix("event/")
    for id_ in (listed["id"], short):
        response = client.get(f"/events/{id_}")
        assert response.status_code == 200, response.text
        assert response.json() == listed
    assert client.get("/events/actor/russia").status_code == 404  # an entity, not an event
    assert client.get("/events/nothing-here").status_code == 404


def test_event_places_carry_coordinates_from_the_knowledge_base(client: httpx.Client) -> None:
    response = client.get("/events/places")
    assert response.status_code == 200, response.text
    places = {p["label"]: p for p in response.json()["places"]}
    istanbul = places["Istanbul"]
    # cities.csv gives Istanbul at about 41.0 N, 28.7 E.
    assert istanbul["latitude"] == pytest.approx(41.0, abs=0.5)
    assert istanbul["longitude"] == pytest.approx(28.7, abs=0.5)
    located = _all_events(client, location=istanbul["id"])
    assert istanbul["events"] == len(located) > 0


def test_coordinates_are_wkt_points_in_the_graph(client: httpx.Client) -> None:
    query = """PREFIX wdt: <http://www.wikidata.org/prop/direct/>
    SELECT ?wkt WHERE { <https://w3id.org/parley/id/place/istanbul> wdt:P625 ?wkt }"""
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    (binding,) = response.json()["results"]["bindings"]
    assert binding["wkt"]["datatype"] == "http://www.opengis.net/ont/geosparql#wktLiteral"
    longitude, latitude = (float(v) for v in binding["wkt"]["value"].removeprefix("Point(").rstrip(")").split())
    assert (latitude, longitude) == pytest.approx((41.0, 28.7), abs=0.5)


def test_documents_list_and_text_that_the_offsets_index(client: httpx.Client) -> None:
    listed = client.get("/documents")
    assert listed.status_code == 200, listed.text
    assert "seed" in [d["id"] for d in listed.json()["documents"]]
    response = client.get("/documents/seed")
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["text"] == SEED_TEXT.strip() or doc["text"] == SEED_TEXT
    assert doc["issued"] == "2025-06-09" and doc["events"]
    event = client.get(f"/events/{doc['events'][0]['iri'].removeprefix(PID)}").json()
    for ev in event["evidence"]:
        assert doc["text"][ev["char_start"] : ev["char_end"]] == ev["text"]
    assert client.get("/documents/no-such-doc").status_code == 404


def test_documents_paging(client: httpx.Client) -> None:
    first = client.get("/documents", params={"limit": 1}).json()
    seen = [d["id"] for d in first["documents"]]
    cursor = first["next_cursor"]
    while cursor:
        page = client.get("/documents", params={"limit": 1, "cursor": cursor}).json()
        seen += [d["id"] for d in page["documents"]]
        cursor = page["next_cursor"]
    assert seen == sorted(seen) and len(seen) == len(set(seen))
    assert client.get("/documents", params={"cursor": "%%%"}).status_code == 400


def test_search_by_wikidata_id(client: httpx.Client) -> None:
    response = client.get("/entities", params={"q": "q159"})
    assert response.status_code == 200, response.text
    top = response.json()["results"][0]
    assert top["iri"] == PID + "actor/russia" and top["matched"] == "Q159" and top["score"] > 100


def test_every_graph_node_has_a_label(client: httpx.Client) -> None:
    body = client.get("/entities/russia/neighbourhood", params={"hops": 2}).json()
    labels = {n["data"]["id"]: n["data"]["label"] for n in body["nodes"]}
    assert all(labels.values()), labels
    events = [n["data"] for n in body["nodes"] if "/event/" in n["data"]["id"]]
    assert events and all(e["label"].split()[0] in {t.removeprefix(PA) for t in e["types"]} for e in events)


def test_explorer_pages_and_assets_are_served(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/js/app.js" in page.text and "http" not in page.text.replace("http-equiv", "")
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assert "/static/vendor/" in html and "cdn" not in html and "fonts.googleapis" not in html
    asset = client.get("/static/vendor/cytoscape/cytoscape.min.js")
    assert asset.status_code == 200 and "javascript" in asset.headers["content-type"]
    assert client.get("/static/vendor/cytoscape/LICENSE").status_code == 200
    assert client.get("/static/../pyproject.toml").status_code == 404
