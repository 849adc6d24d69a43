"""Bulk writes into a :class:`~graph_builder.store.GraphStore`: first loads, imports, rebuilds.

:meth:`GraphStore.replace_document` is one SPARQL Update per document, atomic and safe to
run against a store that is being read. Loading a million triples that way spends most
of its time writing and parsing update text; pyoxigraph's ``bulk_load`` and
``bulk_extend`` write sorted files straight into RocksDB instead. The price: a bulk write
is not one transaction (a crash midway leaves part of it), so use it to fill a new store
or to import a dump, not under a live server.

>>> from rdflib import Literal, URIRef
>>> from graph_builder.namespaces import doc_graph
>>> store = GraphStore(None)
>>> s, p = URIRef("https://w3id.org/parley/id/doc/d1"), URIRef("urn:p")
>>> add_documents(store, [("d1", [(s, p, Literal("v"), doc_graph("d1"))], [])])
1
>>> store.document_ids()
['d1']
>>> load_rdf(store, b'<urn:a> <urn:b> <urn:c> <urn:g> .\\n', format_name=".nq")
>>> len(store)
2
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from graph_builder.errors import StoreError
from graph_builder.namespaces import doc_graph
from graph_builder.store import RDF_FORMATS, GraphStore, Quad, rdf_format_for, to_ox


def load_rdf(store: GraphStore, source: Path | bytes, *, format_name: str | None = None, lenient: bool = False) -> None:
    """Bulk-load a file (format from its extension) or bytes (``format_name`` like ``".nq"``).

    ``lenient`` skips IRI validation, for trusted dumps Parley wrote itself.
    """
    if isinstance(source, Path):
        fmt = rdf_format_for(source)
    elif format_name is not None and format_name in RDF_FORMATS:
        fmt = RDF_FORMATS[format_name]
    else:
        raise StoreError(f"bulk load of bytes needs format_name, one of {', '.join(sorted(RDF_FORMATS))}")
    try:
        if isinstance(source, Path):
            store.oxigraph.bulk_load(path=str(source), format=fmt, lenient=lenient)
        else:
            store.oxigraph.bulk_load(source, format=fmt, lenient=lenient)
    except SyntaxError as exc:
        raise StoreError(f"invalid RDF in bulk load: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"bulk load failed: {exc}") from exc


def load_build_output(store: GraphStore, output_dir: Path) -> tuple[int, int]:
    """Load a batch build's output (``parley spark build``) with the store's own loader.

    The graphs of the documents it holds are dropped first, so a document built again
    replaces its old graph instead of adding to it. Not one transaction: load into a store
    no one depends on yet, or accept that readers see the load in progress. Returns how many
    documents were loaded and how many had failed in the build.
    """
    from graph_builder.build import quad_parts, read_manifest

    if not output_dir.is_dir():
        raise StoreError(f"{output_dir} is not a build output directory")
    records = read_manifest(output_dir)
    built = [str(r["id"]) for r in records if not r["error"] and r["id"]]
    existing = set(store.document_ids())
    store.drop_documents([d for d in built if d in existing])
    store.load_files(quad_parts(output_dir), format=ox.RdfFormat.N_QUADS)
    return len(built), len(records) - len(built)


def add_documents(store: GraphStore, documents: Sequence[tuple[str, Iterable[Quad], Iterable[Quad]]]) -> int:
    """Write many built documents at once: ``(doc_id, doc_quads, entity_quads)`` each.

    Documents already in the store have their graphs dropped first, so the result equals
    one ``replace_document`` per document, without the per-document transaction.
    Returns how many documents were written.
    """
    existing = set(store.document_ids())
    quads = (
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))  # type: ignore[arg-type]
        for _, doc_quads, entity_quads in documents
        for s, p, o, g in (*doc_quads, *entity_quads)
    )
    try:
        for doc_id, _, _ in documents:
            if doc_id in existing:
                store.oxigraph.remove_graph(ox.NamedNode(str(doc_graph(doc_id))))
        store.oxigraph.bulk_extend(quads)
    except OSError as exc:
        raise StoreError(f"bulk write failed: {exc}") from exc
    return len(documents)
