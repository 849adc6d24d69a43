"""RDF mapping: deterministic IRIs, typed values, and no term outside the ontology."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.namespace import XSD

from graph_builder.entities import ResolvedEntity
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan
from graph_builder.ingest import make_document
from graph_builder.namespaces import PA
from graph_builder.rdf import OntologyTermError, RdfMapper, date_literal
from graph_builder.terms import lexical
from graph_builder.validation import ontology_terms


@pytest.fixture(scope="module")
def mapper() -> RdfMapper:
    return RdfMapper(ontology_terms())


def test_terms_outside_the_ontology_are_refused(mapper: RdfMapper) -> None:
    assert mapper.term("PrisonerExchange") == ox.NamedNode(str(PA.PrisonerExchange))
    with pytest.raises(OntologyTermError, match="pa:attacked"):
        mapper.term("attacked")


def test_dates_are_typed_at_the_precision_given() -> None:
    assert [date_literal(v).datatype.value for v in ("2025-06-02", "2025-06", "2025")] == [
        str(XSD.date),
        str(XSD.gYearMonth),
        str(XSD.gYear),
    ]


def test_the_same_document_maps_to_the_same_quads(mapper: RdfMapper) -> None:
    text = "Russia and Ukraine swapped prisoners."
    russia, ukraine = ActorRef("Russia", 0, 6, "GPE"), ActorRef("Ukraine", 11, 18, "GPE")
    event = EventRecord(
        "PrisonerExchange", (TextSpan(0, 36, text[:36]),), participants=(russia, ukraine), date="2025-06"
    )
    extraction = DocumentExtraction("d", (event,), ())
    entities = {
        russia: (ResolvedEntity("russia", "Russia", "State", "Q159"),),
        ukraine: (ResolvedEntity("ukraine", "Ukraine", "State", "Q212"),),
    }
    doc = make_document("d", text)
    first = mapper.map_document(doc, extraction, entities)
    second = mapper.map_document(doc, extraction, entities)
    assert first == second
    subjects = {lexical(q[0]) for q in first.doc_quads}
    assert "https://w3id.org/parley/id/event/d-0-36" in subjects
    assert "https://w3id.org/parley/id/mention/d-0-36" in subjects
