"""The sample article, built by the real pipeline, reaches a store the same way on every path.

The build's quads are pyoxigraph terms; the three writers (one SPARQL Update per document,
the bulk loader, the N-Quads text of the build function) and the rdflib view of a mapped
document must all hold the same statements.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from graph_builder.build import build_lines
from graph_builder.bulk import add_documents, load_rdf
from graph_builder.ingest import SourceDocument, read_documents
from graph_builder.pipeline import Builder, BuildReport
from graph_builder.store import GraphStore
from graph_builder.terms import to_ox

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def statements(store: GraphStore) -> set[str]:
    return {str(q) for q in store.oxigraph}


def seed_documents() -> list[SourceDocument]:
    return [d for d in read_documents([ARTICLES]) if isinstance(d, SourceDocument)]


def test_update_bulk_and_nquads_writes_hold_the_same_statements(
    seed_store: tuple[GraphStore, BuildReport], builder: Builder, tmp_path: Path
) -> None:
    written_by_update, _ = seed_store
    built = [
        (source.id, mapped.doc_quads, mapped.entity_quads) for source, _, mapped in builder.build(seed_documents())
    ]
    bulk = GraphStore(tmp_path / "bulk")
    add_documents(bulk, built)
    records = [
        json.dumps({"id": d.id, "text": d.text, "published": str(d.published), "title": d.title, "url": d.url})
        for d in seed_documents()
    ]
    (output,) = list(build_lines(records, builder.settings, builder=builder))
    from_text = GraphStore(tmp_path / "nquads")
    load_rdf(from_text, output.nquads.encode(), format_name=".nq")
    expected = statements(written_by_update)
    assert len(expected) > 200
    assert statements(bulk) == expected
    assert statements(from_text) == expected


def test_the_rdflib_view_of_a_mapped_document_holds_its_quads(builder: Builder) -> None:
    ((_, _, mapped),) = list(builder.build(seed_documents()))
    quads = mapped.doc_quads + mapped.entity_quads
    assert all(isinstance(term, ox.NamedNode | ox.Literal) for quad in quads for term in quad)
    from_rdflib = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in mapped.as_graph()}  # type: ignore[arg-type]
    assert from_rdflib == {ox.Triple(s, p, o) for s, p, o, _ in quads}  # type: ignore[arg-type]
