"""Graph API over entities: search, entity cards, and neighbourhoods as Cytoscape.js JSON or Turtle."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.types import Receive, Scope, Send

from api.auth import ReadAccess, check_read
from api.deps import QueryRunner, RunnerDep, SettingsDep, StoreDep, client_of
from api.errors import error_response
from api.guards import DeadlineRoute, query_pairs, within_deadline
from api.schemas import (
    EntityCountsPublic,
    EntityPublic,
    EntitySearchPublic,
    NeighbourhoodPublic,
    json_response,
)
from graph_builder.catalog import describe_entity, search_entities
from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.namespaces import WD
from graph_builder.neighbourhood import resolve_class, resolve_entity, short_id
from graph_builder.query_pool import GraphCall
from graph_builder.sparql_formats import TURTLE

router = APIRouter(prefix="/entities", tags=["entities"], dependencies=[ReadAccess], route_class=DeadlineRoute)
TypesParam = Annotated[
    list[str] | None,
    Query(description="Keep only nodes of these classes: 'PrisonerExchange', 'pa:State' or a full IRI."),
]


@router.get("", response_model=EntitySearchPublic)
async def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Label or alias, prefix or fuzzy.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    types: TypesParam = None,
) -> Response:
    """Entities whose label or alias matches ``q``: exact first, then prefix, then fuzzy matches."""
    classes = [str(resolve_class(t)) for t in types or []]
    # The label index lives in this process (built once, cached): searched in a thread.
    hits = await run_in_threadpool(search_entities, store, q, limit=limit, types=classes)
    results: list[dict[str, Any]] = [
        {"id": short_id(h.iri), "iri": h.iri, "label": h.label, "matched": h.matched, "score": float(h.score),
         "types": list(h.types)}
        for h in hits
    ]  # fmt: skip
    return json_response({"query": q, "results": results})


@router.get(
    "/{entity_id:path}/neighbourhood",
    response_model=NeighbourhoodPublic,
    responses={200: {"content": {"application/json": {}, TURTLE: {}}}},
)
async def get_neighbourhood(
    request: Request,
    entity_id: str,
    runner: RunnerDep,
    settings: SettingsDep,
    hops: Annotated[int, Query(ge=1, le=3, description="How many hops to follow.")] = 1,
    limit: Annotated[int, Query(ge=1, le=5000, description="Most edges to return.")] = 500,
    types: TypesParam = None,
) -> Response:
    """Nodes and edges around an entity (``russia``, ``actor/russia`` or a full IRI), as
    Cytoscape.js elements, or as Turtle with ``Accept: text/turtle``."""
    return await _neighbourhood(request, runner, settings, entity_id, hops, limit, types or ())


async def _neighbourhood(
    request: Request, runner: QueryRunner, settings: Settings, entity_id: str, hops: int, limit: int,
    types: Sequence[str],
) -> Response:  # fmt: skip
    # The walk and its serialisation run in a query worker, killed at the deadline.
    call = GraphCall(
        "graph_builder.neighbourhood",
        "neighbourhood_answer",
        {"entity_id": entity_id, "hops": hops, "limit": limit, "types": tuple(types),
         "turtle": TURTLE in request.headers.get("accept", ""), "timeout": settings.query_timeout},
    )  # fmt: skip
    answer = await runner.submit(call, client=client_of(request))
    return Response(answer.body, media_type=answer.media_type)


NEIGHBOURHOOD_KEY = "parley.neighbourhood"  # where ParleyApp leaves the parameters it read
NEIGHBOURHOOD_PATH = re.compile(r"/entities/(.+)/neighbourhood")
COUNT = re.compile(r"[1-9][0-9]{0,3}")


def plain_neighbourhood(scope: Scope) -> tuple[str, int, int, tuple[str, ...]] | None:
    """``(entity_id, hops, limit, types)`` of a ``GET /entities/{id}/neighbourhood`` whose
    parameters FastAPI would accept as they are (plain numbers in range, each number given
    once); None for anything else, which the full route answers, with its 422s."""
    match = NEIGHBOURHOOD_PATH.fullmatch(scope["path"])
    if match is None or scope["method"] != "GET":
        return None
    hops, limit, types, given = 1, 500, [], set()
    for name, value in query_pairs(scope["query_string"].decode("latin-1")):
        if name == "types":
            types.append(value)
            continue
        if name not in ("hops", "limit"):
            continue  # FastAPI ignores unknown parameters too
        if name in given or not COUNT.fullmatch(value):
            return None
        given.add(name)
        if name == "hops":
            hops = int(value)
        else:
            limit = int(value)
    if not (1 <= hops <= 3 and 1 <= limit <= 5000):
        return None
    return match.group(1), hops, limit, tuple(types)


async def serve_neighbourhood(scope: Scope, receive: Receive, send: Send) -> None:
    """A plain neighbourhood request (see :func:`plain_neighbourhood`) as a plain ASGI app,
    ahead of FastAPI's routing (see ``api.app.ParleyApp``): the same read check, deadline,
    worker call and error answers as the route, without FastAPI's parameter solving."""
    request = Request(scope, receive)
    settings: Settings = request.app.state.settings
    entity_id, hops, limit, types = scope[NEIGHBOURHOOD_KEY]
    try:
        check_read(request, settings)
        runner: QueryRunner = request.app.state.runner
        answer = _neighbourhood(request, runner, settings, entity_id, hops, limit, types)
        response = await within_deadline(answer, settings.query_timeout)
    except ParleyError as exc:
        response = error_response(exc)
    await response(scope, receive, send)


@router.get("/{entity_id:path}", response_model=EntityPublic)
def get_entity(entity_id: str, store: StoreDep) -> EntityPublic:
    """Types, labels, aliases, Wikidata link (owl:sameAs) and counts of one entity."""
    card = describe_entity(store, resolve_entity(store, entity_id))
    return EntityPublic(
        id=short_id(card.iri),
        iri=card.iri,
        labels=card.labels,
        alt_labels=card.alt_labels,
        types=card.types,
        wikidata=[s for s in card.same_as if s.startswith(str(WD))],
        same_as=card.same_as,
        counts=EntityCountsPublic(**card.counts),
    )
