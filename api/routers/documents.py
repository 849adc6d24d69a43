"""Ingest and delete source documents (admin token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from api.auth import AdminAccess
from api.deps import SettingsDep, StoreDep
from api.ingestion import Ingestor
from api.schemas import (
    BuiltDocumentPublic,
    DeletedPublic,
    DocumentIn,
    EventRefPublic,
    IngestReportPublic,
    ProblemPublic,
)
from graph_builder.errors import InputError
from graph_builder.ingest import IngestProblem, SourceDocument, document_from_record, documents_from_lines, load_record

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[AdminAccess])
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines")
BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": DocumentIn.model_json_schema()}},
        "description": "One document as JSON, or a batch as JSON lines (application/x-ndjson), one object a line.",
    }
}


async def _items(request: Request, max_chars: int) -> list[SourceDocument | IngestProblem]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the request body is not UTF-8") from exc
    if content_type in JSONL_TYPES:
        return list(documents_from_lines(text.splitlines(), max_chars))
    if content_type != "application/json":
        raise InputError(f"unsupported content type {content_type!r}: use application/json or application/x-ndjson")
    return [document_from_record(load_record(text), max_chars)]


@router.post("", response_model=IngestReportPublic, openapi_extra=BODY)
async def post_documents(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    force: Annotated[bool, Query(description="Rebuild even if the document is unchanged.")] = False,
) -> IngestReportPublic:
    """Extract events and relations from one article or a JSONL batch; returns what was extracted.

    Each document's named graph is replaced atomically; bad lines of a batch are reported
    as problems while the rest is built."""
    items = await _items(request, settings.max_document_chars)
    ingestor: Ingestor = request.app.state.ingestor
    report, built = await run_in_threadpool(lambda: ingestor.ingest(store, items, force=force))
    return IngestReportPublic(
        built=[
            BuiltDocumentPublic(id=doc_id, events=[EventRefPublic(iri=iri, types=types) for iri, types in events])
            for doc_id, events in built
        ],
        unchanged=report.unchanged,
        problems=[
            ProblemPublic(source=p.source, line=p.line, doc_id=p.doc_id, reason=p.reason) for p in report.problems
        ],
        warnings=report.warnings,
        events=report.events,
        relations=report.relations,
        quads=report.quads,
    )


@router.delete("/{doc_id}", response_model=DeletedPublic)
def delete_document(doc_id: str, store: StoreDep) -> DeletedPublic:
    """Remove a document's named graph (404 if absent); shared entity descriptions stay."""
    store.delete_document(doc_id)
    return DeletedPublic(id=doc_id, deleted=True)
