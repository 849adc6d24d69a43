"""Extraction records → quads: the only module that knows the ontology's IRIs.

IRIs are minted deterministically (the contract's rule): actors and places from their
canonical name, events and mentions from the document id and character offsets. A term
that the ontology does not define is refused, so the graph cannot drift from it.

Quads are tuples of pyoxigraph terms, made once per statement and written as they are by
the store and the N-Quads writer: an rdflib term costs several times more to build (its IRI
check, its literal's Python value) and the store converted every one back. rdflib is for
readers of a mapped document (:meth:`MappedDocument.as_graph`), not for the build.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from graph_builder.entities import ResolvedEntity
from graph_builder.errors import ParleyError
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan
from graph_builder.ingest import SourceDocument
from graph_builder.namespaces import ENTITIES_GRAPH, GEO, PA, PID, WD, WDT, doc_graph, doc_iri
from graph_builder.terms import OxTerm, Quad, Term, from_ox, lexical, to_ox

# The IRIs the mapper writes besides pa: terms, made once.
RDF_TYPE = ox.NamedNode(str(RDF.type))
RDFS_LABEL = ox.NamedNode(str(RDFS.label))
SKOS_ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))
OWL_SAME_AS = ox.NamedNode(str(OWL.sameAs))
PROV_DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))
DCTERMS_TITLE, DCTERMS_ISSUED, DCTERMS_SOURCE = (
    ox.NamedNode(str(t)) for t in (DCTERMS.title, DCTERMS.issued, DCTERMS.source)
)
WDT_COORDINATES = ox.NamedNode(str(WDT.P625))
XSD_STRING, XSD_INTEGER, XSD_DECIMAL, XSD_DATE = (
    ox.NamedNode(str(t)) for t in (XSD.string, XSD.integer, XSD.decimal, XSD.date)
)
WKT_LITERAL = ox.NamedNode(str(GEO.wktLiteral))
ENTITIES = ox.NamedNode(str(ENTITIES_GRAPH))
DATE_TYPES = {10: XSD_DATE, 7: ox.NamedNode(str(XSD.gYearMonth)), 4: ox.NamedNode(str(XSD.gYear))}
PA_DATE, PA_DATE_TEXT = ox.NamedNode(str(PA.date)), ox.NamedNode(str(PA.dateText))
_PID, _WD = str(PID), str(WD)

ORGANISATIONS = frozenset(["Organization", "GovernmentBody", "ArmedForce", "InternationalOrganization", "State"])
# The ontology's ranges, checked before a relation is written: a demonym of a people
# ("Tutsi") that links to a group is not something a force can be part of.
RELATION_RANGES: dict[str, frozenset[str]] = {
    "partOf": ORGANISATIONS,
    "memberOf": ORGANISATIONS,
    "locatedIn": frozenset(["Place", "State"]),
    "allyOf": ORGANISATIONS | {"Person", "Group"},
}

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


class OntologyTermError(ParleyError):
    """The mapper was asked to emit a term the ontology does not define."""


def entity_iri(entity: ResolvedEntity) -> ox.NamedNode:
    """The node of an actor or place.

    >>> entity_iri(ResolvedEntity("russia", "Russia", "State", "Q159"))
    <NamedNode value=https://w3id.org/parley/id/actor/russia>
    >>> entity_iri(ResolvedEntity("istanbul", "Istanbul", "Place", "Q406"))
    <NamedNode value=https://w3id.org/parley/id/place/istanbul>
    """
    return ox.NamedNode(_PID + ("place/" if entity.is_place else "actor/") + entity.key)


def span_iri(kind: str, doc_id: str, span: TextSpan) -> ox.NamedNode:
    """An event or mention node, minted from the document and the offsets.

    >>> span_iri("event", "seed", TextSpan(0, 151, "..."))
    <NamedNode value=https://w3id.org/parley/id/event/seed-0-151>
    """
    return ox.NamedNode(f"{_PID}{kind}/{doc_id}-{span.start}-{span.end}")


def point_literal(latitude: float, longitude: float) -> ox.Literal:
    """A WKT point as Wikidata writes P625: longitude first.

    >>> point_literal(50.45, 30.5236)
    <Literal value=Point(30.5236 50.45) datatype=<NamedNode value=http://www.opengis.net/ont/geosparql#wktLiteral>>
    """
    return ox.Literal(f"Point({longitude:g} {latitude:g})", datatype=WKT_LITERAL)


def date_literal(value: str) -> ox.Literal:
    """A typed date at the precision the text gave.

    >>> date_literal("2025-06")
    <Literal value=2025-06 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYearMonth>>
    """
    return ox.Literal(value, datatype=DATE_TYPES[len(value)])


def _integer_literal(number: int) -> ox.Literal:
    return ox.Literal(str(number), datatype=XSD_INTEGER)


@dataclass(frozen=True)
class MappedDocument:
    """A document's quads: its own graph, and the entity descriptions it contributes."""

    doc_quads: list[Quad]
    entity_quads: list[Quad]

    def as_graph(self) -> Graph:
        """Both parts as one plain rdflib graph: what scoring and validation read."""
        graph = Graph()
        graph += ((_rdflib(s), _rdflib(p), _rdflib(o)) for s, p, o, _g in self.doc_quads + self.entity_quads)  # type: ignore[misc]
        return graph


