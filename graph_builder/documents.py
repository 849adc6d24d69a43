"""Built documents: a paged listing, and one document with its text and events.

A document's text (``pa:content``) is what its mentions' offsets index, so a reader can
show every evidence span in place. Queries are constant text with bound values.

>>> from rdflib import Literal
>>> from rdflib.namespace import DCTERMS
>>> from graph_builder.namespaces import PA, doc_graph, doc_iri
>>> store = GraphStore(None)
>>> store.replace_document("d1", [(doc_iri("d1"), PA.content, Literal("Talks resumed."), doc_graph("d1"))])
>>> [d.id for d in list_documents(store).documents], read_document(store, "d1").text
(['d1'], 'Talks resumed.')
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field

from graph_builder.errors import NotFoundError
from graph_builder.events import HEADER, decode_cursor, document_events, encode_cursor
from graph_builder.namespaces import doc_graph, doc_iri
from graph_builder.store import GraphStore

SUMMARY = (
    HEADER
    + """SELECT ?d ?title ?issued ?url WHERE {
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:issued ?issued } OPTIONAL { ?d dcterms:source ?url }
}"""
)
CONTENT = HEADER + "SELECT ?d ?content WHERE { ?d pa:content ?content }"


@dataclass
class DocumentSummary:
    id: str
    iri: str
    title: str | None = None
    issued: str | None = None
    url: str | None = None


@dataclass
class DocumentPage:
    documents: list[DocumentSummary]
    next_cursor: str | None


@dataclass
class DocumentText(DocumentSummary):
    text: str | None = None
    events: list[tuple[str, list[str]]] = field(default_factory=list)


def _text(row: Mapping[str, object], name: str) -> str | None:
    value = row.get(name)
    return None if value is None else str(value)


def list_documents(store: GraphStore, *, cursor: str | None = None, limit: int = 50) -> DocumentPage:
    """One page of built documents (id, title, date, URL), ordered by id."""
    after = decode_cursor(cursor).removeprefix(str(doc_iri(""))) if cursor else None
    ids = store.document_ids()  # the named graphs: no scan of the data
    if after is not None:
        ids = ids[bisect.bisect_right(ids, after) :]
    documents = []
    for doc_id in ids[:limit]:
        iri = doc_iri(doc_id)
        rows = store.select(SUMMARY, {"d": iri}, limit=1)
        row: dict[str, object] = dict(rows[0]) if rows else {}
        summary = DocumentSummary(doc_id, str(iri), _text(row, "title"), _text(row, "issued"), _text(row, "url"))
        documents.append(summary)
    next_cursor = encode_cursor(str(doc_iri(ids[limit - 1]))) if len(ids) > limit else None
    return DocumentPage(documents, next_cursor)


def read_document(store: GraphStore, doc_id: str) -> DocumentText:
    """One document's metadata, full text (``pa:content``) and events; 404 when absent."""
    if doc_id not in store.document_ids():
        raise NotFoundError(f"no document {doc_id!r} in the store")
    iri = doc_iri(doc_id)
    rows = store.select(SUMMARY, {"d": iri}, limit=1)
    row: dict[str, object] = dict(rows[0]) if rows else {}
    content = store.select(CONTENT, {"d": iri}, limit=1)
    return DocumentText(
        doc_id,
        str(iri),
        _text(row, "title"),
        _text(row, "issued"),
        _text(row, "url"),
        text=_text(content[0], "content") if content else None,
        events=document_events(store, doc_graph(doc_id)),
    )


__all__ = ["DocumentPage", "DocumentSummary", "DocumentText", "list_documents", "read_document"]
