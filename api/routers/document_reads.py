"""Read built documents: the list, and one document's text and events (read access).

Writes (POST, DELETE) are in :mod:`api.routers.documents` and need the admin token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.auth import ReadAccess
from api.deps import StoreDep
from api.schemas import DocumentPagePublic, DocumentSummaryPublic, DocumentTextPublic, EventRefPublic
from graph_builder.documents import list_documents, read_document

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[ReadAccess])


@router.get("", response_model=DocumentPagePublic)
def get_documents(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")] = None,
) -> DocumentPagePublic:
    """Built documents ordered by id, with title, date and URL."""
    page = list_documents(store, cursor=cursor, limit=limit)
    return DocumentPagePublic(
        documents=[
            DocumentSummaryPublic(id=d.id, iri=d.iri, title=d.title, issued=d.issued, url=d.url)
            for d in page.documents
        ],
        next_cursor=page.next_cursor,
    )


@router.get("/{doc_id}", response_model=DocumentTextPublic)
def get_document(
    store: StoreDep, doc_id: Annotated[str, Path(max_length=200, description="The document id.")]
) -> DocumentTextPublic:
    """One document: metadata, its text (what mention offsets index) and the events built from it."""
    doc = read_document(store, doc_id)
    return DocumentTextPublic(
        id=doc.id,
        iri=doc.iri,
        title=doc.title,
        issued=doc.issued,
        url=doc.url,
        text=doc.text,
        events=[EventRefPublic(iri=iri, types=types) for iri, types in doc.events],
    )
