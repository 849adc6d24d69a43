"""User SPARQL against a remote store, under the same deadline and limits as the query pool.

The query goes to the server as it came (with its dataset), the server's deadline is the
HTTP read timeout, and the answer is re-serialised in the media type the client negotiated,
cut at ``limit`` items: the API cannot tell the two runners apart.
"""

from __future__ import annotations

import asyncio
import importlib

from graph_builder.errors import QueryError, QueryTimeoutError
from graph_builder.query_pool import GraphCall, QueryAnswer, QueryTask, answer_for
from graph_builder.store.remote import RemoteStore, with_base


class RemoteRunner:
    """Evaluates :class:`QueryTask` objects on a :class:`RemoteStore`."""

    def __init__(self, store: RemoteStore, *, timeout: float = 10.0) -> None:
        self.store = store
        self.timeout = timeout
        self.killed = 0
        self.lost = 0  # no worker processes here to lose
        self.refused = 0

    async def submit(self, task: QueryTask | GraphCall, timeout: float | None = None, client: str = "") -> QueryAnswer:
        """The blocking HTTP call in a thread, off the event loop."""
        return await asyncio.to_thread(self.run, task, timeout, client)

    def run(self, task: QueryTask | GraphCall, timeout: float | None = None, client: str = "") -> QueryAnswer:
        if isinstance(task, GraphCall):  # the library walks the remote store as it would a local one
            if not task.module.startswith("graph_builder."):
                raise QueryError(f"not a Parley function: {task.module}")
            function = getattr(importlib.import_module(task.module), task.function)
            answer: QueryAnswer = function(self.store, **task.kwargs)
            return answer
        budget = self.timeout if timeout is None else timeout
        dataset_given = task.default_graphs is not None or task.named_graphs is not None
        try:
            result = self.store.run_query(
                with_base(task.query, task.base_iri),
                default_graphs=list(task.default_graphs or ()) if dataset_given else None,
                named_graphs=list(task.named_graphs or ()) if dataset_given else None,
                timeout=budget,
            )
        except QueryTimeoutError as exc:
            self.killed += 1  # the request was abandoned; the server's own --timeout-s stops its work
            raise QueryTimeoutError(f"query ran past its {budget:g} s deadline and was stopped") from exc
        return answer_for(result, task)

    def close(self) -> None:
        """The store's connections close with the store."""
