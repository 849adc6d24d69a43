"""SPARQL 1.1 Graph Store HTTP Protocol (indirect identification): ``/rdf-graphs?graph=`` or ``?default``.

``?default`` is the store's own unnamed graph (Parley keeps data in named graphs; SPARQL
queries see their union). Reads follow the read policy; PUT, POST and DELETE need the
admin token. Each write is one transaction.
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.auth import AdminAccess, ReadAccess
from api.deps import SettingsDep, StoreDep
from api.guards import check_upload, parse_upload
from graph_builder.errors import InputError
from graph_builder.query_pool import PREFIXES
from graph_builder.sparql_formats import RDF_FORMAT_OF, RDF_TYPES, TRIPLES, negotiate, write_triples
from graph_builder.store import GraphStore

router = APIRouter(prefix="/rdf-graphs", tags=["graph store"])
GraphParam = Annotated[str | None, Query(description="IRI of the named graph.")]
DefaultParam = Annotated[str | None, Query(description="Present (empty) to address the default graph.")]
PARSE_FORMATS = {**RDF_FORMAT_OF, "application/turtle": ox.RdfFormat.TURTLE, "text/plain": ox.RdfFormat.N_TRIPLES}


def _target(graph: str | None, default: str | None) -> ox.NamedNode | ox.DefaultGraph:
    if (graph is None) == (default is None):
        raise InputError("give exactly one of ?graph=<IRI> or ?default")
    if graph is None:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph)
    except ValueError as exc:
        raise InputError(f"invalid graph IRI {graph!r}: {exc}") from exc


@router.get("", dependencies=[ReadAccess], responses={200: {"content": {m: {} for m in RDF_TYPES}}})
def get_graph(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    graph: GraphParam = None,
    default: DefaultParam = None,
    format: Annotated[str | None, Query(description="Overrides Accept: turtle, nt, json-ld, xml, trig.")] = None,
) -> Response:
    """The triples of one graph (at most ``result_limit``), negotiated like CONSTRUCT results."""
    target = _target(graph, default)
    media = negotiate(TRIPLES, request.headers.get("accept", ""), format)
    triples = store.graph_triples(target, limit=settings.result_limit + 1)
    headers = {"Vary": "Accept"}
    if len(triples) > settings.result_limit:
        headers["X-Parley-Truncated"] = "true"
    return Response(write_triples(triples[: settings.result_limit], media, PREFIXES), media_type=media, headers=headers)


async def _parse_body(request: Request, target: ox.NamedNode | ox.DefaultGraph) -> list[ox.Triple]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = PARSE_FORMATS.get(content_type)
    if fmt is None or fmt == ox.RdfFormat.TRIG:
        raise InputError(f"unsupported content type {content_type!r}: send one of {', '.join(sorted(PARSE_FORMATS))}")
    body = await request.body()
    check_upload(body, fmt, request.app.state.settings)
    base = target.value if isinstance(target, ox.NamedNode) else None
    try:
        quads = await run_in_threadpool(parse_upload, body, fmt, base)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse the {content_type} body: {exc}") from exc
    if any(isinstance(term, ox.Triple) for q in quads for term in (q.subject, q.object)):
        raise InputError("RDF 1.2 triple terms are not supported in graph store bodies")
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


async def _write(
    request: Request, store: GraphStore, target: ox.NamedNode | ox.DefaultGraph, *, replace: bool
) -> Response:
    triples = await _parse_body(request, target)
    existed = isinstance(target, ox.DefaultGraph) or store.oxigraph.contains_named_graph(target)
    await run_in_threadpool(store.write_graph, target, triples, replace=replace)
    return Response(status_code=204 if existed else 201)


@router.put("", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def put_graph(
    request: Request, store: StoreDep, graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    """Replace the graph with the body (Turtle, N-Triples, JSON-LD or RDF/XML)."""
    return await _write(request, store, _target(graph, default), replace=True)


@router.post("", dependencies=[AdminAccess], status_code=204, response_class=Response)
async def post_graph(
    request: Request, store: StoreDep, graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    """Add the body's triples to the graph."""
    return await _write(request, store, _target(graph, default), replace=False)


@router.delete("", dependencies=[AdminAccess], status_code=204, response_class=Response)
def delete_graph(store: StoreDep, graph: GraphParam = None, default: DefaultParam = None) -> Response:
    """Drop a named graph (404 if absent) or empty the default graph."""
    store.drop_graph(_target(graph, default))
    return Response(status_code=204)
