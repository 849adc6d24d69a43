"""SPARQL 1.1 Graph Store HTTP Protocol, with indirect and direct graph identification.

Indirect: ``/rdf-graphs?graph=<IRI>`` or ``/rdf-graphs?default``. Direct: a graph whose IRI
is a URL under the service, ``/rdf-graphs/…``, is named by that URL itself (the IRI is the
request URL without its query, as the server sees it). ``POST /rdf-graphs`` without a graph
creates a new one under the service and answers 201 with its IRI in ``Location``.

``?default`` is the store's own unnamed graph (Parley keeps data in named graphs; SPARQL
queries see their union). Reads (GET, HEAD) follow the read policy; PUT, POST and DELETE need
the admin token. Each write is one transaction. Bodies are Turtle, N-Triples, JSON-LD or
RDF/XML, or ``multipart/form-data`` whose parts are any of those.
"""

from __future__ import annotations

import uuid
from email.parser import BytesParser
from email.policy import HTTP
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.auth import AdminAccess, ReadAccess
from api.deps import SettingsDep, StoreDep
from api.guards import check_multipart, check_upload, parse_upload
from graph_builder.config import Settings
from graph_builder.errors import InputError, NotFoundError
from graph_builder.query_pool import PREFIXES
from graph_builder.sparql_formats import RDF_FORMAT_OF, RDF_TYPES, TRIPLES, negotiate, write_triples
from graph_builder.store import GraphStore

router = APIRouter(prefix="/rdf-graphs", tags=["graph store"])
GraphParam = Annotated[str | None, Query(description="IRI of the named graph.")]
DefaultParam = Annotated[str | None, Query(description="Present (empty) to address the default graph.")]
FormatParam = Annotated[str | None, Query(description="Overrides Accept: turtle, nt, json-ld, xml, trig.")]
PathParam = Annotated[str, Path(description="The rest of the graph's own IRI under /rdf-graphs/.")]
PARSE_FORMATS = {**RDF_FORMAT_OF, "application/turtle": ox.RdfFormat.TURTLE, "text/plain": ox.RdfFormat.N_TRIPLES}
MULTIPART = "multipart/form-data"
READ_RESPONSES: dict[int | str, dict[str, object]] = {200: {"content": {m: {} for m in RDF_TYPES}}}
Target = ox.NamedNode | ox.DefaultGraph


