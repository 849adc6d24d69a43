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
from graph_builder.sparql_formats import (
    CSV,
    RESULTS_FORMAT_OF,
    SPARQL_JSON,
    SPARQL_XML,
    TSV,
    CappedOutput,
    PastCapError,
    write_native,
)

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


def _long_store(rows: int) -> ox.Store:
    """Rows whose literals vary in length and hold every format's row mark, so that over
    many of pyoxigraph's output chunks, marks, strings and quoted fields straddle chunk ends."""
    store = ox.Store()
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:s{i:05d}"), ox.NamedNode("urn:p"), ox.Literal(TRICKY[i % len(TRICKY)] * (i % 23)))
        for i in range(rows)
    )
    return store


@pytest.mark.parametrize("media", FORMATS)
@pytest.mark.parametrize("limit", [1499, 1500, 1501, 2999])
def test_a_capped_result_is_the_first_rows_written_once(media: str, limit: int) -> None:
    """Cut at the cap, the body is byte for byte what pyoxigraph writes for the query with a
    LIMIT of the cap; the result is evaluated once (``evaluate`` gets one result iterator,
    and ``write_native`` has only that to work with)."""
    rows = 1500
    store = _long_store(rows)
    query = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"
    fmt = RESULTS_FORMAT_OF[media]
    body, truncated = write_native(store.query(query), media, limit=limit)
    assert truncated is (rows > limit)
    assert body == store.query(f"{query} LIMIT {limit}").serialize(format=fmt)
    answer = evaluate(store, QueryTask(query, accept=media, limit=limit))
    assert (answer.body, answer.truncated) == (body, truncated)


@pytest.mark.parametrize("media", FORMATS)
@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13])
def test_row_ends_are_found_across_any_chunking(media: str, chunk: int) -> None:
    """pyoxigraph hands over its output in chunks of its own choosing: cut anywhere (inside
    a string, a quoted field, between CR and LF, inside a mark), the rows stay exact."""
    rows, limit = 40, 20
    store = _long_store(rows)
    query = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"
    fmt = RESULTS_FORMAT_OF[media]
    document = store.query(query).serialize(format=fmt)
    output = CappedOutput(media, limit)
    with pytest.raises(PastCapError):
        for start in range(0, len(document), chunk):
            output.write(document[start : start + chunk])
    assert output.body() == store.query(f"{query} LIMIT {limit}").serialize(format=fmt)
