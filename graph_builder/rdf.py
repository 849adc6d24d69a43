"""Extraction records → quads: the only module that knows the ontology's IRIs.

IRIs are minted deterministically (the contract's rule): actors and places from their
canonical name, events and mentions from the document id and character offsets. A term
that the ontology does not define is refused, so the graph cannot drift from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from graph_builder.entities import ResolvedEntity
from graph_builder.errors import ParleyError
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan
from graph_builder.ingest import SourceDocument
from graph_builder.namespaces import ENTITIES_GRAPH, GEO, PA, PID, WD, WDT, doc_graph, doc_iri
from graph_builder.terms import Quad

DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
ORGANISATIONS = frozenset(["Organization", "GovernmentBody", "ArmedForce", "InternationalOrganization", "State"])
# The ontology's ranges, checked before a relation is written: a demonym of a people
# ("Tutsi") that links to a group is not something a force can be part of.
RELATION_RANGES: dict[str, frozenset[str]] = {
    "partOf": ORGANISATIONS,
    "memberOf": ORGANISATIONS,
    "locatedIn": frozenset(["Place", "State"]),
    "allyOf": ORGANISATIONS | {"Person", "Group"},
}


class OntologyTermError(ParleyError):
    """The mapper was asked to emit a term the ontology does not define."""


def entity_iri(entity: ResolvedEntity) -> URIRef:
    """The node of an actor or place.

    >>> entity_iri(ResolvedEntity("russia", "Russia", "State", "Q159"))
    rdflib.term.URIRef('https://w3id.org/parley/id/actor/russia')
    >>> entity_iri(ResolvedEntity("istanbul", "Istanbul", "Place", "Q406"))
    rdflib.term.URIRef('https://w3id.org/parley/id/place/istanbul')
    """
    return URIRef(PID[("place/" if entity.is_place else "actor/") + entity.key])


def span_iri(kind: str, doc_id: str, span: TextSpan) -> URIRef:
    """An event or mention node, minted from the document and the offsets.

    >>> span_iri("event", "seed", TextSpan(0, 151, "..."))
    rdflib.term.URIRef('https://w3id.org/parley/id/event/seed-0-151')
    """
    return URIRef(PID[f"{kind}/{doc_id}-{span.start}-{span.end}"])


def point_literal(latitude: float, longitude: float) -> Literal:
    """A WKT point as Wikidata writes P625: longitude first.

    >>> point_literal(50.45, 30.5236)
    rdflib.term.Literal('Point(30.5236 50.45)', datatype=rdflib.term.URIRef('http://www.opengis.net/ont/geosparql#wktLiteral'))
    """
    return Literal(f"Point({longitude:g} {latitude:g})", datatype=GEO.wktLiteral)


def date_literal(value: str) -> Literal:
    """A typed date at the precision the text gave.

    >>> date_literal("2025-06").datatype == XSD.gYearMonth
    True
    """
    return Literal(value, datatype=DATE_TYPES[len(value)])


@dataclass(frozen=True)
class MappedDocument:
    """A document's quads: its own graph, and the entity descriptions it contributes."""

    doc_quads: list[Quad]
    entity_quads: list[Quad]

    def as_graph(self) -> Graph:
        """Both parts as one plain graph: what scoring and validation read."""
        graph = Graph()
        graph += ((s, p, o) for s, p, o, _g in self.doc_quads + self.entity_quads)  # type: ignore[misc]
        return graph


