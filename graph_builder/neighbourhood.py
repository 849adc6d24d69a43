"""The neighbourhood of a node: nodes and edges within N hops, for the API and notebooks.

Only resource-to-resource statements are edges (roles, relations, evidence links);
labels and types describe nodes. The walk uses Oxigraph's quad-pattern lookups (over
every graph, i.e. the union default graph SPARQL sees) rather than SPARQL text: no query
to parse per step, and nothing from the request ever becomes query text.

The API runs :func:`neighbourhood_answer` in a query worker (a
:class:`~graph_builder.query_worker.GraphCall`): the walk and its JSON happen there, under
the deadline that kills the worker, and leave the server's event loop free.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph_builder.errors import InputError, NotFoundError, QueryTimeoutError
from graph_builder.namespaces import PA, PID
from graph_builder.query_worker import PREFIXES, QueryAnswer
from graph_builder.sparql_formats import TRIPLES, TURTLE, write_triples
from graph_builder.store import GraphStore, to_ox

RDF_TYPE = ox.NamedNode(str(RDF.type))
RDFS_LABEL = ox.NamedNode(str(RDFS.label))
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


def valid_iri(value: str) -> URIRef | None:
    """``value`` as an IRI if it is a syntactically valid absolute IRI, else None.

    >>> valid_iri("https://w3id.org/parley/id/actor/russia") is not None, valid_iri("a b")
    (True, None)
    """
    try:
        ox.NamedNode(value)
    except ValueError:
        return None
    return URIRef(value)


def resolve_entity(store: GraphStore, entity_id: str) -> URIRef:
    """Map an API id ("russia", "actor/russia", a full IRI) to a node in the store."""
    if entity_id.startswith(("http://", "https://")):
        if valid_iri(entity_id) is None:
            raise InputError(f"{entity_id!r} is not a valid IRI")
        candidates = [entity_id]
    else:
        kinds = ("actor", "place", "event", "doc", "mention")
        candidates = [str(PID[entity_id]), *(str(PID[f"{kind}/{entity_id}"]) for kind in kinds)]
    for candidate in candidates:
        iri = valid_iri(candidate)
        if iri is not None and store.entity_exists(iri):
            return iri
    raise NotFoundError(f"no entity {entity_id!r} in the graph")


def resolve_class(name: str) -> URIRef:
    """A class given as ``PrisonerExchange``, ``pa:PrisonerExchange`` or a full IRI.

    >>> str(resolve_class("pa:Attack"))
    'https://w3id.org/parley/ontology#Attack'
    """
    local = name.removeprefix("pa:")
    candidate = name if ":" in local else str(PA[local])
    iri = valid_iri(candidate)
    if iri is None or not candidate.startswith(("http://", "https://", "urn:")):
        raise InputError(f"{name!r} is not a class name or IRI")
    return iri


def _describe(store: GraphStore, iri: str) -> Node:
    node = ox.NamedNode(iri)
    labels = sorted({q.object.value for q in store.quads_for_pattern(node, RDFS_LABEL, None, None)
                     if isinstance(q.object, ox.Literal)})  # fmt: skip
    types = sorted({q.object.value for q in store.quads_for_pattern(node, RDF_TYPE, None, None)
                    if isinstance(q.object, ox.NamedNode)})  # fmt: skip
    return Node(iri, labels[0] if labels else None, tuple(types))


def neighbourhood(
    store: GraphStore,
    center: URIRef,
    *,
    hops: int = 1,
    limit: int = 500,
    types: Collection[str] | None = None,
    timeout: float | None = None,
) -> Neighbourhood:
    """Breadth-first neighbourhood of ``center`` up to ``hops``, at most ``limit`` edges.

    With ``types``, only nodes of one of those ``rdf:type`` IRIs are kept (the centre
    always is) and the walk goes on only through kept nodes. Each step is a bounded index
    lookup, so the deadline (``timeout`` seconds) is checked between steps.
    """
    result = Neighbourhood(center=str(center))
    check_deadline = deadline_checker(timeout)
    wanted = frozenset(types or ())
    described: dict[str, Node] = {str(center): _describe(store, str(center))}

    def keep(iri: str) -> bool:
        if not wanted:
            return True
        if iri not in described:
            described[iri] = _describe(store, iri)
        return bool(wanted.intersection(described[iri].types))

    frontier, seen = {str(center)}, {str(center)}
    edges: dict[tuple[str, str, str], Edge] = {}
    for _ in range(hops):
        next_frontier: set[str] = set()
        for iri in sorted(frontier):
            check_deadline()
            for source, predicate, target in _edges_of(store, iri, limit):
                other = target if source == iri else source
                if predicate in SKIP_PREDICATES or not keep(other):
                    continue
                if len(edges) >= limit:
                    result.truncated = True
                    break
                edges[(source, predicate, target)] = Edge(source, predicate, target)
                if other not in seen:
                    seen.add(other)
                    next_frontier.add(other)
        frontier = next_frontier
    result.edges = list(edges.values())
    result.nodes = {iri: described.get(iri) or _describe(store, iri) for iri in sorted(seen)}
    return result


def deadline_checker(timeout: float | None) -> Callable[[], None]:
    """A function that raises :class:`QueryTimeoutError` once ``timeout`` seconds have passed."""
    deadline = None if timeout is None else time.monotonic() + timeout

    def check() -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeoutError(f"the request ran past its {timeout:g} s deadline")

    return check


# Raw quads read per wanted edge: literals and rdf:type statements are skipped on the way.
RAW_PER_EDGE = 10


def _edges_of(store: GraphStore, iri: str, limit: int) -> list[tuple[str, str, str]]:
    """Up to ``limit`` outgoing and ``limit`` incoming resource-to-resource edges, each once."""
    node = ox.NamedNode(iri)
    outgoing: dict[tuple[str, str, str], None] = {}
    # A hub on a remote store has millions of statements: read a bounded slice of raw quads.
    for quad in store.quads_for_pattern(node, None, None, None, limit=RAW_PER_EDGE * limit):
        if isinstance(quad.object, ox.NamedNode) and quad.predicate != RDF_TYPE:
            outgoing[(iri, quad.predicate.value, quad.object.value)] = None
            if len(outgoing) >= limit:
                break
    incoming: dict[tuple[str, str, str], None] = {}
    for quad in store.quads_for_pattern(None, None, node, None, limit=RAW_PER_EDGE * limit):
        if isinstance(quad.subject, ox.NamedNode):
            incoming[(quad.subject.value, quad.predicate.value, iri)] = None
            if len(incoming) >= limit:
                break
    return [*outgoing, *incoming]


def to_triples(hood: Neighbourhood) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The neighbourhood as RDF: its edges plus each node's label and types."""
    for edge in hood.edges:
        yield URIRef(edge.source), URIRef(edge.predicate), URIRef(edge.target)
    for node in hood.nodes.values():
        if node.label is not None:
            yield URIRef(node.iri), RDFS.label, Literal(node.label)
        for cls in node.types:
            yield URIRef(node.iri), RDF.type, URIRef(cls)


