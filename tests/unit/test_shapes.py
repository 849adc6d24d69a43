"""SHACL shapes accept a well-built graph and name exactly what is wrong with a broken one."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from graph_builder.namespaces import ENTITIES_GRAPH, PA, PID, WD, doc_graph, doc_iri
from graph_builder.validation import (
    ONTOLOGY_DIR,
    ValidationReport,
    load_shapes,
    ontology_terms,
    validate_graph,
)

EVIDENCE = "Russia and Ukraine have executed a prisoner of war exchange"
EVENT = URIRef(PID["event/seed-0-59"])
MENTION = URIRef(PID["mention/seed-0-59"])
DOC = doc_iri("seed")
RUSSIA = URIRef(PID["actor/russia"])
UKRAINE = URIRef(PID["actor/ukraine"])
MOD = URIRef(PID["actor/russia-ministry-of-defence"])
ISTANBUL = URIRef(PID["place/istanbul"])
TURKEY = URIRef(PID["actor/turkey"])

EVENT_CLASSES = (
    "Negotiation", "Agreement", "Ceasefire", "PrisonerExchange", "Release", "Repatriation",
    "Attack", "Sanction", "Aid", "Statement", "Accusation", "Threat", "Demand",
)  # fmt: skip


def document_triples() -> Graph:
    """One document's graph as the builder writes it: document, event, mention."""
    g = Graph()
    g.add((DOC, RDF.type, PA.Document))
    g.add((DOC, DCTERMS.title, Literal("Russia and Ukraine swap prisoners")))
    g.add((DOC, DCTERMS.issued, Literal("2025-06-09", datatype=XSD.date)))
    g.add((DOC, DCTERMS.source, URIRef("https://example.org/news/1")))
    g.add((EVENT, RDF.type, PA.PrisonerExchange))
    g.add((EVENT, PROV.wasDerivedFrom, DOC))
    for actor in (RUSSIA, UKRAINE):
        g.add((EVENT, PA.participant, actor))
    g.add((EVENT, PA.agent, RUSSIA))
    g.add((EVENT, PA.reportedBy, MOD))
    g.add((EVENT, PA.location, ISTANBUL))
    g.add((EVENT, PA.date, Literal("2025-06-09", datatype=XSD.date)))
    g.add((EVENT, PA.dateText, Literal("on Monday")))
    g.add((EVENT, PA.quantity, Literal(1200)))
    g.add((EVENT, PA.quantityText, Literal("1,200 prisoners of war")))
    g.add((EVENT, PA.modality, PA.Asserted))
    g.add((EVENT, PA.confidence, Literal(Decimal("0.85"))))
    g.add((EVENT, PA.evidence, MENTION))
    g.add((MENTION, RDF.type, PA.Mention))
    g.add((MENTION, PA.text, Literal(EVIDENCE)))
    g.add((MENTION, PA.charStart, Literal(0)))
    g.add((MENTION, PA.charEnd, Literal(len(EVIDENCE))))
    g.add((MENTION, PROV.wasDerivedFrom, DOC))
    return g


def entity_triples() -> Graph:
    """The entities graph: actors and places with types, labels and Wikidata links."""
    g = Graph()
    for iri, cls, label, qid in (
        (RUSSIA, PA.State, "Russia", "Q159"),
        (UKRAINE, PA.State, "Ukraine", "Q212"),
        (MOD, PA.GovernmentBody, "Ministry of Defence of the Russian Federation", "Q1341600"),
        (ISTANBUL, PA.Place, "Istanbul", "Q406"),
        (TURKEY, PA.State, "Türkiye", "Q43"),
    ):
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(label)))
        g.add((iri, OWL.sameAs, WD[qid]))
    g.add((RUSSIA, SKOS.altLabel, Literal("Moscow")))
    g.add((RUSSIA, SKOS.altLabel, Literal("Russie", lang="fr")))
    g.add((MOD, PA.partOf, RUSSIA))
    g.add((ISTANBUL, PA.locatedIn, TURKEY))
    return g


def entity_triples_without(predicate: URIRef, subject: URIRef) -> Graph:
    g = entity_triples()
    g.remove((subject, predicate, None))
    return g


def valid_graph() -> Graph:
    return document_triples() + entity_triples()


def local(iri: URIRef | None) -> str:
    """The local name of a property or component IRI; "" for a node-level (pathless) result."""
    return "" if iri is None else re.split(r"[#/]", str(iri))[-1]


