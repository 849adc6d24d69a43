"""Graph API over entities: the neighbourhood of a node as Cytoscape.js JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.schemas import EdgeData, EdgePublic, NeighbourhoodPublic, NodeData, NodePublic
from graph_builder.neighbourhood import neighbourhood, resolve_entity

router = APIRouter(prefix="/entities", tags=["entities"])


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@router.get("/{entity_id:path}/neighbourhood", response_model=NeighbourhoodPublic)
def get_neighbourhood(
    entity_id: str,
    store: StoreDep,
    hops: Annotated[int, Query(ge=1, le=3, description="How many hops to follow.")] = 1,
    limit: Annotated[int, Query(ge=1, le=5000, description="Most edges to return.")] = 500,
) -> NeighbourhoodPublic:
    """Nodes and edges around an entity (``russia``, ``actor/russia`` or a full IRI)."""
    hood = neighbourhood(store, resolve_entity(store, entity_id), hops=hops, limit=limit)
    return NeighbourhoodPublic(
        center=hood.center,
        nodes=[NodePublic(data=NodeData(id=n.iri, label=n.label, types=list(n.types))) for n in hood.nodes.values()],
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
