"""Response and request models of the graph API (they make the OpenAPI document).

The hot routes (neighbourhood, entity search, event listing) build plain dicts of the same
shape and answer with :func:`json_response` (orjson) instead of validating a model per
response; ``tests/integration/api/test_graph_api.py`` checks the two shapes agree.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import Response
from pydantic import BaseModel, Field


def json_response(content: Any) -> Response:
    """``content`` as JSON written by orjson (several times faster than ``json.dumps``)."""
    return Response(orjson.dumps(content), media_type="application/json")


class HealthPublic(BaseModel):
    status: str = Field(description="'ok' when the store answers.")
    documents: int = Field(description="Documents in the store.")
    triples: int = Field(description="Quads in the store.")
    queries_stopped: int = Field(0, description="Queries stopped at the deadline since start (workers killed).")
    workers_lost: int = Field(
        0, description="Query workers that died under a query since start (memory limit or crash); each replaced."
    )
    queries_refused: int = Field(
        0, description="Queries answered 429 since start: the queue, or the client's share of it, was full."
    )
    cache_hit_rate: float | None = Field(
        None, description="Share of queries answered from the response cache since start; null when it is off."
    )


class NodeData(BaseModel):
    id: str = Field(description="The node IRI.")
    label: str = Field(description="rdfs:label, else the class and local id (events, mentions), for drawing.")
    types: list[str] = Field(default_factory=list, description="rdf:type IRIs.")


class NodePublic(BaseModel):
    data: NodeData


class EdgeData(BaseModel):
    id: str
    source: str
    target: str
    predicate: str
    label: str = Field(description="Local name of the predicate, for drawing.")


class EdgePublic(BaseModel):
    data: EdgeData


class NeighbourhoodPublic(BaseModel):
    """Cytoscape.js elements: ``{nodes: [{data: …}], edges: [{data: …}]}``."""

    center: str
    nodes: list[NodePublic]
    edges: list[EdgePublic]
    truncated: bool = Field(description="True when the edge limit cut the neighbourhood short.")


class EntityHitPublic(BaseModel):
    id: str = Field(description="Short id for /entities/{id} (e.g. 'actor/russia').")
    iri: str
    label: str | None = Field(description="Canonical name (rdfs:label).")
    matched: str = Field(description="The label or alias that matched the search.")
    score: float = Field(description="101 Wikidata id (Q…), 100 exact, 95 prefix, 90 word prefix, below 90 fuzzy.")
    types: list[str]


class EntitySearchPublic(BaseModel):
    query: str
    results: list[EntityHitPublic]


class EntityCountsPublic(BaseModel):
    events: int = Field(description="Events in which the entity has a role or is the location.")
    documents: int = Field(description="Documents whose graphs mention the entity.")
    statements_out: int
    statements_in: int


class EntityPublic(BaseModel):
    id: str
    iri: str
    labels: list[str] = Field(description="rdfs:label values.")
    alt_labels: list[str] = Field(description="skos:altLabel values (other surface forms).")
    types: list[str]
    wikidata: list[str] = Field(description="Wikidata items linked with owl:sameAs.")
    same_as: list[str] = Field(description="Every owl:sameAs target.")
    counts: EntityCountsPublic


class NodeRefPublic(BaseModel):
    iri: str
    label: str | None = None


class ActorRolePublic(NodeRefPublic):
    role: str = Field(description="participant, agent, target or reportedBy.")


class EvidencePublic(BaseModel):
    mention: str
    text: str | None = Field(description="The evidence sentence or span (pa:text).")
    char_start: int | None
    char_end: int | None
    document: str | None = Field(description="The source document IRI.")
    title: str | None = None
    url: str | None = None
    issued: str | None = None


class EventPublic(BaseModel):
    id: str
    iri: str
    types: list[str]
    actors: list[ActorRolePublic]
    locations: list[NodeRefPublic]
    date: str | None = None
    date_text: str | None = None
    values: dict[str, list[str]] = Field(description="Other literal properties by local name.")
    documents: list[str]
    evidence: list[EvidencePublic]


class EventPagePublic(BaseModel):
    events: list[EventPublic]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last page.")


class DocumentIn(BaseModel):
    id: str = Field(description="Letters, digits, '.', '_' or '-' (max 200).")
    text: str
    published: str | None = Field(None, description="Publication date YYYY-MM-DD.")
    title: str | None = None
    url: str | None = None


class ProblemPublic(BaseModel):
    source: str
    line: int | None = Field(None, description="Line of a JSON-lines batch, counted from 1.")
    doc_id: str | None
    reason: str


class EventRefPublic(BaseModel):
    iri: str
    types: list[str]


class BuiltDocumentPublic(BaseModel):
    id: str
    events: list[EventRefPublic]


class IngestReportPublic(BaseModel):
    built: list[BuiltDocumentPublic] = Field(description="Documents (re)built, with the events extracted.")
    unchanged: list[str] = Field(description="Documents skipped because nothing changed.")
    problems: list[ProblemPublic]
    warnings: list[str] = Field(default_factory=list, description="E.g. relative dates left unresolved.")
    events: int
    relations: int
    quads: int


class DeletedPublic(BaseModel):
    id: str
    deleted: bool


class EventPlacePublic(BaseModel):
    iri: str
    id: str
    label: str | None
    latitude: float
    longitude: float
    events: int = Field(description="Events whose pa:location is this place or state.")


class EventPlacesPublic(BaseModel):
    places: list[EventPlacePublic]


class DocumentSummaryPublic(BaseModel):
    id: str
    iri: str
    title: str | None = None
    issued: str | None = None
    url: str | None = None


class DocumentPagePublic(BaseModel):
    documents: list[DocumentSummaryPublic]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last page.")


class DocumentTextPublic(DocumentSummaryPublic):
    text: str | None = Field(description="The document text (pa:content) that mention offsets index.")
    events: list[EventRefPublic]
