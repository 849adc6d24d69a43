"""RDF mapping: deterministic IRIs, typed values, and no term outside the ontology."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import SKOS, XSD

from graph_builder.entities import ResolvedEntity
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, RelationRecord, TextSpan
from graph_builder.ingest import make_document
from graph_builder.namespaces import PA
from graph_builder.rdf import OntologyTermError, RdfMapper, date_literal
from graph_builder.terms import lexical, nquad_line
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



def test_an_actor_is_findable_by_the_words_the_text_printed(mapper: RdfMapper) -> None:
    text = "Chad's interior minister threatened the smugglers."
    minister = ActorRef("Chad interior minister", 0, 24, "GENERIC", kind="Person")
    event = EventRecord("Threat", (TextSpan(0, 34, text[:34]),), agents=(minister,))
    entities = {minister: (ResolvedEntity("chad-interior-minister", "Chad interior minister", "Person"),)}
    mapped = mapper.map_document(make_document("d", text), DocumentExtraction("d", (event,), ()), entities)
    alternatives = {lexical(q[2]) for q in mapped.entity_quads if lexical(q[1]) == str(SKOS.altLabel)}
    assert alternatives == {"Chad's interior minister"}

TEXT = (
    "Rebels of the M23 attacked Goma on Tuesday, killing 12 soldiers and wounding 30, "
    "the army said. The attack led to talks in Nairobi in 2025."
)
EVERY_STATEMENT = Path(__file__).resolve().parents[1] / "fixtures" / "rdf" / "every_statement.nq"


def span(words: str) -> TextSpan:
    start = TEXT.index(words)
    return TextSpan(start, start + len(words), words)


def ref(words: str, label: str, *, as_place: bool = False) -> ActorRef:
    where = span(words)
    return ActorRef(words, where.start, where.end, label, as_place=as_place)


def every_kind_of_statement() -> tuple[list[str], list[str]]:
    """A document that takes every branch of the mapping, as N-Quads lines (doc, entities)."""
    doc = make_document("case-1", TEXT, published="2025-06-10", title='Goma "attack"\nreport',
                        url="https://example.org/news/goma?id=1&lang=fr")  # fmt: skip
    m23, rebels = ref("M23", "ORG"), ref("Rebels", "GROUP")
    goma, nairobi = ref("Goma", "GPE", as_place=True), ref("Nairobi", "GPE", as_place=True)
    army, soldiers, pronoun = ref("the army", "ORG"), ref("soldiers", "GROUP"), ActorRef("it", 0, 0, "COREF_PRON")
    congolese = ActorRef("Congolese", 0, 0, "NORP")
    attack = EventRecord(
        "Attack", (span(TEXT[: TEXT.index(" the army")]), span("The attack")),
        participants=(goma,), agents=(m23, rebels, pronoun), targets=(soldiers,), location=goma,
        date="2025-06-10", date_text="on Tuesday", quantity=12, quantity_text="12 soldiers",
        fatalities=12, injuries=30, reported_by=(army,), modality="Alleged", confidence=0.8, led_to=(1,),
    )  # fmt: skip
    talks = EventRecord("Negotiation", (span("talks in Nairobi"),), participants=(m23,), location=nairobi,
                        date="2025", confidence=1 / 3)  # fmt: skip
    rebels_attack = EventRecord("Attack", (span("Rebels"),), agents=(rebels,), date="2025-06")
    relations = (
        RelationRecord(m23, "partOf", congolese, span("M23")),
        RelationRecord(goma, "locatedIn", nairobi, span("Goma")),
    )
    m23_node = ResolvedEntity("m23", "March 23 Movement", "ArmedForce", "Q3278472")
    goma_node = ResolvedEntity("goma", "Goma", "Place", "Q132830", coordinates=(-1.6792, 29.2228))
    congo_node = ResolvedEntity("dr-congo", "Democratic Republic of the Congo", "State", "Q974")
    army_node = ResolvedEntity("fardc", "Armed Forces of the DRC", "ArmedForce", "Q1368799")
    entities = {
        m23: (m23_node,),
        pronoun: (m23_node,),
        rebels: (ResolvedEntity("local/case-1/rebels", "rebels", "Group", local=True),),
        soldiers: (ResolvedEntity("local/case-1/soldiers", "soldiers", "Group", local=True),),
        goma: (goma_node,),
        nairobi: (ResolvedEntity("nairobi", "Nairobi", "Place", "Q3870", coordinates=(-1.286389, 36.817222)),),
        army: (army_node,),
        congolese: (congo_node,),
    }
    derived = [(goma_node, "locatedIn", congo_node), (army_node, "partOf", congo_node)]
    extraction = DocumentExtraction("case-1", (attack, talks, rebels_attack), relations)
    mapped = RdfMapper(ontology_terms()).map_document(doc, extraction, entities, derived)
    return [nquad_line(q) for q in mapped.doc_quads], [nquad_line(q) for q in mapped.entity_quads]


def test_every_kind_of_statement_is_written_as_before() -> None:
    """The expected lines were written by the rdflib-based mapper this one replaced (36b6bfe):
    every IRI and literal (escapes, decimals, date precisions, WKT points) is spelt the same."""
    doc_lines, entity_lines = every_kind_of_statement()
    expected = EVERY_STATEMENT.read_text(encoding="utf-8").split("\n\n")
    assert "\n".join(doc_lines) == expected[0].strip()
    assert "\n".join(entity_lines) == expected[1].strip()
    parsed = list(ox.parse(EVERY_STATEMENT.read_bytes(), format=ox.RdfFormat.N_QUADS))
    assert len(parsed) == len(doc_lines) + len(entity_lines) == 91
