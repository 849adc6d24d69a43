"""Build documents in worker processes; the parent alone writes to the store.

Each worker process loads its :func:`~graph_builder.build.cached_builder` when it starts
(spaCy pipeline, trigger matcher, linker, mapper) and keeps it for every chunk it is
given. Documents travel in chunks, so the cost of sending work between processes is paid
per chunk, not per document. Results come back in input order; at most a few chunks per
worker are in flight, so a long input is never read into memory whole.

Workers are started with the ``spawn`` method: the parent may hold an open store (a
RocksDB handle) that a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from multiprocessing.queues import Queue
from types import TracebackType

from graph_builder.build import BuiltDocument, FailedDocument, build_documents, cached_builder
from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.ingest import IngestProblem, SourceDocument
from graph_builder.pipeline import BuildReport, documents_to_build, pipeline_fingerprint, record
from graph_builder.store import GraphStore

_WORKER_SETTINGS: Settings | None = None


def _start_worker(settings: Settings, ready: Queue[bool]) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    cached_builder(settings)
    ready.put(True)


def _build_chunk(chunk: list[SourceDocument]) -> list[BuiltDocument | FailedDocument]:
    if _WORKER_SETTINGS is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without settings")
    return list(build_documents(cached_builder(_WORKER_SETTINGS), chunk))


def chunked(docs: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    """Group documents into lists of ``size`` (the last one may be shorter).

    >>> [len(c) for c in chunked([SourceDocument(str(i), "x") for i in range(5)], 2)]
    [2, 2, 1]
    """
    chunk: list[SourceDocument] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParallelBuilder:
    """A pool of worker processes, each with its own Builder; use it as a context manager.

    ``ParallelBuilder(settings, workers=2)`` starts the workers and waits until every one
    has loaded its pipeline, so timing :meth:`build` measures building, not start-up.
    """

    def __init__(self, settings: Settings, *, workers: int = 2, chunk_size: int = 16, in_flight: int = 2) -> None:
        if workers < 1 or chunk_size < 1 or in_flight < 1:
            raise ParleyError("workers, chunk_size and in_flight must be at least 1")
        if workers > 1 and settings.link and settings.wikidata_online:
            # N workers would send N request streams and learn different items per chunk.
            raise ParleyError(
                "online Wikidata mode builds with one worker (Wikimedia asks for sequential requests): "
                "drop --workers or unset PARLEY_WIKIDATA_ONLINE"
            )
        self.settings = settings
        self.fingerprint = pipeline_fingerprint(settings)
        self.workers = workers
        self.chunk_size = chunk_size
        self.max_pending = workers * in_flight
        context = mp.get_context("spawn")
        ready: Queue[bool] = context.Queue()
        self._pool: Pool = context.Pool(workers, initializer=_start_worker, initargs=(settings, ready))
        try:
            for _ in range(workers):
                ready.get(timeout=300)
        except Exception as exc:
            self._pool.terminate()
            raise ParleyError(f"worker processes did not start: {exc!r}") from exc

    def __enter__(self) -> ParallelBuilder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers."""
        self._pool.terminate()
        self._pool.join()

    def build(self, docs: Iterable[SourceDocument]) -> Iterator[BuiltDocument | FailedDocument]:
        """Build documents in the workers; results are yielded in input order."""
        pending: deque[AsyncResult[list[BuiltDocument | FailedDocument]]] = deque()
        for chunk in chunked(docs, self.chunk_size):
            pending.append(self._pool.apply_async(_build_chunk, (chunk,)))
            if len(pending) >= self.max_pending:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def parallel_build_into_store(
    items: Iterable[SourceDocument | IngestProblem],
    store: GraphStore,
    builder: ParallelBuilder,
    *,
    force: bool = False,
    on_document: Callable[[str, str], None] | None = None,
) -> BuildReport:
    """Like :func:`graph_builder.pipeline.build_into_store`, with the parsing in workers.

    The parent filters problems and unchanged documents, then writes each built document's
    graph with one atomic ``replace_document``, in input order.
    """
    report = BuildReport()
    notify = on_document or (lambda _doc_id, _status: None)
    pending = documents_to_build(items, store, builder.fingerprint, report, notify, force=force)
    for outcome in builder.build(pending):
        record(store, report, notify, outcome)
    return report
