"""Graph API over entities: search, entity cards, and neighbourhoods as Cytoscape.js JSON or Turtle."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.auth import ReadAccess
from api.deps import RunnerDep, SettingsDep, StoreDep, client_of
from api.guards import DeadlineRoute
from api.schemas import (
    EntityCountsPublic,
    EntityPublic,
    EntitySearchPublic,
    NeighbourhoodPublic,
    json_response,
)
from graph_builder.catalog import describe_entity, search_entities
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
    # The walk and its serialisation run in a query worker, killed at the deadline.
    call = GraphCall(
        "graph_builder.neighbourhood",
        "neighbourhood_answer",
        {"entity_id": entity_id, "hops": hops, "limit": limit, "types": tuple(types or ()),
         "turtle": TURTLE in request.headers.get("accept", ""), "timeout": settings.query_timeout},
    )  # fmt: skip
    answer = await runner.submit(call, client=client_of(request))
    return Response(answer.body, media_type=answer.media_type)


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
