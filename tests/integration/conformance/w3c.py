"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol tests, read from their manifests.

Each test is a list of HTTP exchanges described in RDF (the W3C HTTP Vocabulary: method,
path, headers, body) with the expected response (status or status class, result format,
ASK answer, ``Location`` to remember, returned graph). This module turns the manifests into
plain records and judges a real response against them; it knows nothing about Parley except
where its two endpoints live (``ENDPOINTS``), which the manifests say a runner must supply.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

import httpx
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.query import Result
from rdflib.term import Node

SUITE = Path(__file__).resolve().parents[4] / "shared" / "eval" / "w3c-sparql11"
MANIFESTS = (SUITE / "protocol" / "manifest.ttl", SUITE / "graph-store-protocol" / "manifest.ttl")
# The manifests' stand-in paths, and Parley's endpoints for them.
ENDPOINTS = {"/sparql/": "/sparql", "/gsp": "/rdf-graphs"}

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

# hts:Created, hts:NoContent … are the reason phrases without spaces.
NAMED_STATUS = {status.phrase.replace(" ", ""): int(status) for status in HTTPStatus}
RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
BOOLEAN_MEDIA = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_MEDIA = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json", "application/trig")


@dataclass(frozen=True)
class Exchange:
    """One request of a test and what its response must be."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: tuple[range, ...]
    boolean: bool | None = None
    result_format: str | None = None  # "boolean", "tabular" or "RDF"
    location_variable: str | None = None
    content_type: str | None = None
    content: str | None = None


@dataclass(frozen=True)
class W3CTest:
    """A test: graphs to load first (graph IRI, file), then the exchanges in order."""

    name: str
    title: str
    graph_data: tuple[tuple[str, Path], ...]
    exchanges: tuple[Exchange, ...]


def load_tests() -> list[W3CTest]:
    """Every test listed by the manifests (``mf:entries``, following ``mf:include``), in order."""
    tests: list[W3CTest] = []
    for manifest in MANIFESTS:
        tests.extend(_manifest_tests(manifest))
    return tests


def _manifest_tests(path: Path) -> list[W3CTest]:
    graph = Graph().parse(path, format="turtle", publicID=path.as_uri())
    root = URIRef(path.as_uri())
    tests: list[W3CTest] = []
    for include in graph.objects(root, MF.include):
        for child in Collection(graph, include):
            tests.extend(_manifest_tests(Path(str(child).removeprefix("file://"))))
    for entries in graph.objects(root, MF.entries):
        tests.extend(_test(graph, entry) for entry in Collection(graph, entries))
    return tests


def _one(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    values = list(graph.objects(subject, predicate))
    assert len(values) <= 1, f"{subject} has several {predicate}"
    return values[0] if values else None


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str | None:
    value = _one(graph, subject, predicate)
    return None if value is None else str(value)


def _test(graph: Graph, entry: Node) -> W3CTest:
    name = str(entry).rpartition("#")[2]
    data = tuple(
        (str(graph.value(item, RDFS.label)), Path(str(graph.value(item, UT.graph)).removeprefix("file://")))
        for item in graph.objects(entry, UT.graphData)
    )
    action = _one(graph, entry, MF.action)
    requests = _one(graph, action, HT.requests) if action is not None else None
    assert requests is not None, f"{name} has no requests"
    return W3CTest(
        name=name,
        title=_text(graph, entry, MF.name) or name,
        graph_data=data,
        exchanges=tuple(_exchange(graph, request) for request in Collection(graph, requests)),
    )


def _headers(graph: Graph, subject: Node | None) -> dict[str, str]:
    head = _one(graph, subject, HT.headers) if subject is not None else None
    if head is None:
        return {}
    return {
        str(graph.value(h, HT.fieldName)).lower(): str(graph.value(h, HT.fieldValue)) for h in Collection(graph, head)
    }


def _status_ranges(graph: Graph, response: Node) -> tuple[range, ...]:
    ranges = []
    for status in graph.objects(response, MF.expectedStatus):
        local = str(status).removeprefix(HTS)
        if local.startswith("StatusCode") and local.endswith("xx"):
            first = int(local[len("StatusCode")]) * 100
            ranges.append(range(first, first + 100))
        else:
            code = NAMED_STATUS[local]
            ranges.append(range(code, code + 1))
    assert ranges, f"{response} expects no status"
    return tuple(ranges)


def _exchange(graph: Graph, request: Node) -> Exchange:
    body = _one(graph, request, HT.body)
    raw = None
    if body is not None:
        encoding = _text(graph, body, CNT.characterEncoding) or "UTF-8"
        raw = str(graph.value(body, CNT.chars)).encode(encoding)
    response = _one(graph, request, HT.resp)
    assert response is not None, f"{request} has no expected response"
    expected_body = _one(graph, response, HT.body)
    boolean = _one(graph, response, MF.expectedBoolean)
    return Exchange(
        method=str(graph.value(request, HT.methodName)),
        path=str(graph.value(request, HT.absolutePath)),
        headers=tuple(_headers(graph, request).items()),
        body=raw,
        statuses=_status_ranges(graph, response),
        boolean=None if boolean is None else bool(boolean.toPython()),  # type: ignore[attr-defined]
        result_format=_text(graph, response, MF.expectedFormat),
        location_variable=_text(graph, response, MF.expectedLocation),
        content_type=_headers(graph, response).get("content-type"),
        content=None if expected_body is None else str(graph.value(expected_body, CNT.chars)),
    )


def local_path(path: str, variables: dict[str, str]) -> str:
    """The manifest's path on Parley's endpoints, with remembered template variables filled in."""
    for variable, value in variables.items():
        path = path.replace(variable, value)
    for stand_in, endpoint in ENDPOINTS.items():
        if path.startswith(stand_in):
            return endpoint + path[len(stand_in) :]
    raise AssertionError(f"path {path!r} is on no known endpoint")


def media_type(header: str | None) -> str:
    return (header or "").split(";")[0].strip().lower()


def problems(exchange: Exchange, response: httpx.Response) -> list[str]:
    """What is wrong with ``response`` for ``exchange`` (empty when it conforms)."""
    if not any(response.status_code in allowed for allowed in exchange.statuses):
        wanted = ", ".join(f"{r.start}" if len(r) == 1 else f"{r.start // 100}xx" for r in exchange.statuses)
        return [f"status {response.status_code}, expected {wanted}"]
    found: list[str] = []
    media = media_type(response.headers.get("content-type"))
    if exchange.content_type is not None and media != media_type(exchange.content_type):
        found.append(f"content type {media!r}, expected {exchange.content_type!r}")
    if exchange.result_format is not None:
        found.extend(_format_problems(exchange, media, response.content))
    if exchange.content is not None and not found:
        expected = Graph().parse(data=exchange.content, format=media_type(exchange.content_type))
        actual = Graph().parse(data=response.content, format=media)
        if not isomorphic(expected, actual):
            found.append(f"graph differs from the expected one:\n{actual.serialize(format='nt')}")
    if exchange.location_variable is not None and "location" not in response.headers:
        found.append("no Location header")
    return found


def _format_problems(exchange: Exchange, media: str, content: bytes) -> list[str]:
    if exchange.result_format == "RDF":
        if media not in RDF_MEDIA:
            return [f"content type {media!r} is not an RDF format"]
        Graph().parse(data=content, format=media)  # raises if the body is not that format
        return []
    allowed = BOOLEAN_MEDIA if exchange.result_format == "boolean" else tuple(RESULT_MEDIA)
    if media not in allowed:
        return [f"content type {media!r} is not one of {allowed}"]
    result = Result.parse(io.BytesIO(content), format=RESULT_MEDIA[media])
    if exchange.result_format == "boolean":
        if result.type != "ASK":
            return [f"a {result.type} result, expected a boolean"]
        if exchange.boolean is not None and result.askAnswer != exchange.boolean:
            return [f"answer {result.askAnswer}, expected {exchange.boolean}"]
    elif result.type != "SELECT":
        return [f"a {result.type} result, expected a table"]
    return []
