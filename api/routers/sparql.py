"""The SPARQL 1.1 Protocol endpoint (query operation; read-only)."""

from __future__ import annotations

import itertools
from urllib.parse import parse_qs
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.sparql_results import JSON_RESULTS, N_TRIPLES, TURTLE, ask_json, select_json, triples_text
from graph_builder.config import Settings
from graph_builder.errors import InputError, QueryError
from graph_builder.store import GraphStore

router = APIRouter(tags=["sparql"])
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"


def _answer(store: GraphStore, settings: Settings, query: str, accept: str) -> Response:
    result = store.run_query(query)
    limit, timeout = settings.result_limit, settings.query_timeout
    if isinstance(result, ox.QuerySolutions):
        # Pull the first row before answering, so a parse or evaluation error is a
        # proper status code and not a broken stream.
        chunks = select_json(result, limit=limit, timeout=timeout)
        head = [next(chunks), next(chunks, b"")]
        return StreamingResponse(itertools.chain(head, chunks), media_type=JSON_RESULTS)
    if isinstance(result, ox.QueryBoolean):
        return Response(ask_json(result), media_type=JSON_RESULTS)
    media_type = N_TRIPLES if N_TRIPLES in accept else TURTLE
    return Response(triples_text(result, media_type, limit=limit, timeout=timeout), media_type=media_type)


@router.get("/sparql", summary="SPARQL query (GET)")
def sparql_get(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(description="The SPARQL query.")] = None,
) -> Response:
    """Run a SPARQL query given as ``?query=``; results as SPARQL JSON (SELECT/ASK) or Turtle."""
    if query is None:
        raise QueryError("missing 'query' parameter")
    return _answer(store, settings, query, request.headers.get("accept", ""))


@router.post("/sparql", summary="SPARQL query (POST form or application/sparql-query)")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Run a SPARQL query sent as a form field ``query`` or as an ``application/sparql-query`` body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    body = await request.body()
    if len(body) > settings.max_request_bytes:
        raise InputError(f"request body over {settings.max_request_bytes} bytes")
    if content_type == SPARQL_QUERY:
        try:
            query = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError("the query body is not UTF-8") from exc
    elif content_type == FORM:
        values = parse_qs(body.decode("utf-8", errors="replace")).get("query")
        if not values:
            raise QueryError("missing 'query' form field")
        query = values[0]
    else:
        raise QueryError(f"unsupported content type {content_type!r}: use {FORM} or {SPARQL_QUERY}")
    # Query evaluation blocks: keep it off the event loop so other clients are served.
    return await run_in_threadpool(_answer, store, settings, query, request.headers.get("accept", ""))
