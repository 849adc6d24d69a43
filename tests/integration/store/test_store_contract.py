"""The GraphStore contract, on both implementations (see conftest: embedded and oxigraph serve)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from spacy.language import Language

from graph_builder.bulk import load_build_output
from graph_builder.config import Settings
from graph_builder.errors import NotFoundError, QueryError, StoreUnavailableError
from graph_builder.ingest import make_document
from graph_builder.namespaces import ENTITIES_GRAPH, PA, doc_graph, doc_iri
from graph_builder.neighbourhood import neighbourhood
from graph_builder.pipeline import Builder, build_into_store, stored_digests
from graph_builder.store import GraphStore
from graph_builder.terms import Quad
from tests.servers import free_port

ACTOR = URIRef("https://w3id.org/parley/id/actor/x")
NAME = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
KNOWS = URIRef("urn:knows")


def doc(doc_id: str, *values: str) -> list[Quad]:
    g = doc_graph(doc_id)
    return [(doc_iri(doc_id), URIRef("urn:p"), Literal(v), g) for v in values] + [(doc_iri(doc_id), KNOWS, ACTOR, g)]


def quads(store: GraphStore) -> set[str]:
    return {str(q) for q in store.quads_for_pattern()}


def test_replace_document_replaces_the_whole_graph_and_keeps_entities(store: GraphStore) -> None:
    entity = [(ACTOR, NAME, Literal('the "X" front\n'), ENTITIES_GRAPH)]
    store.replace_document("d1", doc("d1", "a", "b"), entity)
    store.replace_document("d2", doc("d2", "c"))
    assert store.document_ids() == ["d1", "d2"]
    assert len(store) == 6
    store.replace_document("d1", doc("d1", "z"))
    rows = store.select("SELECT ?g ?v WHERE { GRAPH ?g { ?d <urn:p> ?v } }", {"g": doc_graph("d1")})
    values = {str(r["v"]) for r in rows}
    assert values == {"z"}
    labels = store.select("SELECT ?a ?p ?l WHERE { ?a ?p ?l }", {"a": ACTOR, "p": NAME})
    assert [str(r["l"]) for r in labels] == ['the "X" front\n']  # escaped on the way, intact on the way back


def test_delete_document_and_missing_documents(store: GraphStore) -> None:
    store.replace_document("d1", doc("d1", "a"))
    store.replace_document("d2", doc("d2", "b"))
    store.delete_document("d1")
    assert store.document_ids() == ["d2"]
    with pytest.raises(NotFoundError):
        store.delete_document("d1")
    with pytest.raises(NotFoundError):
        store.delete_document("\x17 not > an <iri>")
    store.drop_documents(["d2", "never-there"])
    assert store.document_ids() == []


def test_bindings_are_values_never_query_text(store: GraphStore) -> None:
    store.replace_document("d1", doc("d1", "a"))
    hostile = Literal('a" } } ; DROP ALL ; SELECT * WHERE { "')
    assert store.select("SELECT ?d ?v WHERE { ?d <urn:p> ?v }", {"v": hostile}) == []
    rows = store.select("SELECT ?d ?v WHERE { ?d <urn:p> ?v }", {"v": Literal("a")})
    assert [r["d"] for r in rows] == [doc_iri("d1")]
    assert store.entity_exists(ACTOR) and not store.entity_exists(URIRef("urn:nobody"))
    assert store.document_ids() == ["d1"]


def test_user_updates_and_malformed_sparql(store: GraphStore) -> None:
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } }")
    assert store.contains_graph(ox.NamedNode("urn:g"))
    with pytest.raises(QueryError):
        store.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> ")
    with pytest.raises(QueryError):
        store.select("SELECT ?x WHERE {")
    # A failing multi-part update changes nothing: all of it or nothing.
    with pytest.raises(QueryError):
        store.update("INSERT DATA { GRAPH <urn:h> { <urn:s> <urn:p> 2 } } ; INSERT DATA { GRAPH <urn:h> { <urn:s> ")
    assert not store.contains_graph(ox.NamedNode("urn:h"))
    with pytest.raises(QueryError, match="does not exist"):  # the reason reaches the user, as a 400
        store.update("DROP GRAPH <urn:missing>")
    store.update("INSERT DATA { GRAPH <g> { <urn:s> <urn:p> 1 } }", base_iri="http://example.org/sparql")
    assert store.contains_graph(ox.NamedNode("http://example.org/g"))


def test_an_unreachable_server_is_unavailable_not_an_internal_error() -> None:
    with GraphStore(f"http://127.0.0.1:{free_port()}/") as nowhere:
        with pytest.raises(StoreUnavailableError, match="cannot reach"):
            nowhere.document_ids()
        with pytest.raises(StoreUnavailableError):
            nowhere.replace_document("d1", doc("d1", "a"))  # retried, then given up


def test_graph_store_operations(store: GraphStore) -> None:
    graph = ox.NamedNode("urn:graph:one")
    triples = [ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(str(i))) for i in range(3)]
    store.write_graph(graph, triples[:2], replace=True)
    store.write_graph(graph, triples[2:], replace=False)
    assert set(store.graph_triples(graph, limit=10)) == set(triples)
    assert len(store.graph_triples(graph, limit=2)) == 2
    store.write_graph(graph, triples[:1], replace=True)
    assert store.graph_triples(graph, limit=10) == triples[:1]
    store.drop_graph(graph)
    with pytest.raises(NotFoundError):
        store.graph_triples(graph, limit=10)
    with pytest.raises(NotFoundError):
        store.drop_graph(graph)


def test_construct_ask_and_patterns(store: GraphStore) -> None:
    store.add_quads(doc("d1", "a", "b"))
    graph = store.construct("CONSTRUCT { ?d <urn:p> ?v } WHERE { ?d <urn:p> ?v }")
    assert isinstance(graph, Graph) and len(graph) == 2
    assert bool(store.run_query("ASK { ?s <urn:knows> ?o }"))
    found = list(store.quads_for_pattern(ox.NamedNode(str(doc_iri("d1"))), ox.NamedNode("urn:p")))
    assert {q.object.value for q in found} == {"a", "b"}
    assert len(list(store.quads_for_pattern(limit=1))) == 1
    assert quads(store) == {str(ox.Quad(*(ox.NamedNode(str(t)) if isinstance(t, URIRef) else ox.Literal(str(t))
                                        for t in q))) for q in doc("d1", "a", "b")}  # fmt: skip


def test_export_and_bulk_load_round_trip(store: GraphStore, tmp_path: Path) -> None:
    store.replace_document("d1", doc("d1", "a"), [(ACTOR, NAME, Literal("X"), ENTITIES_GRAPH)])
    store.replace_document("d2", doc("d2", "b"))
    store.update("INSERT DATA { GRAPH <urn:a> { <urn:s> <urn:p> <urn:o> } GRAPH <urn:b> { <urn:s> <urn:p> <urn:o> } }")
    before = quads(store)
    store.export(tmp_path / "all.nq")
    store.export(tmp_path / "all.ttl")
    assert len(Graph().parse(tmp_path / "all.ttl")) == len(before) - 1  # the union: one triple in two graphs
    store.update("DROP ALL")
    assert len(store) == 0
    store.load_files([tmp_path / "all.nq"])
    assert quads(store) == before


def test_loading_a_build_output_replaces_documents(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "quads").mkdir(parents=True)
    (out / "manifest").mkdir()
    store.replace_document("d1", doc("d1", "old"))
    (out / "quads" / "part-00000").write_text(
        "\n".join(f"{ox.Quad(*_ox(q))} ." for q in doc("d1", "new") + doc("d2", "b")) + "\n", encoding="utf-8"
    )
    (out / "manifest" / "part-00000").write_text(
        '{"id": "d1", "error": null}\n{"id": "d2", "error": null}\n{"id": null, "error": "not JSON"}\n',
        encoding="utf-8",
    )
    assert load_build_output(store, out) == (2, 1)
    assert store.document_ids() == ["d1", "d2"]
    rows = store.select("SELECT ?g ?v WHERE { GRAPH ?g { ?d <urn:p> ?v } }", {"g": doc_graph("d1")})
    assert [str(r["v"]) for r in rows] == ["new"]


def test_build_skips_unchanged_documents_by_stored_digest(store: GraphStore, nlp: Language) -> None:
    builder = Builder(Settings(link=False), nlp=nlp)
    texts = ["Russia and Ukraine exchanged 90 prisoners of war on Monday.", "Israel and Hamas met in Doha."]
    docs = [make_document(f"a{i}", t, published="2025-06-09") for i, t in enumerate(texts)]
    first = build_into_store(docs, store, builder)
    assert first.built == ["a0", "a1"]
    digests = stored_digests(store, ["a0", "a1", "absent"])
    assert set(digests) == {"a0", "a1"}
    digest_rows = store.select(f"SELECT ?v WHERE {{ ?d <{PA.contentDigest}> ?v }}")
    assert {str(r["v"]) for r in digest_rows} == set(digests.values())
    changed = [docs[0], make_document("a1", texts[1] + " Talks went on.", published="2025-06-09")]
    second = build_into_store(changed, store, builder)
    assert (second.unchanged, second.built) == (["a0"], ["a1"])


def test_neighbourhood_reads_the_same_on_both_stores(store: GraphStore) -> None:
    other = URIRef("https://w3id.org/parley/id/actor/y")
    store.replace_document("d1", doc("d1", "a"), [(ACTOR, NAME, Literal("X"), ENTITIES_GRAPH),
                                                  (ACTOR, KNOWS, other, ENTITIES_GRAPH)])  # fmt: skip
    hood = neighbourhood(store, ACTOR, hops=2)
    assert {(e.source, e.predicate, e.target) for e in hood.edges} == {
        (str(doc_iri("d1")), str(KNOWS), str(ACTOR)),
        (str(ACTOR), str(KNOWS), str(other)),
    }
    assert hood.nodes[str(ACTOR)].label == "X"


def _ox(quad: Quad) -> list[ox.NamedNode | ox.Literal]:
    return [ox.NamedNode(str(t)) if isinstance(t, URIRef) else ox.Literal(str(t)) for t in quad]
