"""Ingestion for ``POST /documents``: one lazily built :class:`Builder` per app.

The spaCy pipeline loads on the first request, not at import or start-up, and one lock
serialises builds (a spaCy pipeline is not meant to be shared between threads). Each
document's graph is replaced in one transaction, so a request that fails half-way leaves
every document either fully rebuilt or as it was.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from graph_builder.config import Settings
from graph_builder.errors import ConfigError
from graph_builder.events import document_events
from graph_builder.ingest import IngestProblem, SourceDocument
from graph_builder.namespaces import doc_graph
from graph_builder.store import GraphStore

if TYPE_CHECKING:
    from graph_builder.pipeline import Builder, BuildReport


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
