"""The worker side of the query pool: what a query worker process runs.

A worker opens the on-disk store read-only, then answers tasks from its pipe until it
closes: :class:`QueryTask` (SPARQL, evaluated and serialised here with pyoxigraph's own
writers under the row cap) and :class:`GraphCall` (a library function over the read-only
store, such as the neighbourhood walk). Every answer carries the CPU time it took, which
the pool uses to keep its short lane for cheap queries. This module imports nothing heavy,
so the fork server the workers come from starts quickly. The scheduling side, deadlines and
admission are in :mod:`graph_builder.query_pool`.
"""

from __future__ import annotations

import importlib
import pickle
import signal
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder.errors import ParleyError, QueryError
from graph_builder.sparql_formats import (
    BOOLEAN,
    SOLUTIONS,
    TRIPLES,
    NotAcceptableError,
    negotiate,
    write_boolean,
    write_native,
    write_solutions,
    write_triples,
)

PREFIXES = {
    "pa": "https://w3id.org/parley/ontology#",
    "pid": "https://w3id.org/parley/id/",
    "wd": "http://www.wikidata.org/entity/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class QueryTask:
    """One query as the SPARQL protocol received it; plain data, so it pickles."""

    query: str
    accept: str = ""
    format: str | None = None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    limit: int = 10_000
    # Relative IRIs in the query resolve against it (the protocol suggests the service's IRI).
    base_iri: str | None = None


@dataclass(frozen=True)
class GraphCall:
    """A library function run in a worker over the read-only store: ``module.function(store,
    **kwargs)`` returning a :class:`QueryAnswer`. Built by the server's own code, never from
    a request (the module must be one of Parley's)."""

    module: str
    function: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryAnswer:
    """Serialised results: what the HTTP layer sends back."""

    media_type: str
    body: bytes
    kind: str
    truncated: bool = False
    cpu_seconds: float = 0.0  # what the worker spent on it: the short lane's measure


def evaluate(store: ox.Store, task: QueryTask) -> QueryAnswer:
    """Evaluate ``task`` on ``store``: parse, negotiate, materialise at most ``limit`` items."""
    try:
        result = _query(store, task)
        if isinstance(result, ox.QuerySolutions):
            media = negotiate(SOLUTIONS, task.accept, task.format)
            body, truncated = write_native(result, media, limit=task.limit)
            return QueryAnswer(media, body, SOLUTIONS, truncated=truncated)
        return answer_for(result, task)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {_short(exc)}") from exc
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_short(exc)}") from exc


def _query(store: ox.Store, task: QueryTask) -> ox.QueryBoolean | ox.QuerySolutions | ox.QueryTriples:
    dataset_given = task.default_graphs is not None or task.named_graphs is not None
    return store.query(
        task.query,
        base_iri=task.base_iri,
        use_default_graph_as_union=not dataset_given,
        # An empty tuple is an empty default graph (the request named only named graphs).
        default_graph=[ox.NamedNode(g) for g in task.default_graphs] if task.default_graphs is not None else None,
        named_graphs=[ox.NamedNode(g) for g in task.named_graphs] if task.named_graphs is not None else None,
    )


def answer_for(result: ox.QueryBoolean | ox.QuerySolutions | Iterable[ox.Triple], task: QueryTask) -> QueryAnswer:
    """Serialise a result in the media type the client negotiated, cut at ``task.limit`` items
    (row by row: :func:`evaluate` has pyoxigraph write SELECT results instead)."""
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


def _short(exc: BaseException, limit: int = 600) -> str:
    # The parser lists every expected token; the position comes first, so cut the tail.
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + " …"


def _open_read_only(path: str, attempts: int = 8) -> ox.Store:
    # A read-only open can race with the primary's compaction deleting a file the manifest
    # still lists (RocksDB then reports "Corruption: … No such file"): retry shortly.
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at what it uses now plus ``memory_mb``: past it,
    an allocation fails (a MemoryError here, an abort inside Oxigraph) instead of the
    machine swapping. Measured from the current size, since the store's own mappings
    vary with the store."""
    import resource

    if not Path("/proc/self/statm").exists():  # not Linux: no cheap way to measure, no cap
        return
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    limit = pages * resource.getpagesize() + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def cut_network() -> bool:
    """Move this process into new, empty user and network namespaces (Linux, where
    unprivileged namespaces are allowed): no socket can then reach any host, so a ``SERVICE``
    that got past the text checks still cannot leave. Must run while the process has one
    thread. Returns whether it worked; where it does not, the text checks stand alone."""
    import ctypes

    clone_newuser, clone_newnet = 0x10000000, 0x40000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.unshare(clone_newuser | clone_newnet) == 0)
    except (OSError, AttributeError):
        return False


def _call(store: ox.Store, path: str | None, call: GraphCall) -> QueryAnswer:
    if not call.module.startswith("graph_builder."):
        raise QueryError(f"not a Parley function: {call.module}")
    from graph_builder.store.embedded import EmbeddedStore

    function = getattr(importlib.import_module(call.module), call.function)
    answer: QueryAnswer = function(EmbeddedStore.over(store, path), **call.kwargs)
    return answer


def _worker_main(
    path: str, generation: int, conn: Connection, memory_mb: int | None = None, offline: bool = False
) -> None:
    """Loop of one worker process: answer tasks until the pipe closes.

    A task arrives as ``(generation, task)``; an answer leaves as a plain tuple (see
    :func:`answer_frame`), never a pickled dataclass: the pool reads it on the event loop.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    if offline:
        cut_network()
    store = _open_read_only(path)
    if memory_mb is not None:
        _limit_memory(memory_mb)
    conn.send_bytes(_dumps(("ready", None)))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        wanted, task = message
        try:
            if wanted != generation:
                # On failure the old snapshot and generation stay, so the next task retries.
                store = _open_read_only(path)
                generation = wanted
            started = time.process_time()
            answer = evaluate(store, task) if isinstance(task, QueryTask) else _call(store, path, task)
            reply: tuple[object, ...] = answer_frame(answer, time.process_time() - started)
        except NotAcceptableError as exc:
            reply = ("not-acceptable", str(exc))
        except QueryError as exc:
            # A subclass keeps its class, and so its status: a graph walk past its own
            # deadline is a 503 like any other timeout, not a 400.
            reply = ("query-error", str(exc)) if type(exc) is QueryError else ("raise", exc)
        except MemoryError:
            reply = ("memory", "the query needed more memory than a query worker may use")
        except ParleyError as exc:  # a graph call's 404 or 400, raised again in the server
            reply = ("raise", exc)
        except Exception as exc:  # a worker must answer, whatever happened
            reply = ("store-error", f"{type(exc).__name__}: {_short(exc)}")
        conn.send_bytes(_dumps(reply))


def answer_frame(answer: QueryAnswer, cpu_seconds: float) -> tuple[object, ...]:
    """What a worker sends for an answer: ``("ok", media type, body, kind, truncated, CPU s)``."""
    return ("ok", answer.media_type, answer.body, answer.kind, answer.truncated, cpu_seconds)


def _dumps(reply: tuple[object, ...]) -> bytes:
    return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
