"""What the scorer reads from a built graph: predicted events and actor/place nodes.

The graph handed to the scorer may not contain the ontology, so event classes are
recognised by the contract's list of class IRIs rather than by ``rdfs:subClassOf``
inference, and an actor is whatever node carries a label, an alternative label or an
``owl:sameAs`` link.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from graph_builder.evaluation.gold import EVENT_TYPES, GoldPassage
from graph_builder.namespaces import PA

EVENT_CLASSES: dict[URIRef, str] = {URIRef(PA[name]): name for name in EVENT_TYPES}
PARTICIPANT_PREDICATES: tuple[URIRef, ...] = (URIRef(PA.participant), URIRef(PA.agent), URIRef(PA.target))

# Both Wikidata IRI spellings seen in the wild; the contract uses the http entity form.
_WIKIDATA_IRI = re.compile(r"https?://www\.wikidata\.org/(?:entity|wiki)/(Q[1-9][0-9]*)")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'"})

Span = tuple[int, int]


def normalise(text: str) -> str:
    """Fold a name for matching: case, apostrophes, punctuation and spacing do not count.

    >>> normalise("  Russia\u2019s  Defense-Ministry. ")
    'russias defenseministry'
    """
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    kept = "".join(char for char in folded if not unicodedata.category(char).startswith("P"))
    return " ".join(kept.casefold().split())


def qid_of(term: Node) -> str | None:
    """The QID of a Wikidata item IRI (``wd:Q159`` -> ``"Q159"``), else ``None``."""
    if not isinstance(term, URIRef):
        return None
    found = _WIKIDATA_IRI.fullmatch(str(term))
    return found.group(1) if found else None


def spans_overlap(first: Span, second: Span) -> bool:
    """Half-open character ranges share at least one character."""
    return first[0] < second[1] and second[0] < first[1]


@dataclass(frozen=True)
class PredictedEvent:
    """A contract-typed event node and the arguments the scorer compares."""

    iri: Node
    type: str
    spans: tuple[Span, ...]
    texts: tuple[str, ...]
    participants: tuple[Node, ...]
    locations: tuple[Node, ...]
    dates: tuple[str, ...]
    quantities: tuple[str, ...]
    reported_by: tuple[Node, ...]


def read_events(graph: Graph) -> list[PredictedEvent]:
    """Every subject typed with a contract event class, in IRI order for stable output."""
    classes: dict[Node, list[str]] = {}
    for subject, kind in graph.subject_objects(RDF.type):
        if isinstance(kind, URIRef) and kind in EVENT_CLASSES:
            classes.setdefault(subject, []).append(EVENT_CLASSES[kind])
    ordered = sorted(classes.items(), key=lambda item: str(item[0]))
    return [_read_event(graph, iri, _one_type(names)) for iri, names in ordered]


def _one_type(names: list[str]) -> str:
    # The builder emits exactly one class; if a graph has several (all siblings under
    # pa:Event, so none is "most specific") take the first in contract order, deterministically.
    return min(names, key=EVENT_TYPES.index)


def _read_event(graph: Graph, iri: Node, kind: str) -> PredictedEvent:
    mentions = sorted(graph.objects(iri, PA.evidence), key=str)
    spans = [(span, _text(graph, mention)) for mention in mentions if (span := _span(graph, mention))]
    return PredictedEvent(
        iri=iri,
        type=kind,
        spans=tuple(span for span, _ in spans),
        texts=tuple(text for _, text in spans),
        participants=_unique(o for p in PARTICIPANT_PREDICATES for o in graph.objects(iri, p)),
        locations=_unique(graph.objects(iri, PA.location)),
        dates=tuple(sorted({str(o) for o in graph.objects(iri, PA.date) if isinstance(o, Literal)})),
        quantities=tuple(sorted({_integer_text(o) for o in graph.objects(iri, PA.quantity)})),
        reported_by=_unique(graph.objects(iri, PA.reportedBy)),
    )


def _unique(nodes: Iterable[Node]) -> tuple[Node, ...]:
    return tuple(sorted(set(nodes), key=str))


def _span(graph: Graph, mention: Node) -> Span | None:
    start, end = graph.value(mention, PA.charStart), graph.value(mention, PA.charEnd)
    try:
        return (int(str(start)), int(str(end))) if start is not None and end is not None else None
    except ValueError:
        return None


def _text(graph: Graph, mention: Node) -> str:
    value = graph.value(mention, PA.text)
    return str(value) if value is not None else ""


def _integer_text(term: Node) -> str:
    # compare quantities as integers, so "1200"^^xsd:integer and "01200" agree with 1200
    try:
        return str(int(str(term)))
    except ValueError:
        return str(term)


class EntityMatcher:
    """Maps graph nodes to the gold entities of one passage (gold-format rule 2).

    A node matches an entity when it carries ``owl:sameAs`` the entity's QID, or when
    its ``rdfs:label`` or any ``skos:altLabel`` equals the entity's name or an alias
    after :func:`normalise`.
    """

    def __init__(self, passage: GoldPassage, graph: Graph) -> None:
        self._graph = graph
        self._forms = {
            entity.name: {normalise(form) for form in (entity.name, *entity.aliases)} - {""}
            for entity in passage.entities
        }
        self._qids = {entity.name: entity.wikidata for entity in passage.entities}
        self._cache: dict[Node, frozenset[str]] = {}

    def names(self, node: Node) -> frozenset[str]:
        """Names of the gold entities ``node`` matches (usually zero or one)."""
        if node not in self._cache:
            forms = {normalise(label) for label in self._labels(node)}
            qids = self.qids(node)
            self._cache[node] = frozenset(
                name for name, gold_forms in self._forms.items()
                if gold_forms & forms or self._qids[name] in qids
            )
        return self._cache[node]

    def qids(self, node: Node) -> frozenset[str]:
        """Wikidata QIDs the node is ``owl:sameAs``."""
        return frozenset(q for q in map(qid_of, self._graph.objects(node, OWL.sameAs)) if q)

    def label(self, node: Node) -> str:
        """The node's ``rdfs:label`` (smallest, for stable output), else its IRI."""
        labels = sorted(str(o) for o in self._graph.objects(node, RDFS.label))
        return labels[0] if labels else str(node)

    def value(self, node: Node, preferred: Iterable[str]) -> str:
        """The gold name standing for ``node``, preferring ``preferred`` when it matches
        several; a node that matches no gold entity stands for its own label."""
        names = self.names(node)
        best = sorted(names & frozenset(preferred)) or sorted(names)
        return best[0] if best else self.label(node)

    def candidates(self, node: Node) -> tuple[str, ...]:
        """Every value :meth:`value` could return for ``node``."""
        return tuple(sorted(self.names(node))) or (self.label(node),)

    def nodes(self) -> list[Node]:
        """Actor/place candidates: labelled or linked nodes outside the vocabulary."""
        found: set[Node] = set()
        for predicate in (RDFS.label, SKOS.altLabel, OWL.sameAs):
            found.update(self._graph.subjects(predicate, None))
        # the ontology's own terms carry labels ("State", "Attack") but are not actors
        return sorted((node for node in found if not str(node).startswith(str(PA))), key=str)

    def _labels(self, node: Node) -> list[str]:
        return [
            str(o) for p in (RDFS.label, SKOS.altLabel)
            for o in self._graph.objects(node, p) if isinstance(o, Literal)
        ]


__all__ = [
    "EVENT_CLASSES", "EntityMatcher", "PredictedEvent", "normalise", "qid_of",
    "read_events", "spans_overlap",
]
