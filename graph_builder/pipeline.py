"""The build into a store: documents → :mod:`graph_builder.build` → one atomic write each.

The build function itself (spaCy, extraction, linking, RDF, digests) lives in the
engine-free :mod:`graph_builder.build`; this module adds what needs a store: skipping
unchanged documents (stored digests read in bulk, one query per batch) and writing each
built document's graph with one ``replace_document``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from graph_builder.build import (
    EXTRACTOR_VERSION,
    Builder,
    BuiltDocument,
    EntityDeduplicator,
    FailedDocument,
    WikidataEntityLinker,
    build_documents,
    content_digest,
    learned_items_file,
    load_linker,
    pipeline_fingerprint,
    wikidata_linker,
)
from graph_builder.ingest import IngestProblem, SourceDocument
from graph_builder.namespaces import ENTITIES_GRAPH, PA, doc_graph, doc_iri
from graph_builder.rdf import MappedDocument, unresolved_date_texts
from graph_builder.store import EmbeddedStore, GraphStore
from graph_builder.terms import values_clause

# Re-exported: callers built against the pipeline before the build function had its own module.
__all__ = [
    "EXTRACTOR_VERSION",
    "BuildReport",
    "Builder",
    "WikidataEntityLinker",
    "build_into_store",
    "content_digest",
    "documents_to_build",
    "export_documents",
    "learned_items_file",
    "load_linker",
    "pipeline_fingerprint",
    "record",
    "stored_digests",
    "wikidata_linker",
    "write_built",
]

# Documents whose stored digests one query reads.
DIGEST_BATCH = 256


@dataclass
class BuildReport:
    """What a build did, per document."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    relations: int = 0
    quads: int = 0
    # Entity descriptions already written by this build: every later document that repeats
    # them writes only what is new (measured: ~99 % of entity lines are repeats at 1,000 articles).
    entities: EntityDeduplicator = field(default_factory=EntityDeduplicator, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems


def stored_digests(store: GraphStore, doc_ids: list[str]) -> dict[str, str]:
    """The stored content digest of each of ``doc_ids`` that has one, in one query.

    >>> from rdflib import Literal
    >>> store = GraphStore(None)
    >>> store.replace_document("d1", [(doc_iri("d1"), PA.contentDigest, Literal("abc"), doc_graph("d1"))])
    >>> stored_digests(store, ["d1", "d2"])
    {'d1': 'abc'}
    """
    if not doc_ids:
        return {}
    # Ids passed ingest validation and become IRIs, written escaped by values_clause.
    values = values_clause(["g", "doc"], [(doc_graph(d), doc_iri(d)) for d in doc_ids])
    rows = store.select(
        f"SELECT ?g ?digest WHERE {{ {values} GRAPH ?g {{ ?doc <{PA['contentDigest']}> ?digest }} }}",
        limit=len(doc_ids) * 2,
    )
    prefix = len(str(doc_graph("")))
    return {str(row["g"])[prefix:]: str(row["digest"]) for row in rows}


def build_into_store(
    items: Iterable[SourceDocument | IngestProblem],
    store: GraphStore,
    builder: Builder,
    *,
    force: bool = False,
    on_document: Callable[[str, str], None] | None = None,
) -> BuildReport:
    """Build documents into the store; each document's graph is replaced atomically.

    Unchanged documents (same text and metadata, same :func:`pipeline_fingerprint`) are
    skipped unless ``force``; problems are collected, the rest of the batch goes on.
    """
    report = BuildReport()
    notify = on_document or (lambda _doc_id, _status: None)
    pending = documents_to_build(items, store, builder.fingerprint, report, notify, force=force)
    for outcome in build_documents(builder, pending):
        record(store, report, notify, outcome)
    return report


def record(
    store: GraphStore, report: BuildReport, notify: Callable[[str, str], None], outcome: BuiltDocument | FailedDocument
) -> None:
    """Write a built document, or count a document whose build failed (the rest goes on)."""
    if isinstance(outcome, FailedDocument):
        report.problems.append(outcome.problem)
        notify(outcome.problem.doc_id or outcome.problem.source, "error")
    else:
        write_built(store, report, notify, outcome.source, outcome.mapped, outcome.events, outcome.relations)


def documents_to_build(
    items: Iterable[SourceDocument | IngestProblem],
    store: GraphStore,
    fingerprint: str,
    report: BuildReport,
    notify: Callable[[str, str], None],
    *,
    force: bool = False,
) -> Iterator[SourceDocument]:
    """The documents a build must parse: problems and unchanged documents go to ``report``.

    Stored digests are read for :data:`DIGEST_BATCH` documents at a time, one query each,
    so the check costs the same on a remote server as in-process.
    """
    stream = iter(items)
    while batch := list(islice(stream, DIGEST_BATCH)):
        docs = [item for item in batch if isinstance(item, SourceDocument)]
        stored = {} if force else stored_digests(store, [d.id for d in docs])
        for item in batch:
            if isinstance(item, IngestProblem):
                report.problems.append(item)
                notify(item.doc_id or item.source, "error")
            elif stored.get(item.id) == content_digest(item, fingerprint):
                report.unchanged.append(item.id)
                notify(item.id, "unchanged")
            else:
                yield item


def write_built(
    store: GraphStore,
    report: BuildReport,
    notify: Callable[[str, str], None],
    source: SourceDocument,
    mapped: MappedDocument,
    events: int,
    relations: int,
) -> None:
    """Replace one document's graph atomically and count it in ``report``."""
    fresh = report.entities.fresh(mapped.entity_quads)
    store.replace_document(source.id, mapped.doc_quads, fresh)
    report.entities.remember(fresh)  # only once written: a failed write leaves them to the next document
    report.built.append(source.id)
    if source.published is None and (texts := unresolved_date_texts(mapped.doc_quads)):
        report.warnings.append(
            f"{source.id}: no publication date, so {len(texts)} relative date(s) such as {texts[0]!r} stay "
            "unresolved (give one: --published, a .meta.json file or the 'published' field)"
        )
    report.events += events
    report.relations += relations
    report.quads += len(mapped.doc_quads)
    notify(source.id, "built")


def export_documents(store: GraphStore, doc_ids: Iterable[str], path: Path) -> None:
    """Write the given documents' graphs plus the entity descriptions to ``path``."""
    subset = EmbeddedStore(None)
    graphs = [ox.NamedNode(str(doc_graph(d))) for d in doc_ids] + [ox.NamedNode(str(ENTITIES_GRAPH))]
    subset.oxigraph.extend(q for g in graphs for q in store.quads_for_pattern(graph=g))
    subset.export(path)