class RdfMapper:
    """Maps one document's extraction to quads, checking every term against the ontology."""

    def __init__(self, ontology_terms: frozenset[URIRef]) -> None:
        # Local name → IRI for every pa: term, built once: term() runs for every statement.
        prefix = str(PA)
        self._terms = {str(t)[len(prefix) :]: t for t in ontology_terms if str(t).startswith(prefix)}

    def term(self, name: str) -> URIRef:
        """The IRI of an ontology term; a name the ontology lacks is refused."""
        try:
            return self._terms[name]
        except KeyError:
            raise OntologyTermError(f"pa:{name} is not defined in ontology/parley.ttl") from None

    def map_document(
        self,
        doc: SourceDocument,
        extraction: DocumentExtraction,
        entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]],
        derived: Iterable[tuple[ResolvedEntity, str, ResolvedEntity]] = (),
    ) -> MappedDocument:
        graph = doc_graph(doc.id)
        triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = list(self._document(doc))
        for event in extraction.events:
            triples.extend(self._event(doc.id, event, entities))
        for event in extraction.events:
            for target in event.led_to:
                triples.append(
                    (
                        span_iri("event", doc.id, event.anchor),
                        self.term("ledTo"),
                        span_iri("event", doc.id, extraction.events[target].anchor),
                    )
                )
        for relation in extraction.relations:
            for subject in entities.get(relation.subject, ())[:1]:
                # A reference like "a close ally" resolves to ranked candidates: the first
                # that is not the subject itself is meant.
                # A demonym owner ("Russian" Defense Ministry) must be a state the KB knows.
                allowed = (
                    frozenset(["State"]) if relation.object.label == "NORP" else RELATION_RANGES[relation.predicate]
                )
                objects = [
                    o for o in entities.get(relation.object, ()) if o != subject and o.contract_class in allowed
                ][:1]
                triples.extend((entity_iri(subject), self.term(relation.predicate), entity_iri(o)) for o in objects)
        for subject, predicate, obj in derived:
            triples.append((entity_iri(subject), self.term(predicate), entity_iri(obj)))
        doc_quads: list[Quad] = [(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]
        described = self._entities(entities, graph)
        doc_quads += [q for q in described if q[3] == graph]
        return MappedDocument(doc_quads, [q for q in described if q[3] != graph])

    def _document(self, doc: SourceDocument) -> Iterable[tuple[URIRef, URIRef, URIRef | Literal]]:
        iri = doc_iri(doc.id)
        yield iri, RDF.type, self.term("Document")
        if doc.title:
            yield iri, DCTERMS.title, Literal(doc.title)
        if doc.published:
            yield iri, DCTERMS.issued, Literal(doc.published.isoformat(), datatype=XSD.date)
        if doc.url:
            yield iri, DCTERMS.source, URIRef(doc.url)
        # The text the mentions' offsets index, so a reader can see the evidence in place.
        yield iri, self.term("content"), Literal(doc.text)

    def _mention(self, doc_id: str, span: TextSpan) -> Iterable[tuple[URIRef, URIRef, URIRef | Literal]]:
        iri = span_iri("mention", doc_id, span)
        yield iri, RDF.type, self.term("Mention")
        yield iri, self.term("text"), Literal(span.text)
        yield iri, self.term("charStart"), Literal(span.start, datatype=XSD.integer)
        yield iri, self.term("charEnd"), Literal(span.end, datatype=XSD.integer)
        yield iri, PROV.wasDerivedFrom, doc_iri(doc_id)

    def _event(
        self, doc_id: str, event: EventRecord, entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]]
    ) -> Iterable[tuple[URIRef, URIRef, URIRef | Literal]]:
        iri = span_iri("event", doc_id, event.anchor)
        yield iri, RDF.type, self.term(event.event_class)
        yield iri, PROV.wasDerivedFrom, doc_iri(doc_id)
        yield iri, self.term("modality"), self.term(event.modality)
        yield iri, self.term("confidence"), Literal(Decimal(f"{event.confidence:.2f}"), datatype=XSD.decimal)
        for span in event.evidence:
            yield iri, self.term("evidence"), span_iri("mention", doc_id, span)
            yield from self._mention(doc_id, span)
        for role, refs in (
            ("participant", event.participants + event.agents + event.targets),
            ("agent", event.agents),
            ("target", event.targets),
            ("reportedBy", event.reported_by),
        ):
            for ref in refs:
                for entity in entities.get(ref, ()):
                    if not entity.is_place:
                        yield iri, self.term(role), entity_iri(entity)
        if event.location is not None:
            for place in entities.get(event.location, ())[:1]:
                yield iri, self.term("location"), entity_iri(place)
        yield from self._values(iri, event)

    def _values(self, iri: URIRef, event: EventRecord) -> Iterable[tuple[URIRef, URIRef, URIRef | Literal]]:
        if event.date:
            yield iri, self.term("date"), date_literal(event.date)
        if event.date_text:
            yield iri, self.term("dateText"), Literal(event.date_text)
        for name, number in (
            ("quantity", event.quantity),
            ("fatalities", event.fatalities),
            ("injuries", event.injuries),
        ):
            if number is not None:
                yield iri, self.term(name), Literal(number, datatype=XSD.integer)
        if event.quantity_text:
            yield iri, self.term("quantityText"), Literal(event.quantity_text)

    def _entities(self, entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]], graph: URIRef) -> list[Quad]:
        """Entity descriptions: shared ones in the entities graph, a document-local group's in
        the document's own graph (so it goes when the document does)."""
        quads: list[Quad] = []
        labels: dict[ResolvedEntity, set[str]] = {}
        for ref, resolved in entities.items():
            for entity in resolved:
                surfaces = labels.setdefault(entity, set())
                if not ref.label.startswith("COREF"):
                    surfaces.add(ref.text.strip())
        for entity, surfaces in labels.items():
            iri = entity_iri(entity)
            where = graph if entity.local else ENTITIES_GRAPH
            quads.append((iri, RDF.type, self.term(entity.contract_class), where))
            quads.append((iri, RDFS.label, Literal(entity.label), where))
            if entity.qid:
                quads.append((iri, OWL.sameAs, URIRef(WD[entity.qid]), where))
            if entity.coordinates:
                quads.append((iri, WDT.P625, point_literal(*entity.coordinates), where))
            for surface in sorted(surfaces - {entity.label}):
                quads.append((iri, SKOS.altLabel, Literal(surface), where))
        return quads


def unresolved_date_texts(quads: Iterable[Quad]) -> list[str]:
    """Date expressions of events that got no ``pa:date`` (e.g. "on Tuesday" in an article
    without a publication date), sorted.

    >>> e, g = PID["event/d-1"], doc_graph("d")
    >>> unresolved_date_texts([(e, PA.dateText, Literal("on Tuesday"), g)])
    ['on Tuesday']
    >>> unresolved_date_texts([(e, PA.dateText, Literal("on Tuesday"), g), (e, PA.date, Literal("2025-06-10"), g)])
    []
    """
    texts: dict[Node, str] = {}
    dated: set[Node] = set()
    for s, p, o, _ in quads:
        if p == PA.dateText:
            texts[s] = str(o)
        elif p == PA.date:
            dated.add(s)
    return sorted(text for event, text in texts.items() if event not in dated)
