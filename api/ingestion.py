"""Ingestion for ``POST /documents``: one lazily built :class:`Builder` per app.

The spaCy pipeline loads on the first request, not at import or start-up, and one lock
serialises builds (a spaCy pipeline is not meant to be shared between threads). Each
document's graph is replaced in one transaction, so a request that fails half-way leaves
every document either fully rebuilt or as it was.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph_builder.config import Settings
from graph_builder.errors import ConfigError, InputError
from graph_builder.events import document_events
from graph_builder.ingest import IngestProblem, SourceDocument, make_document
from graph_builder.namespaces import doc_graph
from graph_builder.store import GraphStore

if TYPE_CHECKING:
    from graph_builder.pipeline import Builder, BuildReport


def document_from_json(record: object, max_chars: int) -> SourceDocument:
    """Validate one ``{id, text, published, title, url}`` object."""
    if not isinstance(record, dict):
        raise InputError("a document must be a JSON object with id and text")
    for name in ("published", "title", "url"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f"document field {name!r} must be a string")
    return make_document(
        record.get("id"),  # type: ignore[arg-type]  # make_document checks it
        record.get("text"),
        published=record.get("published"),
        title=record.get("title"),
        url=record.get("url"),
        max_chars=max_chars,
    )


def documents_from_jsonl(text: str, max_chars: int) -> Iterator[SourceDocument | IngestProblem]:
    """One document per line; bad lines become problems and the batch goes on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
            yield document_from_json(record, max_chars)
        except json.JSONDecodeError as exc:
            yield IngestProblem(where, None, f"not valid JSON: {exc.msg}")
        except InputError as exc:
            doc_id = record.get("id") if isinstance(record, dict) else None
            yield IngestProblem(where, doc_id if isinstance(doc_id, str) else None, str(exc))


class Ingestor:
    """Builds documents into the store with one shared, lazily loaded pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._builder: Builder | None = None

    def _get_builder(self) -> Builder:
        if self._builder is None:
            from graph_builder.pipeline import Builder

            try:
                self._builder = Builder(self.settings)
            except (ImportError, OSError) as exc:
                raise ConfigError(f"ingestion is unavailable: cannot load the pipeline ({exc})") from exc
        return self._builder

    def ingest(
        self, store: GraphStore, items: list[SourceDocument | IngestProblem], *, force: bool
    ) -> tuple[BuildReport, list[tuple[str, list[tuple[str, list[str]]]]]]:
        """Build the documents; return the report and, per built document, its events."""
        from graph_builder.pipeline import build_into_store

        with self._lock:
            report = build_into_store(items, store, self._get_builder(), force=force)
        built = [(doc_id, document_events(store, doc_graph(doc_id))) for doc_id in report.built]
        return report, built
