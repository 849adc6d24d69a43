"""Find and describe entities: label/alias search (prefix and fuzzy) and entity cards.

Search runs over an in-memory index of every ``rdfs:label`` and ``skos:altLabel`` of a
minted resource; the index is rebuilt only when the store's write generation moved on.
Every query binds the entity IRI as a value.

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> from graph_builder.namespaces import ENTITIES_GRAPH, PID
>>> store = GraphStore(None)
>>> russia = URIRef(PID["actor/russia"])
>>> store.add_quads([(russia, RDFS.label, Literal("Russia"), ENTITIES_GRAPH)])
>>> [(h.iri.rsplit("/", 1)[-1], h.score) for h in search_entities(store, "russ")]
[('russia', 95.0)]
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph_builder.errors import InputError
from graph_builder.namespaces import WD
from graph_builder.store import GraphStore

HEADER = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
LABELS = (
    HEADER
    + """SELECT ?e ?label ?alias WHERE {
  { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?label BIND(true AS ?alias) }
  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/parley/id/"))
}"""
)
PROPERTIES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
EVENT_COUNT = (
    HEADER
    + """SELECT ?s (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e ?role ?s . VALUES ?role { pa:participant pa:agent pa:target pa:reportedBy pa:location } ?e pa:evidence ?m
} GROUP BY ?s"""
)
DOCUMENT_COUNT = """SELECT ?s (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { { ?s ?p ?o } UNION { ?x ?q ?s } } FILTER(STRSTARTS(STR(?g), "https://w3id.org/parley/id/graph/doc/"))
} GROUP BY ?s"""
INCOMING_COUNT = "SELECT ?s (COUNT(*) AS ?n) WHERE { ?x ?p ?s } GROUP BY ?s"
OUTGOING_COUNT = "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s"
SAME_AS = "SELECT ?e ?qid WHERE { ?e <http://www.w3.org/2002/07/owl#sameAs> ?qid }"
QID = re.compile(r"[Qq][1-9][0-9]{0,11}")
FUZZY_CUTOFF = 70.0


@dataclass(frozen=True)
class EntityHit:
    iri: str
    label: str | None
    matched: str
    score: float
    types: tuple[str, ...] = ()


@dataclass
class EntityCard:
    iri: str
    labels: list[str] = field(default_factory=list)
    alt_labels: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


class _LabelIndex:
    """(iri, label) pairs of each store, cached until the store's next write."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: weakref.WeakKeyDictionary[GraphStore, tuple[int, list[tuple[str, str]]]] = (
            weakref.WeakKeyDictionary()
        )

    def current(self, store: GraphStore) -> list[tuple[str, str]]:
        with self._lock:
            cached = self._cache.get(store)
            if cached is None or cached[0] != store.generation:
                rows = store.select(LABELS, limit=1_000_000)
                cached = (store.generation, sorted({(str(r["e"]), str(r["label"])) for r in rows}))
                self._cache[store] = cached
            return cached[1]


_INDEX = _LabelIndex()


def _score(query: str, label: str) -> float:
    folded = label.casefold()
    if folded == query:
        return 100.0
    if folded.startswith(query):
        return 95.0
    if any(word.startswith(query) for word in folded.split()):
        return 90.0
    return 0.0


def search_entities(store: GraphStore, q: str, *, limit: int = 20, types: list[str] | None = None) -> list[EntityHit]:
    """Entities whose label or alias matches ``q``: exact, prefix, word prefix, then fuzzy."""
    query = q.strip().casefold()
    if not query:
        raise InputError("the search text is empty")
    pairs = _INDEX.current(store)
    best: dict[str, tuple[float, str]] = {}
    if QID.fullmatch(query):  # a Wikidata id: the entities linked to it, above any name match
        qid = URIRef(str(WD) + query.upper())
        for row in store.select(SAME_AS, {"qid": qid}, limit=limit):
            best[str(row["e"])] = (101.0, query.upper())
    for iri, label in pairs:
        score = _score(query, label)
        if score and score > best.get(iri, (0.0, ""))[0]:
            best[iri] = (score, label)
    labels = [label.casefold() for _iri, label in pairs]
    for _choice, score, index in process.extract(
        query, labels, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=max(limit * 5, 50)
    ):
        iri, label = pairs[index]
        # Fuzzy matches rank below every prefix match.
        fuzzy = round(min(float(score), 89.0), 1)
        if fuzzy > best.get(iri, (0.0, ""))[0]:
            best[iri] = (fuzzy, label)
    wanted = set(types or [])
    hits = []
    for iri, (score, matched) in sorted(best.items(), key=lambda item: (-item[1][0], item[1][1], item[0])):
        card = describe_entity(store, URIRef(iri), counts=False)
        if wanted and not wanted.intersection(card.types):
            continue
        hits.append(EntityHit(iri, card.labels[0] if card.labels else None, matched, score, tuple(card.types)))
        if len(hits) >= limit:
            break
    return hits


def _count(store: GraphStore, query: str, iri: URIRef) -> int:
    rows = store.select(query, {"s": iri}, limit=1)
    value = rows[0].get("n") if rows else None
    return int(value.toPython()) if isinstance(value, Literal) else 0


def describe_entity(store: GraphStore, iri: URIRef, *, counts: bool = True) -> EntityCard:
    """Labels, aliases, types, Wikidata links and (optionally) how connected ``iri`` is."""
    card = EntityCard(iri=str(iri))
    for row in store.select(PROPERTIES, {"s": iri}, limit=5_000):
        p, o = row["p"], row["o"]
        if p == RDFS.label and isinstance(o, Literal):
            card.labels.append(str(o))
        elif p == SKOS.altLabel and isinstance(o, Literal):
            card.alt_labels.append(str(o))
        elif p == RDF.type:
            card.types.append(str(o))
        elif p == OWL.sameAs:
            card.same_as.append(str(o))
    for values in (card.labels, card.alt_labels, card.types, card.same_as):
        values[:] = sorted(set(values))
    if counts:
        card.counts = {
            "events": _count(store, EVENT_COUNT, iri),
            "documents": _count(store, DOCUMENT_COUNT, iri),
            "statements_out": _count(store, OUTGOING_COUNT, iri),
            "statements_in": _count(store, INCOMING_COUNT, iri),
        }
    return card


__all__ = ["EntityCard", "EntityHit", "describe_entity", "search_entities"]