def kinds(report: ValidationReport) -> list[tuple[URIRef, str, str]]:
    """(focus, path local name, component local name) of each violation, sorted."""
    return sorted((URIRef(str(v.focus)), local(v.path), local(v.component)) for v in report.results)


def assert_only(report: ValidationReport, *expected: tuple[URIRef, str, str]) -> None:
    assert not report.conforms, report.text
    assert report.violations == len(expected), report.text
    assert kinds(report) == sorted(expected), report.text


def test_valid_graph_conforms() -> None:
    report = validate_graph(valid_graph())
    assert report.conforms, report.text
    assert report.violations == 0
    assert report.results == ()


def test_validation_does_not_change_the_data() -> None:
    data = valid_graph()
    before = set(data)
    validate_graph(data)
    assert set(data) == before


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # Events sit in the document's graph, their actors in the entities graph.
    ds = Dataset()
    doc = ds.graph(doc_graph("seed"))
    for triple in document_triples():
        doc.add(triple)
    entities = ds.graph(ENTITIES_GRAPH)
    for triple in entity_triples():
        entities.add(triple)
    assert validate_graph(ds).conforms
    entities.remove((UKRAINE, RDFS.label, None))
    assert_only(validate_graph(ds), (UKRAINE, "label", "MinCountConstraintComponent"))


def test_entities_graph_alone_conforms() -> None:
    assert validate_graph(entity_triples_without(PA.partOf, MOD)).conforms


def test_oxigraph_backed_graph_validates() -> None:
    data = Graph(store="Oxigraph")
    for triple in valid_graph():
        data.add(triple)
    assert validate_graph(data).conforms
    data.remove((EVENT, PA.evidence, None))
    assert_only(validate_graph(data), (EVENT, "evidence", "MinCountConstraintComponent"))


def test_event_without_evidence() -> None:
    data = valid_graph()
    data.remove((EVENT, PA.evidence, None))
    assert_only(validate_graph(data), (EVENT, "evidence", "MinCountConstraintComponent"))


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_is_targeted_through_subclass(name: str) -> None:
    data = valid_graph()
    data.remove((EVENT, RDF.type, None))
    data.add((EVENT, RDF.type, PA[name]))
    assert validate_graph(data).conforms
    data.remove((EVENT, PA.evidence, None))
    assert_only(validate_graph(data), (EVENT, "evidence", "MinCountConstraintComponent"))


def test_event_with_two_contract_classes() -> None:
    data = valid_graph()
    data.add((EVENT, RDF.type, PA.Release))
    assert_only(validate_graph(data), (EVENT, "type", "QualifiedMaxCountConstraintComponent"))


def test_event_typed_only_as_event() -> None:
    data = valid_graph()
    data.remove((EVENT, RDF.type, None))
    data.add((EVENT, RDF.type, PA.Event))
    assert_only(validate_graph(data), (EVENT, "type", "QualifiedMinCountConstraintComponent"))


def test_evidence_that_is_not_a_mention() -> None:
    data = valid_graph()
    data.remove((MENTION, RDF.type, PA.Mention))
    assert_only(
        validate_graph(data),
        (EVENT, "evidence", "ClassConstraintComponent"),
        (MENTION, "type", "HasValueConstraintComponent"),
    )


def test_mention_without_offsets() -> None:
    data = valid_graph()
    data.remove((MENTION, PA.charStart, None))
    data.remove((MENTION, PA.charEnd, None))
    assert_only(
        validate_graph(data),
        (MENTION, "charEnd", "MinCountConstraintComponent"),
        (MENTION, "charStart", "MinCountConstraintComponent"),
    )


def test_mention_offsets_as_strings() -> None:
    data = valid_graph()
    data.set((MENTION, PA.charStart, Literal("0")))
    data.set((MENTION, PA.charEnd, Literal(str(len(EVIDENCE)))))
    report = validate_graph(data)
    assert not report.conforms
    assert (MENTION, "charStart", "DatatypeConstraintComponent") in kinds(report)
    assert (MENTION, "charEnd", "DatatypeConstraintComponent") in kinds(report)


def test_mention_start_not_before_end() -> None:
    data = valid_graph()
    data.set((MENTION, PA.charStart, Literal(70)))
    data.set((MENTION, PA.charEnd, Literal(11)))
    data.set((MENTION, PA.text, Literal("x" * 11)))
    report = validate_graph(data)
    assert (MENTION, "charStart", "LessThanConstraintComponent") in kinds(report)
    # The text length check catches the same inconsistency from the other side.
    assert (MENTION, "", "SPARQLConstraintComponent") in kinds(report)
    assert report.violations == 2, report.text