def _named(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise InputError(f"invalid graph IRI {iri!r}: {exc}") from exc


def _request_iri(request: Request) -> str:
    """The request URL without its query; the path as sent (percent-encoding kept), so a
    graph's IRI is the URL a client uses for it."""
    raw = request.scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else request.url.path
    return str(request.url.replace(path=path, query="", fragment=""))


def _indirect(graph: str | None, default: str | None) -> Target:
    if (graph is None) == (default is None):
        raise InputError("give exactly one of ?graph=<IRI> or ?default")
    return ox.DefaultGraph() if graph is None else _named(graph)


def indirect_target(graph: GraphParam = None, default: DefaultParam = None) -> Target:
    return _indirect(graph, default)


def direct_target(request: Request, path: PathParam) -> ox.NamedNode:
    if not path:
        raise InputError("name a graph: /rdf-graphs/<path>, or /rdf-graphs?graph=<IRI> or ?default")
    if "graph" in request.query_params or "default" in request.query_params:
        raise InputError("a graph named by its own URL takes no ?graph= or ?default")
    return _named(_request_iri(request))


IndirectTarget = Annotated[Target, Depends(indirect_target)]
DirectTarget = Annotated[ox.NamedNode, Depends(direct_target)]


def _exists(store: GraphStore, target: Target) -> bool:
    return isinstance(target, ox.DefaultGraph) or store.contains_graph(target)


def _read(request: Request, store: GraphStore, settings: Settings, target: Target, override: str | None) -> Response:
    """The triples of one graph (at most ``result_limit``), negotiated like CONSTRUCT results."""
    media = negotiate(TRIPLES, request.headers.get("accept", ""), override)
    triples = store.graph_triples(target, limit=settings.result_limit + 1)
    headers = {"Vary": "Accept"}
    if len(triples) > settings.result_limit:
        headers["X-Parley-Truncated"] = "true"
    return Response(write_triples(triples[: settings.result_limit], media, PREFIXES), media_type=media, headers=headers)


def _head(request: Request, store: GraphStore, target: Target, override: str | None) -> Response:
    """What GET would answer, without serialising the graph."""
    media = negotiate(TRIPLES, request.headers.get("accept", ""), override)
    if not _exists(store, target):
        raise NotFoundError(f"no graph {target} in the store")
    return Response(media_type=media, headers={"Vary": "Accept"})


def _parse(content: bytes, content_type: str, base: str | None, max_nesting: int) -> list[ox.Triple]:
    media = content_type.split(";")[0].strip().lower()
    fmt = PARSE_FORMATS.get(media)
    if fmt is None or fmt == ox.RdfFormat.TRIG:
        raise InputError(
            f"unsupported content type {media!r}: send one of {', '.join(sorted([*PARSE_FORMATS, MULTIPART]))}"
        )
    check_upload(content, fmt, max_nesting)
    try:
        quads = parse_upload(content, fmt, base)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse the {media} body: {exc}") from exc
    if any(isinstance(term, ox.Triple) for q in quads for term in (q.subject, q.object)):
        raise InputError("RDF 1.2 triple terms are not supported in graph store bodies")
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def _parts(content: bytes, content_type: str) -> list[tuple[bytes, str]]:
    """(body, content type) of each part of a ``multipart/form-data`` body."""
    header = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(header + content)
    if not message.is_multipart():
        raise InputError("the multipart/form-data body has no parts (is the boundary right?)")
    parts = [(part.get_payload(decode=True), part.get_content_type()) for part in message.iter_parts()]
    return [(body, media) for body, media in parts if isinstance(body, bytes)]


async def _body_triples(request: Request, target: Target) -> list[ox.Triple]:
    content_type = request.headers.get("content-type", "")
    body = await request.body()
    base = target.value if isinstance(target, ox.NamedNode) else None
    nesting = request.app.state.settings.max_nesting
    # Parsing a large body takes a while: off the event loop, so other clients are served.
    if content_type.split(";")[0].strip().lower() != MULTIPART:
        return await run_in_threadpool(_parse, body, content_type, base, nesting)

    def parse_parts() -> list[ox.Triple]:
        check_multipart(body)
        return [triple for part, media in _parts(body, content_type) for triple in _parse(part, media, base, nesting)]

    return await run_in_threadpool(parse_parts)


async def _write(request: Request, store: GraphStore, target: Target, *, replace: bool) -> Response:
    triples = await _body_triples(request, target)
    existed = _exists(store, target)
    await run_in_threadpool(store.write_graph, target, triples, replace=replace)
    return Response(status_code=204 if existed else 201)


async def _create(request: Request, store: GraphStore) -> Response:
    """A new graph under the service holding the body; its IRI goes back in ``Location``."""
    graph = _named(f"{_request_iri(request).rstrip('/')}/{uuid.uuid4().hex}")
    triples = await _body_triples(request, graph)
    await run_in_threadpool(store.write_graph, graph, triples, replace=True)
    return Response(status_code=201, headers={"Location": graph.value})


def _delete(store: GraphStore, target: Target) -> Response:
    """Drop a named graph (404 if absent) or empty the default graph."""
    store.drop_graph(target)
    return Response(status_code=204)


@router.get("", dependencies=[ReadAccess], responses=READ_RESPONSES)
def get_graph(
    request: Request, store: StoreDep, settings: SettingsDep, target: IndirectTarget, format: FormatParam = None
) -> Response:
    """The triples of ``?graph=`` or ``?default``, negotiated like CONSTRUCT results."""
    return _read(request, store, settings, target, format)


@router.head("", dependencies=[ReadAccess], response_class=Response)
def head_graph(request: Request, store: StoreDep, target: IndirectTarget, format: FormatParam = None) -> Response:
    """GET without the body: 200 with the content type, or 404."""
    return _head(request, store, target, format)


@router.put("", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def put_graph(request: Request, store: StoreDep, target: IndirectTarget) -> Response:
    """Replace the graph with the body."""
    return await _write(request, store, target, replace=True)


@router.post("", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def post_graph(
    request: Request, store: StoreDep, graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    """Add the body's triples to the graph; with no graph named, create a new one (201, ``Location``)."""
    if graph is None and default is None:
        return await _create(request, store)
    return await _write(request, store, _indirect(graph, default), replace=False)


@router.delete("", dependencies=[AdminAccess], status_code=204, response_class=Response)
def delete_graph(store: StoreDep, target: IndirectTarget) -> Response:
    """Drop a named graph (404 if absent) or empty the default graph."""
    return _delete(store, target)


@router.get("/{path:path}", dependencies=[ReadAccess], responses=READ_RESPONSES)
def get_direct(
    request: Request, store: StoreDep, settings: SettingsDep, target: DirectTarget, format: FormatParam = None
) -> Response:
    """The triples of the graph named by this URL."""
    return _read(request, store, settings, target, format)


@router.head("/{path:path}", dependencies=[ReadAccess], response_class=Response)
def head_direct(request: Request, store: StoreDep, target: DirectTarget, format: FormatParam = None) -> Response:
    """GET without the body: 200 with the content type, or 404."""
    return _head(request, store, target, format)


@router.put("/{path:path}", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def put_direct(request: Request, store: StoreDep, target: DirectTarget) -> Response:
    """Replace the graph named by this URL with the body."""
    return await _write(request, store, target, replace=True)


@router.post("/{path:path}", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def post_direct(request: Request, store: StoreDep, target: DirectTarget) -> Response:
    """Add the body's triples to the graph named by this URL."""
    return await _write(request, store, target, replace=False)


@router.delete("/{path:path}", dependencies=[AdminAccess], status_code=204, response_class=Response)
def delete_direct(store: StoreDep, target: DirectTarget) -> Response:
    """Drop the graph named by this URL (404 if absent)."""
    return _delete(store, target)
