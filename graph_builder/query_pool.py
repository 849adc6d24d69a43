"""Run SPARQL queries under a deadline that really stops them.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so user
queries run in a small pool of worker *processes*. Each worker opens the on-disk store
read-only. A read-only handle is a snapshot (measured: it does not see later writes of
the primary; a fresh handle does), so every task carries the primary's write generation
and a worker reopens its handle when that generation moved on. A read-only open replays
the primary's write-ahead log (measured: 5 s with 200k unflushed quads, about 20 ms after
a flush), so the primary is flushed on demand before a worker needs a newer view
(``GraphStore.sync_for_readers``). A worker that is past the deadline is killed (SIGKILL
is safe for a read-only handle) and replaced in the background, so a runaway query never
keeps a worker busy and other clients keep being answered.

The worker materialises at most ``limit`` rows or triples and returns serialised bytes;
this module imports nothing heavy, so spawning a worker is quick.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import multiprocessing as mp
import signal
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from graph_builder.errors import ParleyError, QueryError, QueryResourceError, QueryTimeoutError, StoreError
from graph_builder.sparql_formats import (
    BOOLEAN,
    SOLUTIONS,
    TRIPLES,
    NotAcceptableError,
    negotiate,
    write_boolean,
    write_solutions,
    write_triples,
)

log = logging.getLogger("parley.query_pool")
STARTUP_SECONDS = 60.0
SLOW_QUERIES_REMEMBERED = 4096
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
    generation: int = 0
    # Relative IRIs in the query resolve against it (the protocol suggests the service's IRI).
    base_iri: str | None = None


@dataclass(frozen=True)
class QueryAnswer:
    """Serialised results: what the HTTP layer sends back."""

    media_type: str
    body: bytes
    kind: str
    truncated: bool = False


def evaluate(store: ox.Store, task: QueryTask) -> QueryAnswer:
    """Evaluate ``task`` on ``store``: parse, negotiate, materialise at most ``limit`` items."""
    dataset_given = task.default_graphs is not None or task.named_graphs is not None
    try:
        result = store.query(
            task.query,
            base_iri=task.base_iri,
            use_default_graph_as_union=not dataset_given,
            # An empty tuple is an empty default graph (the request named only named graphs).
            default_graph=[ox.NamedNode(g) for g in task.default_graphs] if task.default_graphs is not None else None,
            named_graphs=[ox.NamedNode(g) for g in task.named_graphs] if task.named_graphs is not None else None,
        )
        return answer_for(result, task)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {_short(exc)}") from exc
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_short(exc)}") from exc


def answer_for(result: ox.QueryBoolean | ox.QuerySolutions | Iterable[ox.Triple], task: QueryTask) -> QueryAnswer:
    """Serialise a result in the media type the client negotiated, cut at ``task.limit`` items."""
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


def _worker_main(
    path: str, generation: int, conn: Connection, memory_mb: int | None = None, offline: bool = False
) -> None:
    """Loop of one worker process: answer tasks until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    if offline:
        cut_network()
    store = _open_read_only(path)
    if memory_mb is not None:
        _limit_memory(memory_mb)
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            if task.generation != generation:
                # On failure the old snapshot and generation stay, so the next task retries.
                store = _open_read_only(path)
                generation = task.generation
            conn.send(("ok", evaluate(store, task)))
        except NotAcceptableError as exc:
            conn.send(("not-acceptable", str(exc)))
        except QueryError as exc:
            conn.send(("query-error", str(exc)))
        except MemoryError:
            conn.send(("memory", "the query needed more memory than a query worker may use"))
        except Exception as exc:  # a worker must answer, whatever happened
            conn.send(("store-error", f"{type(exc).__name__}: {_short(exc)}"))