def test_mention_text_length_must_match_offsets() -> None:
    data = valid_graph()
    data.set((MENTION, PA.charEnd, Literal(len(EVIDENCE) + 1)))
    report = validate_graph(data)
    assert_only(report, (MENTION, "", "SPARQLConstraintComponent"))
    assert "charEnd - charStart is 60" in report.results[0].message


def test_mention_not_derived_from_a_document() -> None:
    data = valid_graph()
    data.remove((MENTION, PROV.wasDerivedFrom, None))
    assert_only(validate_graph(data), (MENTION, "wasDerivedFrom", "MinCountConstraintComponent"))


def test_mention_derived_from_something_that_is_not_a_document() -> None:
    data = valid_graph()
    data.set((MENTION, PROV.wasDerivedFrom, URIRef(PID["doc/unknown"])))
    assert_only(validate_graph(data), (MENTION, "wasDerivedFrom", "ClassConstraintComponent"))


def test_actor_without_label() -> None:
    data = valid_graph()
    data.remove((RUSSIA, RDFS.label, None))
    assert_only(validate_graph(data), (RUSSIA, "label", "MinCountConstraintComponent"))


def test_actor_label_must_be_a_string() -> None:
    data = valid_graph()
    data.set((RUSSIA, RDFS.label, Literal(159)))
    assert_only(validate_graph(data), (RUSSIA, "label", "NodeConstraintComponent"))


def test_undescribed_participant() -> None:
    # The entities graph has no description of this actor: untyped and unlabelled.
    stranger = URIRef(PID["actor/stranger"])
    data = valid_graph()
    data.add((EVENT, PA.participant, stranger))
    assert_only(
        validate_graph(data),
        (EVENT, "participant", "ClassConstraintComponent"),
        (stranger, "label", "MinCountConstraintComponent"),
        (stranger, "type", "QualifiedMinCountConstraintComponent"),
    )


def test_actor_typed_only_as_actor() -> None:
    data = valid_graph()
    data.remove((UKRAINE, RDF.type, None))
    data.add((UKRAINE, RDF.type, PA.Actor))
    assert_only(validate_graph(data), (UKRAINE, "type", "QualifiedMinCountConstraintComponent"))


def test_agent_must_also_be_participant() -> None:
    data = valid_graph()
    data.remove((EVENT, PA.participant, RUSSIA))
    report = validate_graph(data)
    assert_only(report, (EVENT, "", "SPARQLConstraintComponent"))
    assert str(RUSSIA) in report.results[0].message


def test_same_as_outside_wikidata() -> None:
    data = valid_graph()
    data.set((UKRAINE, OWL.sameAs, URIRef("https://dbpedia.org/resource/Ukraine")))
    assert_only(validate_graph(data), (UKRAINE, "sameAs", "NodeConstraintComponent"))


def test_same_as_wikidata_property_is_not_an_item() -> None:
    data = valid_graph()
    data.set((UKRAINE, OWL.sameAs, URIRef("http://www.wikidata.org/entity/P31")))
    assert_only(validate_graph(data), (UKRAINE, "sameAs", "NodeConstraintComponent"))


def test_place_without_label() -> None:
    data = valid_graph()
    data.remove((ISTANBUL, RDFS.label, None))
    assert_only(validate_graph(data), (ISTANBUL, "label", "MinCountConstraintComponent"))


def test_location_must_be_place_or_state() -> None:
    data = valid_graph()
    data.set((EVENT, PA.location, MOD))
    assert_only(validate_graph(data), (EVENT, "location", "NodeConstraintComponent"))
    data.set((EVENT, PA.location, UKRAINE))
    assert validate_graph(data).conforms


@pytest.mark.parametrize(
    "literal",
    [
        Literal("2025-06-09"),
        Literal("2025-06-09T10:00:00", datatype=XSD.dateTime),
        Literal(2025),
    ],
)
def test_date_with_wrong_datatype(literal: Literal) -> None:
    data = valid_graph()
    data.set((EVENT, PA.date, literal))
    assert_only(validate_graph(data), (EVENT, "date", "OrConstraintComponent"))


@pytest.mark.parametrize(
    "literal",
    [Literal("2025-06", datatype=XSD.gYearMonth), Literal("2025", datatype=XSD.gYear)],
)
def test_date_at_coarser_precision(literal: Literal) -> None:
    data = valid_graph()
    data.set((EVENT, PA.date, literal))
    assert validate_graph(data).conforms


