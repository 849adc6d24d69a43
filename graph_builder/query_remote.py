"""User SPARQL against a remote store, under the same deadline and limits as the query pool.

The query goes to the server as it came (with its dataset), the server's deadline is the
HTTP read timeout, and the answer is re-serialised in the media type the client negotiated,
cut at ``limit`` items: the API cannot tell the two runners apart.
"""

from __future__ import annotations

from itertools import islice

import pyoxigraph as ox

from graph_builder.errors import QueryTimeoutError
from graph_builder.query_pool import PREFIXES, QueryAnswer, QueryTask
from graph_builder.sparql_formats import (
    BOOLEAN,
    SOLUTIONS,
    TRIPLES,
    negotiate,
    write_boolean,
    write_solutions,
    write_triples,
)
from graph_builder.store.remote import RemoteStore, with_base


class RemoteRunner:
    """Evaluates :class:`QueryTask` objects on a :class:`RemoteStore`."""

    def __init__(self, store: RemoteStore, *, timeout: float = 10.0) -> None:
        self.store = store
        self.timeout = timeout
        self.killed = 0
        self.lost = 0  # no worker processes here to lose

    def run(self, task: QueryTask, timeout: float | None = None) -> QueryAnswer:
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
        if isinstance(result, ox.QueryBoolean):
            media = negotiate(BOOLEAN, task.accept, task.format)
            return QueryAnswer(media, write_boolean(bool(result), media), BOOLEAN)
        if isinstance(result, ox.QuerySolutions):
            media = negotiate(SOLUTIONS, task.accept, task.format)
            names = [v.value for v in result.variables]
            rows = [tuple(row) for row in islice(result, task.limit + 1)]
            body = write_solutions(names, rows[: task.limit], media)  # type: ignore[arg-type]
            return QueryAnswer(media, body, SOLUTIONS, truncated=len(rows) > task.limit)
        media = negotiate(TRIPLES, task.accept, task.format)
        triples = list(islice(result, task.limit + 1))
        body = write_triples(triples[: task.limit], media, PREFIXES)  # type: ignore[arg-type]
        return QueryAnswer(media, body, TRIPLES, truncated=len(triples) > task.limit)

    def close(self) -> None:
        """The store's connections close with the store."""
