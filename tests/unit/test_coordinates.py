"""Coordinates (Wikidata P625) from the CSV sources to the knowledge base, the linker and the
graph; and the document text the mention offsets index."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from graph_builder.entities import EntityResolver, ResolvedEntity
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan
from graph_builder.ingest import make_document
from graph_builder.link import KnowledgeBase, Linker, build_kb, default_kb_dir
from graph_builder.link.kb import coordinates_of
from graph_builder.link.wikidata_json import coordinate_claim
from graph_builder.namespaces import GEO, PA, WDT, doc_iri
from graph_builder.rdf import RdfMapper, point_literal
from graph_builder.terms import from_ox
from graph_builder.validation import ontology_terms

SOURCES = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikidata-sources"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(default_kb_dir())


def test_countries_and_cities_of_the_shipped_kb_have_coordinates(kb: KnowledgeBase) -> None:
    ukraine, istanbul = kb.get("Q212"), kb.get("Q406")
    assert ukraine is not None and istanbul is not None
    assert ukraine.coordinates == pytest.approx((49.0, 32.0), abs=1.0)  # the CSV's centroid
    assert istanbul.coordinates == pytest.approx((41.0, 28.7), abs=0.5)
    states = [e for e in kb if e.contract_class == "State"]
    assert sum(e.coordinates is not None for e in states) >= 0.95 * len(states)


def test_a_rebuild_from_the_sources_keeps_the_coordinates(tmp_path: Path) -> None:
    target = tmp_path / "kb.jsonl"
    build_kb(SOURCES, default_kb_dir() / "sources" / "curated.jsonl", target)
    assert target.read_text(encoding="utf-8") == (default_kb_dir() / "kb.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ({"P625": [coordinate_claim(50.45, 30.52)]}, (50.45, 30.52)),
        ({}, None),
        ({"P625": [{**coordinate_claim(50.45, 30.52), "rank": "deprecated"}]}, None),
        ({"P625": [coordinate_claim(95.0, 30.0)]}, None),  # not a latitude
    ],
)
def test_coordinates_of_reads_only_usable_earth_points(
    claims: dict[str, object], expected: tuple[float, float] | None
) -> None:
    assert coordinates_of(claims) == expected


def test_mars_coordinates_are_not_earth_coordinates() -> None:
    claim = coordinate_claim(4.5, 137.4)
    claim["mainsnak"]["datavalue"]["value"]["globe"] = "http://www.wikidata.org/entity/Q111"
    assert coordinates_of({"P625": [claim]}) is None


def test_the_linker_carries_coordinates_to_the_resolved_entity(kb: KnowledgeBase) -> None:
    resolver = EntityResolver(Linker(kb))
    istanbul = resolver.resolve(ActorRef("Istanbul", 0, 8, "GPE", as_place=True))
    assert istanbul is not None and istanbul.qid == "Q406"
    assert istanbul.coordinates == kb.get("Q406").coordinates  # type: ignore[union-attr]


def test_mapped_graph_has_wkt_points_and_the_document_text() -> None:
    mapper = RdfMapper(ontology_terms())
    text = "Talks were held in Istanbul."
    place = ActorRef("Istanbul", 19, 27, "GPE", as_place=True)
    event = EventRecord("Negotiation", (TextSpan(0, 28, text),), location=place)
    entities = {place: (ResolvedEntity("istanbul", "Istanbul", "Place", "Q406", coordinates=(41.0, 28.68)),)}
    mapped = mapper.map_document(make_document("d", text), DocumentExtraction("d", (event,), ()), entities)
    graph = mapped.as_graph()
    (point,) = graph.objects(predicate=WDT.P625)
    assert point == Literal("Point(28.68 41)", datatype=GEO.wktLiteral) == from_ox(point_literal(41.0, 28.68))
    assert graph.value(doc_iri("d"), PA.content) == Literal(text)