def test_two_dates() -> None:
    data = valid_graph()
    data.add((EVENT, PA.date, Literal("2025-06-10", datatype=XSD.date)))
    assert_only(validate_graph(data), (EVENT, "date", "MaxCountConstraintComponent"))


def test_confidence_above_one() -> None:
    data = valid_graph()
    data.set((EVENT, PA.confidence, Literal(Decimal("1.5"))))
    assert_only(validate_graph(data), (EVENT, "confidence", "MaxInclusiveConstraintComponent"))


def test_confidence_below_zero_on_a_mention() -> None:
    data = valid_graph()
    data.add((MENTION, PA.confidence, Literal(Decimal("-0.1"))))
    assert_only(validate_graph(data), (MENTION, "confidence", "MinInclusiveConstraintComponent"))


def test_confidence_as_double() -> None:
    data = valid_graph()
    data.set((EVENT, PA.confidence, Literal(0.5)))
    assert_only(validate_graph(data), (EVENT, "confidence", "DatatypeConstraintComponent"))


def test_modality_not_in_the_list() -> None:
    data = valid_graph()
    data.set((EVENT, PA.modality, PA.Rumoured))
    assert_only(validate_graph(data), (EVENT, "modality", "InConstraintComponent"))


@pytest.mark.parametrize("modality", ["Asserted", "Planned", "Alleged", "Denied"])
def test_each_modality_is_accepted(modality: str) -> None:
    data = valid_graph()
    data.set((EVENT, PA.modality, PA[modality]))
    assert validate_graph(data).conforms


def test_negative_quantity() -> None:
    data = valid_graph()
    data.set((EVENT, PA.quantity, Literal(-3)))
    data.add((EVENT, PA.fatalities, Literal("five")))
    # A string cannot be compared with 0, which SHACL also reports as a minInclusive failure.
    assert_only(
        validate_graph(data),
        (EVENT, "fatalities", "DatatypeConstraintComponent"),
        (EVENT, "fatalities", "MinInclusiveConstraintComponent"),
        (EVENT, "quantity", "MinInclusiveConstraintComponent"),
    )


def test_document_issued_must_be_a_date() -> None:
    data = valid_graph()
    data.set((DOC, DCTERMS.issued, Literal("9 June 2025")))
    assert_only(validate_graph(data), (DOC, "issued", "DatatypeConstraintComponent"))


def test_document_without_issued_is_fine() -> None:
    data = valid_graph()
    data.remove((DOC, DCTERMS.issued, None))
    assert validate_graph(data).conforms


def test_event_not_derived_from_document() -> None:
    data = valid_graph()
    data.remove((EVENT, PROV.wasDerivedFrom, None))
    assert_only(validate_graph(data), (EVENT, "wasDerivedFrom", "MinCountConstraintComponent"))


def test_relation_domains() -> None:
    data = valid_graph()
    data.add((UKRAINE, PA.memberOf, RUSSIA))  # a State is not a Person
    data.add((ISTANBUL, PA.locatedIn, MOD))  # a government body is not a Place or State
    assert_only(
        validate_graph(data),
        (ISTANBUL, "locatedIn", "NodeConstraintComponent"),
        (UKRAINE, "", "ClassConstraintComponent"),
    )


def test_ally_of_between_actors() -> None:
    data = valid_graph()
    data.add((RUSSIA, PA.allyOf, UKRAINE))
    assert validate_graph(data).conforms
    data.add((RUSSIA, PA.allyOf, ISTANBUL))
    report = validate_graph(data)
    assert (RUSSIA, "allyOf", "ClassConstraintComponent") in kinds(report)
    assert (ISTANBUL, "label", "MinCountConstraintComponent") not in kinds(report)


def test_violations_count_matches_pyshacl_text() -> None:
    data = valid_graph()
    data.remove((EVENT, PA.evidence, None))
    data.set((EVENT, PA.confidence, Literal(Decimal("2"))))
    report = validate_graph(data)
    assert report.violations == 2
    assert "Results (2)" in report.text


def test_shapes_use_only_ontology_terms() -> None:
    shapes = load_shapes()
    used = {n for triple in shapes for n in triple if isinstance(n, URIRef) and n.startswith(PA)}
    assert used - ontology_terms() == set()
    assert len(list(shapes.subjects(RDF.type, SH.NodeShape))) >= 8


def test_explicit_ontology_dir() -> None:
    assert validate_graph(valid_graph(), ontology_dir=ONTOLOGY_DIR).conforms
