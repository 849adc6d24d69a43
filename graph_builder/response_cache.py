"""Answers of read queries kept until the next write: a cache in front of the query runner.

An answer is keyed by the whole task (query text, negotiated format, dataset, base IRI, row
cap; or a graph call with its arguments) and by the store's write generation: any write
through the server's store moves the generation on, and the first lookup after it empties
the cache, so no answer outlives a write. Only an on-disk or in-memory store the server
alone writes qualifies; a SPARQL server may be written by other processes, so the app never
caches in front of one. Errors are not cached. Off unless ``response_cache_mb`` is set.

>>> import asyncio, pyoxigraph as ox
>>> from graph_builder.query_pool import InProcessRunner, QueryTask
>>> generation = [0]
>>> cache = ResponseCache(InProcessRunner(ox.Store()), lambda: generation[0], max_bytes=2**20)
>>> ask = QueryTask("ASK { ?s ?p ?o }", format="json")
>>> _ = asyncio.run(cache.submit(ask)); _ = asyncio.run(cache.submit(ask))
>>> generation[0] += 1  # a write
>>> _ = asyncio.run(cache.submit(ask))
>>> cache.hits, cache.misses
(1, 2)
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Hashable
from typing import Any, Protocol

from graph_builder.query_pool import GraphCall, QueryAnswer, QueryTask


class QueryRunner(Protocol):
    """Evaluates user SPARQL and graph walks under the deadline (a QueryPool; in a thread for
    memory stores; on the server for remote stores; or this cache in front of one of them)."""

    @property
    def killed(self) -> int: ...

    @property
    def lost(self) -> int: ...

    @property
    def refused(self) -> int: ...

    async def submit(
        self, task: QueryTask | GraphCall, timeout: float | None = None, client: str = ""
    ) -> QueryAnswer: ...

    def close(self) -> None: ...


class ResponseCache:
    """Wraps a query runner; answers repeated tasks from memory until the next write.

    At most ``max_bytes`` of answer bodies are kept, least recently used first out; an
    answer larger than a quarter of that is never kept.
    """

    def __init__(self, runner: QueryRunner, generation: Callable[[], int], *, max_bytes: int) -> None:
        self.runner = runner
        self.generation = generation
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self._answers: collections.OrderedDict[Hashable, QueryAnswer] = collections.OrderedDict()
        self._bytes = 0
        self._seen = generation()

    @property
    def killed(self) -> int:
        return self.runner.killed

    @property
    def lost(self) -> int:
        return self.runner.lost

    @property
    def refused(self) -> int:
        return self.runner.refused

    @property
    def hit_rate(self) -> float | None:
        asked = self.hits + self.misses
        return round(self.hits / asked, 4) if asked else None

    async def submit(self, task: QueryTask | GraphCall, timeout: float | None = None, client: str = "") -> QueryAnswer:
        generation = self.generation()
        if generation != self._seen:  # a write since: every answer kept may be stale
            self._answers.clear()
            self._bytes, self._seen = 0, generation
        key = _key(task)
        answer = self._answers.get(key)
        if answer is not None:
            self.hits += 1
            self._answers.move_to_end(key)
            return answer
        self.misses += 1
        answer = await self.runner.submit(task, timeout, client)
        if self.generation() == generation and len(answer.body) <= self.max_bytes // 4:
            self._answers[key] = answer
            self._bytes += len(answer.body)
            while self._bytes > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= len(dropped.body)
        return answer

    def run(self, task: QueryTask | GraphCall, timeout: float | None = None, client: str = "") -> QueryAnswer:
        """Uncached, blocking (the wrapped runner's own ``run``)."""
        run: Callable[..., QueryAnswer] = self.runner.run  # type: ignore[attr-defined]
        return run(task, timeout, client)

    def close(self) -> None:
        self._answers.clear()
        self.runner.close()


def _key(task: QueryTask | GraphCall) -> Hashable:
    if isinstance(task, QueryTask):
        return task
    return (task.module, task.function, tuple(sorted((k, _frozen(v)) for k, v in task.kwargs.items())))


def _frozen(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list | tuple) else value