class _FairQueue:
    """Idle workers handed to waiting threads first come, first served.

    ``queue.Queue`` lets a thread that just returned a worker take it straight back, so
    busy clients can starve a waiting one until its deadline (measured: 90k queries served
    while one caller waited 30 s). Here a returned worker goes to the oldest waiter.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: collections.deque[_Worker] = collections.deque()
        self._waiters: collections.deque[tuple[threading.Event, list[_Worker]]] = collections.deque()

    def put(self, worker: _Worker) -> None:
        with self._lock:
            if self._waiters:
                event, slot = self._waiters.popleft()
                slot.append(worker)
                event.set()
            else:
                self._idle.append(worker)

    def get(self, timeout: float) -> _Worker | None:
        with self._lock:
            if self._idle and not self._waiters:
                return self._idle.popleft()
            event, slot = threading.Event(), list[_Worker]()
            self._waiters.append((event, slot))
        event.wait(timeout)
        with self._lock:
            if slot:
                return slot[0]
            self._waiters.remove((event, slot))
            return None


@dataclass(eq=False)  # identity, so workers can live in a set
class _Worker:
    process: BaseProcess
    conn: Connection
    lane: _FairQueue
    ready: bool = False
    served: int = field(default=0)


class _Overrun(Exception):
    """A query passed the time its worker gave it (the worker is already retired)."""


class QueryPool:
    """``size`` worker processes over a read-only view of the store at ``path``, plus a
    reserved *short lane*.

    The short lane keeps cheap queries answering while every general worker is busy with
    heavy ones: a query that finds no general worker free runs on the short-lane worker for
    at most ``short_seconds``; past that, the worker is killed (and replaced) and the query
    moves to the general queue with what is left of its deadline. Queries seen to overrun
    are remembered (by a hash of their text), so a client repeating a heavy query costs
    the short lane one overrun, not one per request.

    ``memory_mb`` caps each worker's address space (see :func:`_limit_memory`); ``offline``
    workers give up their network (see :func:`cut_network`) when federation is off.
    """

    def __init__(
        self,
        path: Path,
        *,
        size: int = 2,
        timeout: float = 10.0,
        generation: Callable[[], int] = lambda: 0,
        short_seconds: float = 0.25,
        memory_mb: int | None = None,
        offline: bool = False,
    ) -> None:
        self.path = str(path)
        self.size = size
        self.timeout = timeout
        self.generation = generation
        self.short_seconds = short_seconds
        self.memory_mb = memory_mb
        self.offline = offline
        self.killed = 0
        self.lost = 0  # workers that died on their own (memory limit, crash)
        # Workers fork from a fork server that has this module (and pyoxigraph) loaded: a
        # replacement is up in tens of ms, not the second a fresh interpreter takes; a plain
        # fork of the threaded server process would be unsafe.
        self._context = mp.get_context("forkserver")
        self._context.set_forkserver_preload([__name__])
        self._idle = _FairQueue()
        self._short = _FairQueue()
        self._slow: collections.OrderedDict[bytes, None] = collections.OrderedDict()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        lanes = [self._idle] * size + ([self._short] if short_seconds > 0 else [])
        workers = [self._spawn(lane) for lane in lanes]
        started = time.monotonic() + STARTUP_SECONDS
        for worker in workers:
            # Wait (without reading) until the first workers are up, so a server answers its
            # first queries at once instead of spending their deadline on a cold start.
            worker.conn.poll(max(0.0, started - time.monotonic()))
            worker.lane.put(worker)

    def _spawn(self, lane: _FairQueue) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(self.path, self.generation(), child, self.memory_mb, self.offline),
            daemon=True,
            name="parley-query",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent, lane)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker, *, stopped: bool = True) -> None:
        """Kill a worker and start its replacement without making the caller wait."""
        self.killed += stopped
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.conn.close()

        def replace() -> None:
            worker.process.join(5)
            if not self._closed:
                fresh = self._spawn(worker.lane)
                fresh.conn.poll(STARTUP_SECONDS)  # hand out a worker that is up, not a cold one
                fresh.lane.put(fresh)

        threading.Thread(target=replace, daemon=True, name="parley-query-respawn").start()

    def run(self, task: QueryTask, timeout: float | None = None) -> QueryAnswer:
        """Evaluate ``task`` in a worker; past the deadline the worker is killed."""
        if self._closed:
            raise StoreError("the query pool is closed")
        budget = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + budget
        worker = self._idle.get(timeout=0)
        if worker is None and self.short_seconds > 0:
            answer = self._try_short_lane(task, deadline, budget)
            if answer is not None:
                return answer
        if worker is None:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        if worker is None:
            busy = f"all {self.size} query workers stayed busy for the {budget:g} s deadline; retry later"
            raise QueryTimeoutError(busy)
        try:
            return self._run_on(worker, task, deadline)
        except _Overrun:
            raise QueryTimeoutError(f"query ran past its {budget:g} s deadline and was stopped") from None

    def _try_short_lane(self, task: QueryTask, deadline: float, budget: float) -> QueryAnswer | None:
        """Answer on the short lane, or None when the query belongs on the general workers."""
        key = hashlib.sha256(task.query.encode("utf-8", "surrogatepass")).digest()
        if key in self._slow:
            return None
        worker = self._short.get(timeout=max(0.0, deadline - time.monotonic()))
        if worker is None:
            raise QueryTimeoutError(f"no query worker was free within the {budget:g} s deadline; retry later")
        if key in self._slow:  # learned while this one waited
            self._short.put(worker)
            return None
        try:
            return self._run_on(worker, task, min(deadline, time.monotonic() + self.short_seconds), stopped=False)
        except _Overrun:
            with self._lock:
                self._slow[key] = None
                while len(self._slow) > SLOW_QUERIES_REMEMBERED:
                    self._slow.popitem(last=False)
            return None

    def _run_on(self, worker: _Worker, task: QueryTask, deadline: float, *, stopped: bool = True) -> QueryAnswer:
        try:
            if not worker.ready:
                self._await_ready(worker, deadline)
            worker.conn.send(replace(task, generation=self.generation()))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._retire(worker, stopped=stopped)
                raise _Overrun
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise self._lose(worker) from exc
        worker.served += 1
        worker.lane.put(worker)
        return _unwrap(status, payload)

    def _lose(self, worker: _Worker) -> ParleyError:
        """A worker died under a query: say why, as far as its exit tells."""
        worker.process.join(1)
        code = worker.process.exitcode
        self.lost += 1
        self._retire(worker, stopped=False)
        if not worker.ready:
            return StoreError(f"a query worker failed to start (exit code {code})")
        # Rust aborts when an allocation fails, which the address-space cap makes happen.
        if self.memory_mb is not None and code == -signal.SIGABRT:
            return QueryResourceError(
                f"the query was stopped: it needed more than the {self.memory_mb} MiB a query worker may use "
                "(PARLEY_QUERY_MEMORY_MB)"
            )
        return QueryResourceError(f"the query worker evaluating this query died (exit code {code}); it was replaced")

    def _await_ready(self, worker: _Worker, deadline: float) -> None:
        if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
            self._retire(worker)
            raise QueryTimeoutError("a query worker did not start before the deadline")
        status, payload = worker.conn.recv()
        if status != "ready":
            raise StoreError(f"query worker failed to start: {payload}")
        worker.ready = True

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            worker.conn.close()


def _unwrap(status: str, payload: object) -> QueryAnswer:
    if status == "ok":
        assert isinstance(payload, QueryAnswer)
        return payload
    if status == "not-acceptable":
        raise NotAcceptableError(str(payload))
    if status == "query-error":
        raise QueryError(str(payload))
    if status == "memory":
        raise QueryResourceError(f"the query was stopped: {payload} (PARLEY_QUERY_MEMORY_MB)")
    raise StoreError(f"query worker error: {payload}")


class InProcessRunner:
    """Evaluates in the calling thread: for in-memory stores, which no other process can open.

    The deadline cannot stop such a query; it exists for examples and unit tests.
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.killed = 0
        self.lost = 0

    def run(self, task: QueryTask, timeout: float | None = None) -> QueryAnswer:
        return evaluate(self.store, task)

    def close(self) -> None:
        """Nothing to stop."""
