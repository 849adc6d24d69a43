"""Names through the whole build: the knowledge base's class wins over the NER label, and
actors the knowledge base lacks keep the name the text gives them."""

from __future__ import annotations

from datetime import date

import pytest

from graph_builder.entities import ResolvedEntity, resolve_document
from graph_builder.pipeline import Builder


def _resolved(builder: Builder, text: str) -> dict[str, tuple[ResolvedEntity, ...]]:
    extraction = builder.extractor(builder.nlp(text), "t", date(2025, 6, 9))
    resolution = resolve_document(extraction, builder.resolver)
    return {ref.text: entities for ref, entities in resolution.items()}


def _events(builder: Builder, text: str):  # type: ignore[no-untyped-def]
    extraction = builder.extractor(builder.nlp(text), "t", date(2025, 6, 9))
    return extraction.events, resolve_document(extraction, builder.resolver)


def test_a_city_the_ner_missed_is_the_attack_s_target_and_links(builder: Builder) -> None:
    events, resolution = _events(builder, "Russian drones struck Odesa overnight, officials said.")
    attack = next(e for e in events if e.event_class == "Attack")
    assert [t.text for t in attack.targets] == ["Odesa"]
    assert [(e.qid, e.contract_class) for e in resolution[attack.targets[0]]] == [("Q1874", "Place")]


def test_a_city_the_ner_missed_is_the_attack_s_place_and_links(builder: Builder) -> None:
    events, resolution = _events(builder, "Russian drones hit the port in Odesa overnight.")
    attack = next(e for e in events if e.event_class == "Attack")
    assert attack.location is not None and attack.location.text == "Odesa"
    assert [(e.qid, e.contract_class) for e in resolution[attack.location]] == [("Q1874", "Place")]


def test_a_state_the_ner_took_for_an_organisation_links_as_a_state(builder: Builder) -> None:
    resolved = _resolved(builder, "Armenia and Azerbaijan agreed to resume talks on their border.")
    assert [(e.qid, e.contract_class) for e in resolved["Armenia"]] == [("Q399", "State")]
    assert [(e.qid, e.contract_class) for e in resolved["Azerbaijan"]] == [("Q227", "State")]


def test_officials_in_a_capital_speak_for_its_state(builder: Builder) -> None:
    resolved = _resolved(builder, "Officials in Kyiv said Russian troops shelled Kharkiv overnight.")
    assert [(e.qid, e.contract_class) for e in resolved["Kyiv"]] == [("Q212", "State")]


def test_an_armed_group_the_knowledge_base_lacks_is_an_armed_force_by_its_phoenix_name(builder: Builder) -> None:
    events, resolution = _events(builder, "The FDLR attacked a camp for displaced people in North Kivu on Sunday.")
    attack = next(e for e in events if e.event_class == "Attack")
    assert [a.text for a in attack.agents] == ["FDLR"]
    assert [(e.label, e.contract_class, e.qid) for e in resolution[attack.agents[0]]] == [
        ("FDLR", "ArmedForce", None)
    ]


def test_a_document_s_own_group_is_described_in_its_graph_only(builder: Builder) -> None:
    from rdflib import RDFS, Literal

    from graph_builder.ingest import SourceDocument
    from graph_builder.namespaces import doc_graph
    from graph_builder.terms import to_ox

    text = "Gunmen attacked a bus station in the north of the country on Monday."
    source = SourceDocument("g1", text, date(2025, 6, 9))
    ((_, extraction),) = list(builder.extract([source]))
    mapped = builder.map(source, extraction)
    label, gunmen = to_ox(RDFS.label), to_ox(Literal("gunmen"))
    local = [q for q in mapped.doc_quads if q[1] == label and q[2] == gunmen]
    assert [to_ox(q[0]).value.rsplit("/actor/", 1)[1] for q in local] == ["local/g1/gunmen"]
    assert local[0][3] == to_ox(doc_graph("g1"))
    assert not [q for q in mapped.entity_quads if q[2] == gunmen]


def test_a_document_s_own_group_is_served_and_goes_with_its_document(builder: Builder) -> None:
    from graph_builder.catalog import describe_entity
    from graph_builder.errors import NotFoundError
    from graph_builder.ingest import SourceDocument
    from graph_builder.neighbourhood import resolve_entity
    from graph_builder.pipeline import build_into_store
    from graph_builder.store import GraphStore

    text = "Militants ambushed a police patrol on the highway, and the militants then withdrew."
    store = GraphStore(None)
    report = build_into_store([SourceDocument("m1", text, date(2025, 6, 9))], store, builder)
    assert report.built == ["m1"]
    card = describe_entity(store, resolve_entity(store, "actor/local/m1/militants"))
    assert card.labels == ["militants"] and card.types == ["https://w3id.org/parley/ontology#ArmedForce"]
    store.delete_document("m1")
    with pytest.raises(NotFoundError):
        resolve_entity(store, "actor/local/m1/militants")