def short_id(iri: str) -> str:
    """The id the API accepts back: the part after ``pid:``, else the IRI itself."""
    return iri.removeprefix(str(PID))


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def display_label(iri: str, label: str | None, types: Sequence[str]) -> str:
    """A node's rdfs:label, else its class and local id: events and mentions carry no label.

    >>> display_label("https://w3id.org/parley/id/event/seed-0-151", None, ["https://w3id.org/parley/ontology#Release"])
    'Release seed-0-151'
    """
    if label:
        return label
    kind = _local_name(types[0]) if types else ""
    return f"{kind} {_local_name(iri)}".strip()


def neighbourhood_elements(hood: Neighbourhood) -> dict[str, Any]:
    """Cytoscape.js elements, as the API's ``NeighbourhoodPublic`` schema describes them."""
    return {
        "center": hood.center,
        "nodes": [
            {"data": {"id": n.iri, "label": display_label(n.iri, n.label, n.types), "types": list(n.types)}}
            for n in hood.nodes.values()
        ],
        "edges": [
            {
                "data": {
                    "id": f"{e.source}|{e.predicate}|{e.target}",
                    "source": e.source,
                    "target": e.target,
                    "predicate": e.predicate,
                    "label": _local_name(e.predicate),
                }
            }
            for e in hood.edges
        ],
        "truncated": hood.truncated,
    }


def neighbourhood_answer(
    store: GraphStore,
    entity_id: str,
    *,
    hops: int = 1,
    limit: int = 500,
    types: Sequence[str] = (),
    turtle: bool = False,
    timeout: float | None = None,
) -> QueryAnswer:
    """The API's neighbourhood of ``entity_id``, serialised: Cytoscape.js JSON, or Turtle."""
    classes = [str(resolve_class(t)) for t in types]
    center = resolve_entity(store, entity_id)
    hood = neighbourhood(store, center, hops=hops, limit=limit, types=classes, timeout=timeout)
    if turtle:
        triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in to_triples(hood)]  # type: ignore[arg-type]
        return QueryAnswer(TURTLE, write_triples(triples, TURTLE, PREFIXES), TRIPLES)
    return QueryAnswer("application/json", orjson.dumps(neighbourhood_elements(hood)), "json")