def _rdflib(term: Term) -> Node:
    # rdflib tells a plain literal from the same string typed xsd:string; readers of
    # as_graph() compare with Literal("text"), as the mapper made them before.
    if isinstance(term, ox.Literal) and term.datatype == XSD_STRING and not term.language:
        return Literal(term.value)
    return from_ox(term)


class RdfMapper:
    """Maps one document's extraction to quads, checking every term against the ontology."""

    def __init__(self, ontology_terms: Iterable[Term]) -> None:
        # Local name → IRI for every pa: term, built once: term() runs for every statement.
        prefix = str(PA)
        self._terms = {str(t)[len(prefix) :]: ox.NamedNode(str(t)) for t in ontology_terms if str(t).startswith(prefix)}

    def term(self, name: str) -> ox.NamedNode:
        """The IRI of an ontology term; a name the ontology lacks is refused."""
        try:
            return self._terms[name]
        except KeyError:
            raise OntologyTermError(f"pa:{name} is not defined in ontology/parley.ttl") from None

    def digest_quad(self, doc_id: str, digest: str) -> Quad:
        """The document's content digest, which decides whether a later build may skip it."""
        graph = ox.NamedNode(str(doc_graph(doc_id)))
        return ox.NamedNode(str(doc_iri(doc_id))), self.term("contentDigest"), ox.Literal(digest), graph

    def map_document(
        self,
        doc: SourceDocument,
        extraction: DocumentExtraction,
        entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]],
        derived: Iterable[tuple[ResolvedEntity, str, ResolvedEntity]] = (),
    ) -> MappedDocument:
        graph = ox.NamedNode(str(doc_graph(doc.id)))
        source = ox.NamedNode(str(doc_iri(doc.id)))
        triples: list[Triple] = list(self._document(doc, source))
        events = [span_iri("event", doc.id, event.anchor) for event in extraction.events]
        for iri, event in zip(events, extraction.events, strict=True):
            triples.extend(self._event(iri, source, doc.id, event, entities))
        led_to = self.term("ledTo")
        for iri, event in zip(events, extraction.events, strict=True):
            triples += [(iri, led_to, events[target]) for target in event.led_to]
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
        described = self._entities(entities, graph, doc.text)
        doc_quads += [q for q in described if q[3] == graph]
        return MappedDocument(doc_quads, [q for q in described if q[3] != graph])

    def _document(self, doc: SourceDocument, iri: ox.NamedNode) -> Iterable[Triple]:
        yield iri, RDF_TYPE, self.term("Document")
        if doc.title:
            yield iri, DCTERMS_TITLE, ox.Literal(doc.title)
        if doc.published:
            yield iri, DCTERMS_ISSUED, ox.Literal(doc.published.isoformat(), datatype=XSD_DATE)
        if doc.url:
            yield iri, DCTERMS_SOURCE, ox.NamedNode(doc.url)
        # The text the mentions' offsets index, so a reader can see the evidence in place.
        yield iri, self.term("content"), ox.Literal(doc.text)

    def _mention(self, doc_id: str, source: ox.NamedNode, span: TextSpan) -> Iterable[Triple]:
        iri = span_iri("mention", doc_id, span)
        yield iri, RDF_TYPE, self.term("Mention")
        yield iri, self.term("text"), ox.Literal(span.text)
        yield iri, self.term("charStart"), _integer_literal(span.start)
        yield iri, self.term("charEnd"), _integer_literal(span.end)
        yield iri, PROV_DERIVED_FROM, source

    def _event(
        self,
        iri: ox.NamedNode,
        source: ox.NamedNode,
        doc_id: str,
        event: EventRecord,
        entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]],
    ) -> Iterable[Triple]:
        yield iri, RDF_TYPE, self.term(event.event_class)
        yield iri, PROV_DERIVED_FROM, source
        yield iri, self.term("modality"), self.term(event.modality)
        yield iri, self.term("confidence"), ox.Literal(f"{event.confidence:.2f}", datatype=XSD_DECIMAL)
        for span in event.evidence:
            yield iri, self.term("evidence"), span_iri("mention", doc_id, span)
            yield from self._mention(doc_id, source, span)
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

    def _values(self, iri: ox.NamedNode, event: EventRecord) -> Iterable[Triple]:
        if event.date:
            yield iri, self.term("date"), date_literal(event.date)
        if event.date_text:
            yield iri, self.term("dateText"), ox.Literal(event.date_text)
        for name, number in (
            ("quantity", event.quantity),
            ("fatalities", event.fatalities),
            ("injuries", event.injuries),
        ):
            if number is not None:
                yield iri, self.term(name), _integer_literal(number)
        if event.quantity_text:
            yield iri, self.term("quantityText"), ox.Literal(event.quantity_text)

    def _entities(
        self, entities: Mapping[ActorRef, tuple[ResolvedEntity, ...]], graph: ox.NamedNode, text: str
    ) -> list[Quad]:
        """Entity descriptions: shared ones in the entities graph, a document-local group's in
        the document's own graph (so it goes when the document does). Every way the text wrote
        an actor is an alternative label: a mention's name may be normalised ("Pakistan
        defence minister"), and a reader searching for the words as printed ("Pakistan's
        defence minister") should find it."""
        quads: list[Quad] = []
        labels: dict[ResolvedEntity, set[str]] = {}
        for ref, resolved in entities.items():
            for entity in resolved:
                surfaces = labels.setdefault(entity, set())
                if not ref.label.startswith("COREF"):
                    surfaces.update((ref.text.strip(), text[ref.start : ref.end].strip()))
        for entity, surfaces in labels.items():
            iri = entity_iri(entity)
            where = graph if entity.local else ENTITIES
            quads.append((iri, RDF_TYPE, self.term(entity.contract_class), where))
            quads.append((iri, RDFS_LABEL, ox.Literal(entity.label), where))
            if entity.qid:
                quads.append((iri, OWL_SAME_AS, ox.NamedNode(_WD + entity.qid), where))
            if entity.coordinates:
                quads.append((iri, WDT_COORDINATES, point_literal(*entity.coordinates), where))
            alt_labels = sorted(surfaces - {entity.label, ""})
            quads.extend((iri, SKOS_ALT_LABEL, ox.Literal(surface), where) for surface in alt_labels)
        return quads


def unresolved_date_texts(quads: Iterable[Quad]) -> list[str]:
    """Date expressions of events that got no ``pa:date`` (e.g. "on Tuesday" in an article
    without a publication date), sorted.

    >>> e, g = span_iri("event", "d", TextSpan(0, 5, "...")), ox.NamedNode(str(doc_graph("d")))
    >>> on_tuesday = (e, PA_DATE_TEXT, ox.Literal("on Tuesday"), g)
    >>> unresolved_date_texts([on_tuesday])
    ['on Tuesday']
    >>> unresolved_date_texts([on_tuesday, (e, PA_DATE, date_literal("2025-06-10"), g)])
    []
    """
    texts: dict[OxTerm, str] = {}
    dated: set[OxTerm] = set()
    for s, p, o, _ in quads:
        predicate = to_ox(p)
        if predicate == PA_DATE_TEXT:
            texts[to_ox(s)] = lexical(o)
        elif predicate == PA_DATE:
            dated.add(to_ox(s))
    return sorted(text for event, text in texts.items() if event not in dated)
