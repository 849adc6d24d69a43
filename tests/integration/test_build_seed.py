"""The sample article, built with the real pipeline into a real on-disk store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph_builder.config import Settings
from graph_builder.errors import ConfigError
from graph_builder.ingest import make_document, read_documents
from graph_builder.namespaces import ENTITIES_GRAPH, doc_graph
from graph_builder.pipeline import Builder, BuildReport, build_into_store, export_documents
from graph_builder.store import GraphStore
from graph_builder.validation import validate_graph

PREFIXES = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def ask(store: GraphStore, body: str) -> bool:
    return bool(store.run_query(PREFIXES + "ASK {" + body + "}"))


def test_seed_builds_without_problems(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, report = seed_store
    assert report.built == ["seed"] and report.ok
    assert store.document_ids() == ["seed"]


def test_monday_exchange_reported_by_the_defence_ministry(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    assert ask(
        store,
        """?e a pa:PrisonerExchange ; pa:participant ?ru, ?ua ; pa:date "2025-06-09"^^xsd:date ;
             pa:reportedBy ?mod ; pa:modality pa:Asserted .
           ?ru rdfs:label "Russia" . ?ua rdfs:label "Ukraine" .
           ?mod rdfs:label|skos:altLabel ?name . FILTER(CONTAINS(LCASE(?name), "defen"))""",
    )


def test_istanbul_talks_of_2_june(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    assert ask(
        store,
        """?e a pa:Negotiation ; pa:location ?p ; pa:date "2025-06-02"^^xsd:date ; pa:participant ?ru .
           ?p rdfs:label "Istanbul" . ?ru rdfs:label "Russia" .""",
    )


def test_planned_exchange_of_1200_each_side(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    assert ask(
        store,
        """?e a pa:PrisonerExchange ; pa:quantity 1200 ; pa:modality pa:Planned ; pa:quantityText ?t .
           FILTER(CONTAINS(?t, "each side"))""",
    )


def test_actor_relations(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    assert ask(store, '?b pa:allyOf ?r . ?b rdfs:label "Belarus" . ?r rdfs:label "Russia" .')
    assert ask(store, '?m pa:memberOf ?k . ?m rdfs:label "Vladimir Medinsky" . ?k rdfs:label|skos:altLabel "Kremlin" .')
    assert ask(
        store,
        """?mod pa:partOf ?r . ?r rdfs:label "Russia" . ?mod rdfs:label|skos:altLabel ?n .
           FILTER(CONTAINS(LCASE(?n), "defen"))""",
    )


def test_every_event_has_evidence_offsets_into_the_text(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    text = (Path(__file__).resolve().parents[2] / "data" / "articles" / "seed.txt").read_text(encoding="utf-8")
    rows = store.select(PREFIXES + "SELECT ?s ?e ?t WHERE { ?m pa:charStart ?s ; pa:charEnd ?e ; pa:text ?t }")
    assert rows
    for row in rows:
        assert text[int(row["s"]) : int(row["e"])] == str(row["t"])


def test_built_graph_conforms_to_the_shapes(seed_store: tuple[GraphStore, BuildReport]) -> None:
    store, _ = seed_store
    graph = Graph()
    for g in (doc_graph("seed"), ENTITIES_GRAPH):
        graph += store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g})
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_rebuild_is_idempotent_and_skips_unchanged(tmp_path: Path, builder: Builder) -> None:
    articles = Path(__file__).resolve().parents[2] / "data" / "articles"
    with GraphStore(tmp_path / "s") as store:
        first = build_into_store(read_documents([articles]), store, builder)
        size = len(store)
        second = build_into_store(read_documents([articles]), store, builder)
        forced = build_into_store(read_documents([articles]), store, builder, force=True)
        assert (first.built, second.unchanged, forced.built) == (["seed"], ["seed"], ["seed"])
        assert len(store) == size


def test_rebuilding_a_changed_document_replaces_its_graph(tmp_path: Path, builder: Builder) -> None:
    with GraphStore(tmp_path / "s") as store:
        build_into_store([make_document("d", "Israel struck Hezbollah positions in Lebanon.")], store, builder)
        build_into_store([make_document("d", "Armenia and Azerbaijan swapped prisoners of war.")], store, builder)
        types = {
            str(r["t"]).rsplit("#")[-1] for r in store.select(PREFIXES + "SELECT ?t WHERE { ?e a ?t ; pa:evidence ?m }")
        }
        assert types == {"PrisonerExchange"}


def test_bad_documents_are_reported_and_the_rest_built(tmp_path: Path, builder: Builder) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Armenia and Azerbaijan swapped prisoners of war.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    with GraphStore(tmp_path / "s") as store:
        report = build_into_store(read_documents([tmp_path / "in"]), store, builder)
        assert report.built == ["good"]
        assert [p.doc_id for p in report.problems] == ["bad"]
        assert store.document_ids() == ["good"]


def test_failed_write_leaves_the_previous_graph(tmp_path: Path, builder: Builder) -> None:
    """A document whose build fails half-way leaves its earlier graph untouched."""
    with GraphStore(tmp_path / "s") as store:
        build_into_store([make_document("d", "Israel struck Hezbollah positions in Lebanon.")], store, builder)
        before = len(store)

        def broken():  # type: ignore[no-untyped-def]
            yield make_document("d", "Armenia and Azerbaijan swapped prisoners of war.")
            raise OSError("disk unplugged")

        with pytest.raises(OSError, match="unplugged"):
            build_into_store(broken(), store, builder, force=True)
        types = {
            str(r["t"]).rsplit("#")[-1] for r in store.select(PREFIXES + "SELECT ?t WHERE { ?e a ?t ; pa:evidence ?m }")
        }
        assert (types, len(store)) == ({"Attack"}, before)


# rdflib's own TriG and N-Quads parsers still call its deprecated ConjunctiveGraph API.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_export_round_trips_through_rdflib(seed_store: tuple[GraphStore, BuildReport], tmp_path: Path) -> None:
    store, _ = seed_store
    for name, fmt in (("out.trig", "trig"), ("out.nq", "nquads"), ("out.jsonld", "json-ld")):
        export_documents(store, ["seed"], tmp_path / name)
        dataset = Dataset()
        dataset.parse(tmp_path / name, format=fmt)
        graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert {str(doc_graph("seed")), str(ENTITIES_GRAPH)} <= graphs, (name, graphs)
    export_documents(store, ["seed"], tmp_path / "out.ttl")
    assert len(Graph().parse(tmp_path / "out.ttl", format="turtle")) > 50


def test_settings_choose_the_pipeline_package() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        Builder(Settings(spacy_model="xx_no_such_pipeline", link=False))


def test_read_only_store_opens_and_closes_cleanly(tmp_path: Path, builder: Builder) -> None:
    writer = GraphStore(tmp_path / "s")
    build_into_store([make_document("d", "Israel struck Hezbollah positions in Lebanon.")], writer, builder)
    writer.close()
    del writer  # releases the store's lock
    with GraphStore(tmp_path / "s", read_only=True) as reader:
        assert reader.document_ids() == ["d"]
