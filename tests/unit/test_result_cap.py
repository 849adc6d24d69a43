"""The row cap stays exact when pyoxigraph writes SELECT results (issue 13).

The capped writer counts row separators in the bytes going by; literals that contain those
separators make it over-count, which must only ever send the query to the exact row-by-row
writer, never cut a result short or let one past the cap."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from graph_builder.query_pool import QueryTask, evaluate
from graph_builder.sparql_formats import CSV, SPARQL_JSON, SPARQL_XML, TSV

# Each literal holds what some format's counter takes for a row boundary.
TRICKY = ['plain', 'a},{"b', "x},{}y", 'line\r\nbreak', "tab\there", 'quote " and <result>', "new\nline"]
FORMATS = [SPARQL_JSON, SPARQL_XML, CSV, TSV]


def _store(rows: int) -> ox.Store:
    store = ox.Store()
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:s{i:03d}"), ox.NamedNode("urn:p"), ox.Literal(TRICKY[i % len(TRICKY)]))
        for i in range(rows)
    )
    return store


def _rows(body: bytes, media: str) -> list[str]:
    """The ?o values of a result, parsed as a client would."""
    text = body.decode()
    if media == SPARQL_JSON:
        return [b["o"]["value"] for b in json.loads(text)["results"]["bindings"]]
    if media == SPARQL_XML:
        ns = "{http://www.w3.org/2005/sparql-results#}"
        # An XML parser reads a raw CR LF as LF: compare that way.
        results = ET.fromstring(text).iter(f"{ns}result")
        return [(r.find(f"{ns}binding/{ns}literal").text or "").replace("\n", "\r\n") for r in results]  # type: ignore[union-attr]
    if media == CSV:
        return [row["o"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    lines = text.split("\n")[1:-1]  # TSV: header, one line per row, a final newline
    return [json.loads(line) for line in lines]  # one column; N-Triples string escapes read as JSON


@pytest.mark.parametrize("media", FORMATS)
@pytest.mark.parametrize(("rows", "limit"), [(0, 1), (6, 7), (7, 7), (8, 7), (40, 7), (40, 40), (40, 39), (40, 1)])
def test_cap_is_exact_in_every_format(media: str, rows: int, limit: int) -> None:
    store = _store(rows)
    query = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?s"
    answer = evaluate(store, QueryTask(query, accept=media, limit=limit))
    assert answer.media_type == media
    assert answer.truncated is (rows > limit), answer.body
    expected = [TRICKY[i % len(TRICKY)] for i in range(min(rows, limit))]
    if media == SPARQL_XML:
        expected = [value.replace("\r\n", "\n").replace("\n", "\r\n") for value in expected]
    assert _rows(answer.body, media) == expected


def test_unbound_rows_are_rows() -> None:
    store = _store(5)
    answer = evaluate(store, QueryTask("SELECT ?x WHERE { ?s ?p ?o }", accept=SPARQL_JSON, limit=3))
    assert answer.truncated
    assert json.loads(answer.body)["results"]["bindings"] == [{}, {}, {}]
