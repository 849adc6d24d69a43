"""Response models of the graph API."""

from __future__ import annotations

from pydantic import BaseModel, Field


class HealthPublic(BaseModel):
    status: str = Field(description="'ok' when the store answers.")
    documents: int = Field(description="Documents in the store.")
    triples: int = Field(description="Quads in the store.")


class NodeData(BaseModel):
    id: str = Field(description="The node IRI.")
    label: str | None = None
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
