"""The parallel build writes the same graph as the sequential one, in worker processes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph_builder.bulk import add_documents
from graph_builder.config import Settings
from graph_builder.ingest import IngestProblem, SourceDocument, make_document
from graph_builder.parallel import ParallelBuilder, parallel_build_into_store
from graph_builder.pipeline import Builder, build_into_store
from graph_builder.store import GraphStore

TEXTS = [
    "Russia and Ukraine exchanged 90 prisoners of war on Monday, officials said.",
    "Talks between Armenia and Azerbaijan were held in Doha last week.",
    "Israel and Hamas agreed to a ceasefire in Gaza on June 2.",
]


def sources() -> list[SourceDocument]:
    return [make_document(f"p{i}", text, published="2025-06-09") for i, text in enumerate(TEXTS)]


def documents() -> list[SourceDocument | IngestProblem]:
    return [*sources(), IngestProblem("broken.txt", None, "no text")]


def quads(store: GraphStore) -> set[str]:
    return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None)}


def test_parallel_build_equals_sequential_build(tmp_path: Path) -> None:
    settings = Settings(link=False, store=tmp_path / "unused")
    with GraphStore(tmp_path / "seq") as seq_store:
        sequential = build_into_store(documents(), seq_store, Builder(settings))
        expected = quads(seq_store)
    with ParallelBuilder(settings, workers=2, chunk_size=1) as builder, GraphStore(tmp_path / "par") as par_store:
        parallel = parallel_build_into_store(documents(), par_store, builder)
        assert quads(par_store) == expected
        again = parallel_build_into_store(documents(), par_store, builder)
    assert parallel.built == sequential.built == ["p0", "p1", "p2"]
    assert (parallel.events, parallel.relations, parallel.quads) == (
        sequential.events, sequential.relations, sequential.quads)
    assert [p.source for p in parallel.problems] == ["broken.txt"]
    assert again.unchanged == ["p0", "p1", "p2"] and not again.built


def test_bulk_add_documents_equals_replace_document() -> None:
    settings = Settings(link=False)
    built = [(s.id, m.doc_quads, m.entity_quads) for s, _, m in Builder(settings).build(sources())]
    one_by_one, bulk = GraphStore(None), GraphStore(None)
    for doc_id, doc_quads, entity_quads in built:
        one_by_one.replace_document(doc_id, doc_quads, entity_quads)
    assert add_documents(bulk, built) == 3
    assert add_documents(bulk, built[:1]) == 1  # a second write replaces, never duplicates
    assert quads(bulk) == quads(one_by_one)
    assert isinstance(next(iter(bulk.oxigraph)), ox.Quad)
