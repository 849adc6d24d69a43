"""Graph API over entities: search, entity cards, and neighbourhoods as Cytoscape.js JSON or Turtle."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.auth import ReadAccess
from api.deps import SettingsDep, StoreDep
from api.guards import DeadlineRoute
from api.schemas import (
    EdgeData,
    EdgePublic,
    EntityCountsPublic,
    EntityHitPublic,
    EntityPublic,
    EntitySearchPublic,
    NeighbourhoodPublic,
    NodeData,
    NodePublic,
)
from graph_builder.catalog import describe_entity, search_entities
from graph_builder.namespaces import PID, WD
from graph_builder.neighbourhood import Neighbourhood, neighbourhood, resolve_class, resolve_entity, to_triples
from graph_builder.query_pool import PREFIXES
from graph_builder.sparql_formats import TURTLE, write_triples
from graph_builder.store import to_ox

router = APIRouter(prefix="/entities", tags=["entities"], dependencies=[ReadAccess], route_class=DeadlineRoute)
TypesParam = Annotated[
    list[str] | None,
    Query(description="Keep only nodes of these classes: 'PrisonerExchange', 'pa:State' or a full IRI."),
]


def short_id(iri: str) -> str:
    """The id the API accepts back: the part after ``pid:``, else the IRI itself."""
    return iri.removeprefix(str(PID))


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@router.get("", response_model=EntitySearchPublic)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Label or alias, prefix or fuzzy.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    types: TypesParam = None,
) -> EntitySearchPublic:
    """Entities whose label or alias matches ``q``: exact first, then prefix, then fuzzy matches."""
    classes = [str(resolve_class(t)) for t in types or []]
    hits = search_entities(store, q, limit=limit, types=classes)
    return EntitySearchPublic(
        query=q,
        results=[
            EntityHitPublic(
                id=short_id(h.iri), iri=h.iri, label=h.label, matched=h.matched, score=h.score, types=list(h.types)
            )
            for h in hits
        ],
    )


def display_label(iri: str, label: str | None, types: Sequence[str]) -> str:
    """A node's rdfs:label, else its class and local id: events and mentions carry no label.

    >>> display_label("https://w3id.org/parley/id/event/seed-0-151", None, ["https://w3id.org/parley/ontology#Release"])
    'Release seed-0-151'
    """
    if label:
        return label
    kind = _local_name(types[0]) if types else ""
    return f"{kind} {_local_name(iri)}".strip()


def _cytoscape(hood: Neighbourhood) -> NeighbourhoodPublic:
    return NeighbourhoodPublic(
        center=hood.center,
        nodes=[
            NodePublic(data=NodeData(id=n.iri, label=display_label(n.iri, n.label, n.types), types=list(n.types)))
            for n in hood.nodes.values()
        ],
        edges=[
            EdgePublic(
                data=EdgeData(
                    id=f"{e.source}|{e.predicate}|{e.target}",
                    source=e.source,
                    target=e.target,
                    predicate=e.predicate,
                    label=_local_name(e.predicate),
                )
            )
            for e in hood.edges
        ],
        truncated=hood.truncated,
    )


@router.get(
    "/{entity_id:path}/neighbourhood",
    response_model=NeighbourhoodPublic,
    responses={200: {"content": {"application/json": {}, TURTLE: {}}}},
)
def get_neighbourhood(
    request: Request,
    entity_id: str,
    store: StoreDep,
    settings: SettingsDep,
    hops: Annotated[int, Query(ge=1, le=3, description="How many hops to follow.")] = 1,
    limit: Annotated[int, Query(ge=1, le=5000, description="Most edges to return.")] = 500,
    types: TypesParam = None,
) -> Response:
    """Nodes and edges around an entity (``russia``, ``actor/russia`` or a full IRI), as
    Cytoscape.js elements, or as Turtle with ``Accept: text/turtle``."""
    classes = [str(resolve_class(t)) for t in types or []]
    center = resolve_entity(store, entity_id)
    hood = neighbourhood(store, center, hops=hops, limit=limit, types=classes, timeout=settings.query_timeout)
    if TURTLE in request.headers.get("accept", ""):
        triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in to_triples(hood)]  # type: ignore[arg-type]
        return Response(write_triples(triples, TURTLE, PREFIXES), media_type=TURTLE)
    return JSONResponse(_cytoscape(hood).model_dump())


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
