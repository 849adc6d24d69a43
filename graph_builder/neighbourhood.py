"""The neighbourhood of a node: nodes and edges within N hops, for the API and notebooks.

Only resource-to-resource statements are edges (roles, relations, evidence links);
labels and types describe nodes. Every query binds the node IRI as a value, never
formats it into the query text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph_builder.errors import NotFoundError
from graph_builder.namespaces import PID
from graph_builder.store import GraphStore

OUTGOING = """SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != <%s>) }""" % RDF.type
INCOMING = """SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?s)) }"""
DESCRIBE = """SELECT ?s ?label ?type WHERE {
  OPTIONAL { ?s <%s> ?label }
  OPTIONAL { ?s <%s> ?type }
}""" % (RDFS.label, RDF.type)
SKIP_PREDICATES = frozenset([str(URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))])


@dataclass(frozen=True)
class Node:
    iri: str
    label: str | None
    types: tuple[str, ...]


@dataclass(frozen=True)
class Edge:
    source: str
    predicate: str
    target: str


@dataclass
class Neighbourhood:
    center: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    truncated: bool = False


def resolve_entity(store: GraphStore, entity_id: str) -> URIRef:
    """Map an API id ("russia", "actor/russia", a full IRI) to a node in the store."""
    candidates = [entity_id] if entity_id.startswith(("http://", "https://")) else [
        str(PID[entity_id]),
        *(str(PID[f"{kind}/{entity_id}"]) for kind in ("actor", "place", "event", "doc", "mention")),
    ]
    for candidate in candidates:
        iri = URIRef(candidate)
        if store.entity_exists(iri):
            return iri
    raise NotFoundError(f"no entity {entity_id!r} in the graph")


def _describe(store: GraphStore, iri: str) -> Node:
    rows = store.select(DESCRIBE, {"s": URIRef(iri)}, limit=50)
    labels = [str(r["label"]) for r in rows if isinstance(r.get("label"), Literal)]
    types = sorted({str(r["type"]) for r in rows if "type" in r})
    return Node(iri, labels[0] if labels else None, tuple(types))


def neighbourhood(store: GraphStore, center: URIRef, *, hops: int = 1, limit: int = 500) -> Neighbourhood:
    """Breadth-first neighbourhood of ``center`` up to ``hops``, at most ``limit`` edges."""
    result = Neighbourhood(center=str(center))
    frontier = {str(center)}
    seen = {str(center)}
    edges: dict[tuple[str, str, str], Edge] = {}
    for _ in range(hops):
        next_frontier: set[str] = set()
        for iri in sorted(frontier):
            node = URIRef(iri)
            found = [(iri, str(r["p"]), str(r["o"])) for r in store.select(OUTGOING, {"s": node}, limit=limit)]
            found += [(str(r["s"]), str(r["p"]), iri) for r in store.select(INCOMING, {"o": node}, limit=limit)]
            for source, predicate, target in found:
                if predicate in SKIP_PREDICATES:
                    continue
                if len(edges) >= limit:
                    result.truncated = True
                    break
                edges[(source, predicate, target)] = Edge(source, predicate, target)
                for other in (source, target):
                    if other not in seen:
                        seen.add(other)
                        next_frontier.add(other)
        frontier = next_frontier
    result.edges = list(edges.values())
    result.nodes = {iri: _describe(store, iri) for iri in sorted(seen)}
    return result
