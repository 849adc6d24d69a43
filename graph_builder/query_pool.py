"""Run SPARQL queries under a deadline that really stops them.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so user
queries run in a small pool of worker *processes*, driven from the asyncio event loop:
the loop waits on each worker's socket and, on a loop timer at the deadline, kills the
worker; no thread waits per request. Admission happens here too: each client may have
``client_limit`` queries in flight and ``queue_limit`` queries may wait for a worker in
all; past either, the caller gets :class:`ServerBusyError` (HTTP 429 with ``Retry-After``).

Each worker opens the on-disk store read-only. A read-only handle is a snapshot
(measured: it does not see later writes of the primary; a fresh handle does), so every
task is sent with the primary's write generation and a worker reopens its handle when that
generation moved on. A read-only open replays
the primary's write-ahead log (measured: 5 s with 200k unflushed quads, about 20 ms after
a flush), so the primary is flushed on demand, once its log has grown, before a worker
needs a newer view (``GraphStore.sync_for_readers``). A worker that is past the deadline
is killed (SIGKILL is safe for a read-only handle) and replaced in the background, so a runaway query never
keeps a worker busy and other clients keep being answered.

What a worker runs is in :mod:`graph_builder.query_worker`: it serialises at most
``limit`` rows or triples with pyoxigraph's own writers and returns bytes, and runs
:class:`GraphCall` tasks (the neighbourhood walk) under the same deadline. Workers fork
from a fork server that has the worker module and the graph API's walk preloaded, so a
replacement is up in tens of milliseconds.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import logging
import multiprocessing as mp
import os
import pickle
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from graph_builder.errors import (
    ParleyError,
    QueryError,
    QueryResourceError,
    QueryTimeoutError,
    ServerBusyError,
    StoreError,
)
from graph_builder.query_worker import (
    PREFIXES,
    GraphCall,
    QueryAnswer,
    QueryTask,
    _call,
    _worker_main,
    answer_for,
    cut_network,
    evaluate,
)
from graph_builder.sparql_formats import NotAcceptableError

# The worker side is re-exported: callers import the pool's vocabulary from here.
__all__ = [
    "PREFIXES",
    "GraphCall",
    "InProcessRunner",
    "QueryAnswer",
    "QueryPool",
    "QueryTask",
    "answer_for",
    "cut_network",
    "evaluate",
]

log = logging.getLogger("parley.query_pool")
STARTUP_SECONDS = 60.0
SLOW_QUERIES_REMEMBERED = 4096
# A query whose last run took more CPU than this in its worker no longer uses the short
# lane: the lane is kept for what is cheap (an ASK, a small lookup), so clients looping
# mid-sized queries (a hub's neighbourhood: 20 ms) cannot fill it either.
SHORT_LANE_CPU_SECONDS = 0.01
# Sent to idle workers after a write, so that they reopen their view before a client's query
# has to wait for it (a reopen takes tens of ms).
_REFRESH = QueryTask("ASK {}", format="json", limit=1)


Task = QueryTask | GraphCall


class _Lane:
    """Idle workers of one kind, handed to waiting callers first come, first served.

    A worker given back goes to the oldest waiter, never straight back to a busy client
    (with ``queue.Queue`` semantics, busy clients starved a waiting one past its deadline:
    90k queries served while one caller waited 30 s). Used on the event loop only.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.idle: collections.deque[_Worker] = collections.deque()
        self.waiters: collections.deque[asyncio.Future[_Worker]] = collections.deque()

    def put(self, worker: _Worker) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self.idle.append(worker)

    def take(self) -> _Worker | None:
        """An idle worker if one is free and nobody waits for it."""
        return self.idle.popleft() if self.idle and not self.waiters else None

    async def get(self, timeout: float) -> _Worker | None:
        worker = self.take()
        if worker is not None:
            return worker
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            await asyncio.wait({waiter}, timeout=max(0.0, timeout))
        except BaseException:  # cancelled while waiting: a worker handed over meanwhile goes back
            if waiter.done() and not waiter.cancelled():
                self.put(waiter.result())
            else:
                waiter.cancel()
            raise
        if waiter.done():
            return waiter.result()
        waiter.cancel()
        with contextlib.suppress(ValueError):
            self.waiters.remove(waiter)
        return None


@dataclass(eq=False)  # identity, so workers can live in a set
class _Worker:
    process: BaseProcess
    conn: Connection | None  # until the event loop takes the socket over
    lane: _Lane
    link: _Link | None = None  # the socket, once the event loop has taken it over
    ready: bool = False
    served: int = 0


class _Link(asyncio.Protocol):
    """The event loop's end of a worker's socket: cuts the bytes coming in into the frames
    the worker's ``Connection.send_bytes`` wrote and hands each to the caller waiting for it.

    A protocol rather than a ``StreamReader``: no task per read, no ``wait_for``; the deadline
    is one timer (see :meth:`QueryPool._run_on`).
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._frames: collections.deque[bytes] = collections.deque()
        self._waiter: asyncio.Future[bytes] | None = None
        self._lost: BaseException | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a socket's: uvloop's is no asyncio.Transport subclass

    def data_received(self, data: bytes) -> None:
        if not self._buffer and len(data) >= 4 and int.from_bytes(data[:4], "big", signed=True) == len(data) - 4:
            self._deliver(data[4:])  # the usual case, one whole frame: no copy into the buffer
            return
        buffer = self._buffer
        buffer += data
        while len(buffer) >= 4:
            size, start = int.from_bytes(buffer[:4], "big", signed=True), 4
            if size == -1:  # Connection's header for frames past 2 GiB
                if len(buffer) < 12:
                    return
                size, start = int.from_bytes(buffer[4:12], "big"), 12
            if len(buffer) < start + size:
                return
            with memoryview(buffer) as view:
                frame = bytes(view[start : start + size])
            del buffer[: start + size]
            self._deliver(frame)

    def _deliver(self, frame: bytes) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(frame)
        else:
            self._frames.append(frame)

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = exc or EOFError("the query worker closed its socket")
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(self._lost)

    def next_frame(self) -> asyncio.Future[bytes]:
        """A future for the worker's next frame (it fails with the reason the socket closed)."""
        assert self.transport is not None
        waiter: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        if self._frames:
            waiter.set_result(self._frames.popleft())
        elif self._lost is not None:
            waiter.set_exception(self._lost)
        else:
            self._waiter = waiter
        return waiter

    def send(self, data: bytes) -> None:
        assert self.transport is not None
        if self._lost is not None:
            raise self._lost
        self.transport.write(data)


class _Overrun(Exception):
    """A query passed the time its worker gave it (the worker is already retired)."""


class QueryPool:
    """``size`` worker processes over a read-only view of the store at ``path``, plus a
    reserved *short lane*, scheduled on one asyncio event loop.

    The short lane keeps cheap queries answering while every general worker is busy with
    heavy ones: a query that finds no general worker free runs on the short-lane worker for
    at most ``short_seconds``; past that, the worker is killed (and replaced) and the query
    moves to the general queue with what is left of its deadline. Queries seen to overrun
    are remembered (by a hash of their text), so a client repeating a heavy query costs
    the short lane one overrun, not one per request.

    ``memory_mb`` caps each worker's address space (see :func:`_limit_memory`); ``offline``
    workers give up their network (see :func:`cut_network`) when federation is off.

    ``generation`` reads the store's write generation (cheap, on the event loop); ``sync``
    makes the writes up to it cheap to open for a worker (a flush when needed: it runs in a
    thread, once per generation, shared by the queries that need it). Idle workers then
    reopen their view at once, off any query's path.

    :meth:`submit` is the coroutine the server awaits; the pool binds to the first event
    loop that calls it. :meth:`run` is the blocking form for threads (tests, scripts): it
    submits to that loop, or to a private one it starts when no loop has bound the pool.
    """

    def __init__(
        self,
        path: Path,
        *,
        size: int = 2,
        timeout: float = 10.0,
        generation: Callable[[], int] = lambda: 0,
        sync: Callable[[], int] | None = None,
        short_seconds: float = 0.25,
        memory_mb: int | None = None,
        offline: bool = False,
        queue_limit: int = 64,
        client_limit: int = 32,
    ) -> None:
        self.path = str(path)
        self.size = size
        self.timeout = timeout
        self.generation = generation
        self.sync = sync
        self.short_seconds = short_seconds
        self.memory_mb = memory_mb
        self.offline = offline
        self.queue_limit = queue_limit
        self.client_limit = client_limit
        self.killed = 0
        self.lost = 0  # workers that died on their own (memory limit, crash)
        self.refused = 0  # queries answered 429: queue or client share full
        # Workers fork from a fork server that has this module (and pyoxigraph) loaded: a
        # replacement is up in tens of ms, not the second a fresh interpreter takes; a plain
        # fork of the threaded server process would be unsafe.
        self._context = mp.get_context("forkserver")
        self._context.set_forkserver_preload(["graph_builder.query_worker", "graph_builder.neighbourhood"])
        self._general = _Lane("general")
        self._short = _Lane("short")
        self._costs: collections.OrderedDict[bytes, float] = collections.OrderedDict()  # CPU s, last run
        self._synced = -1
        self._syncing: asyncio.Future[int] | None = None
        self._closed = False
        self._lock = threading.Lock()  # _all is touched by the respawning executor thread too
        self._all: set[_Worker] = set()
        self._waiting = 0
        self._in_flight: collections.Counter[str] = collections.Counter()
        self._respawning: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._private: threading.Thread | None = None
        lanes = [self._general] * size + ([self._short] if short_seconds > 0 else [])
        workers = [self._spawn(lane) for lane in lanes]
        started = time.monotonic() + STARTUP_SECONDS
        for worker in workers:
            # Wait (without reading) until the first workers are up, so a server answers its
            # first queries at once instead of spending their deadline on a cold start.
            assert worker.conn is not None
            worker.conn.poll(max(0.0, started - time.monotonic()))
            worker.lane.put(worker)

    def _spawn(self, lane: _Lane) -> _Worker:
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

    @property
    def busy(self) -> int:
        """Queries waiting for a worker now."""
        return self._waiting

    # --- the blocking form, for threads ---------------------------------------------

    def run(self, task: Task, timeout: float | None = None, client: str = "") -> QueryAnswer:
        """Evaluate ``task`` in a worker from a thread that is not the pool's event loop."""
        loop = self._loop or self._start_private_loop()
        with contextlib.suppress(RuntimeError):
            if asyncio.get_running_loop() is loop:
                raise StoreError("QueryPool.run blocks: on the event loop, await QueryPool.submit")
        return asyncio.run_coroutine_threadsafe(self.submit(task, timeout, client), loop).result()

    def _start_private_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._private = threading.Thread(target=loop.run_forever, daemon=True, name="parley-query-loop")
                self._private.start()
                self._loop = loop
            return self._loop

    # --- the event loop side -------------------------------------------------------

    async def submit(self, task: Task, timeout: float | None = None, client: str = "") -> QueryAnswer:
        """Evaluate ``task`` in a worker; past the deadline the worker is killed.

        ``client`` (an address or a token's digest) is what the per-client limit counts."""
        if self._closed:
            raise StoreError("the query pool is closed")
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise StoreError("a QueryPool serves one event loop; use QueryPool.run from other threads")
        budget = self.timeout if timeout is None else timeout
        deadline = loop.time() + budget
        self._admit(client)
        self._in_flight[client] += 1
        try:
            return await self._schedule(task, deadline, budget)
        finally:
            self._in_flight[client] -= 1
            if not self._in_flight[client]:
                del self._in_flight[client]

    def _admit(self, client: str) -> None:
        if self._in_flight[client] >= self.client_limit:
            self.refused += 1
            raise ServerBusyError(
                f"this client already has {self.client_limit} queries in flight (PARLEY_QUERY_CLIENT_LIMIT); "
                "retry when one has answered",
                retry_after=max(1, round(self.timeout / 4)),
            )
        if self._waiting >= self.queue_limit:
            self.refused += 1
            raise ServerBusyError(
                f"{self._waiting} queries are waiting for a query worker (PARLEY_QUERY_QUEUE); retry later",
                retry_after=max(1, round(self.timeout / 4)),
            )

    async def _wait_for(self, lane: _Lane, deadline: float) -> _Worker | None:
        worker = lane.take()
        if worker is not None:
            return worker
        self._waiting += 1
        try:
            return await lane.get(deadline - asyncio.get_running_loop().time())
        finally:
            self._waiting -= 1

    async def _schedule(self, task: Task, deadline: float, budget: float) -> QueryAnswer:
        key = _task_key(task)
        worker = self._general.take()
        if worker is None and self.short_seconds > 0:
            answer = await self._try_short_lane(task, key, deadline, budget)
            if answer is not None:
                return answer
        if worker is None:
            worker = await self._wait_for(self._general, deadline)
        if worker is None:
            busy = f"all {self.size} query workers stayed busy for the {budget:g} s deadline; retry later"
            raise QueryTimeoutError(busy)
        try:
            return await self._run_on(worker, task, key, deadline)
        except _Overrun:
            raise QueryTimeoutError(f"query ran past its {budget:g} s deadline and was stopped") from None

    async def _try_short_lane(self, task: Task, key: bytes, deadline: float, budget: float) -> QueryAnswer | None:
        """Answer on the short lane, or None when the query belongs on the general workers."""
        if self._costs.get(key, 0.0) > SHORT_LANE_CPU_SECONDS:
            return None
        worker = await self._wait_for(self._short, deadline)
        if worker is None:
            raise QueryTimeoutError(f"no query worker was free within the {budget:g} s deadline; retry later")
        if self._costs.get(key, 0.0) > SHORT_LANE_CPU_SECONDS:  # learned while this one waited
            self._short.put(worker)
            return None
        loop = asyncio.get_running_loop()
        try:
            short_deadline = min(deadline, loop.time() + self.short_seconds)
            return await self._run_on(worker, task, key, short_deadline, stopped=False)
        except _Overrun:
            self._remember(key, float("inf"))
            return None

    def _remember(self, key: bytes, cpu_seconds: float) -> None:
        self._costs[key] = cpu_seconds
        self._costs.move_to_end(key)
        while len(self._costs) > SLOW_QUERIES_REMEMBERED:
            self._costs.popitem(last=False)

    async def _run_on(
        self, worker: _Worker, task: Task, key: bytes, deadline: float, *, stopped: bool = True
    ) -> QueryAnswer:
        loop = asyncio.get_running_loop()
        try:
            if worker.link is None:
                await self._attach(worker)
            if not worker.ready:
                await self._await_ready(worker, deadline)
            assert worker.link is not None
            generation = self.generation()
            if generation > self._synced and self.sync is not None:
                generation = await self._synced_generation()
            worker.link.send(_frame((generation, task)))
            try:
                reply = pickle.loads(await _within(worker.link.next_frame(), deadline, loop))
            except _Expired:
                self._retire(worker, stopped=stopped)
                raise _Overrun from None
        except (EOFError, OSError) as exc:
            raise await self._lose(worker) from exc
        except asyncio.CancelledError:
            # The caller went away mid-query: the worker's answer would come later and be read
            # as the next caller's, so this worker is retired.
            self._retire(worker, stopped=False)
            raise
        worker.served += 1
        worker.lane.put(worker)
        answer = _unwrap(reply)
        self._remember(key, answer.cpu_seconds)
        return answer

    async def _synced_generation(self) -> int:
        """The store's generation, once a worker can open it cheaply (see ``sync``)."""
        wanted = self.generation()
        if wanted <= self._synced or self.sync is None:
            return wanted
        if self._syncing is None:
            self._syncing = asyncio.get_running_loop().run_in_executor(None, self.sync)
        syncing = self._syncing
        try:
            synced = await asyncio.shield(syncing)
        finally:
            if self._syncing is syncing and syncing.done():
                self._syncing = None
        if synced > self._synced:
            self._synced = synced
            self._refresh_idle()
        return max(wanted, self._synced)

    def _refresh_idle(self) -> None:
        """Have the idle workers reopen their view now, in the background."""
        loop = asyncio.get_running_loop()
        for lane in (self._short, self._general):
            while lane.idle and not self._closed:
                worker = lane.idle.popleft()
                task = loop.create_task(self._refresh(worker))
                self._respawning.add(task)
                task.add_done_callback(self._respawning.discard)

    async def _refresh(self, worker: _Worker) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(ParleyError, _Overrun):
            await self._run_on(worker, _REFRESH, _REFRESH_KEY, loop.time() + self.timeout, stopped=False)

    async def _attach(self, worker: _Worker) -> None:
        """Hand the worker's socket to the event loop (it was a blocking Connection until now)."""
        assert worker.conn is not None
        sock = socket.socket(fileno=os.dup(worker.conn.fileno()))
        worker.conn.close()
        worker.conn = None
        _, worker.link = await asyncio.get_running_loop().create_unix_connection(_Link, sock=sock)

    async def _await_ready(self, worker: _Worker, deadline: float) -> None:
        assert worker.link is not None
        try:
            status, payload = pickle.loads(await _within(worker.link.next_frame(), deadline))
        except _Expired:
            self._retire(worker)
            raise QueryTimeoutError("a query worker did not start before the deadline") from None
        if status != "ready":
            raise StoreError(f"query worker failed to start: {payload}")
        worker.ready = True

    def _retire(self, worker: _Worker, *, stopped: bool = True) -> None:
        """Kill a worker and start its replacement without making the caller wait."""
        self.killed += stopped
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        if worker.link is not None and worker.link.transport is not None:
            worker.link.transport.close()
        if worker.conn is not None:
            worker.conn.close()
        loop = asyncio.get_running_loop()

        def replace_in_thread() -> _Worker | None:
            worker.process.join(5)
            return None if self._closed else self._spawn(worker.lane)

        async def replace() -> None:
            fresh = await loop.run_in_executor(None, replace_in_thread)
            if fresh is None:
                return
            try:
                await self._attach(fresh)
                # Hand out a worker that is up, not a cold one.
                await self._await_ready(fresh, loop.time() + STARTUP_SECONDS)
            except (ParleyError, OSError, EOFError) as exc:
                log.error("a replacement query worker failed to start: %s", exc)
                return
            fresh.lane.put(fresh)

        task = loop.create_task(replace())
        self._respawning.add(task)
        task.add_done_callback(self._respawning.discard)

    async def _lose(self, worker: _Worker) -> ParleyError:
        """A worker died under a query: say why, as far as its exit tells."""
        await asyncio.get_running_loop().run_in_executor(None, worker.process.join, 1)
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

    def close(self) -> None:
        """Stop every worker: on the pool's event loop, or from another thread while it runs."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()

        def hang_up() -> None:  # closing a socket ends its worker's loop (it reads EOF)
            for worker in workers:
                if worker.link is not None and worker.link.transport is not None:
                    worker.link.transport.abort()

        self._on_loop(hang_up)
        for worker in workers:
            if worker.conn is not None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            if worker.conn is not None:
                worker.conn.close()
        if self._private is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._private.join(5)
            self._loop.close()

    def _on_loop(self, work: Callable[[], None]) -> None:
        """Run ``work`` on the pool's event loop (transports belong to it) and wait for it."""
        loop = self._loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is None or loop is running or not loop.is_running():
            work()
            return
        done = threading.Event()

        def run() -> None:
            try:
                work()
            finally:
                done.set()

        loop.call_soon_threadsafe(run)
        done.wait(5)


def _task_key(task: Task) -> bytes:
    """What the short lane remembers a query's cost by."""
    text = task.query if isinstance(task, QueryTask) else f"{task.module}.{task.function}{sorted(task.kwargs.items())}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


_REFRESH_KEY = _task_key(_REFRESH)


def _frame(message: object) -> bytes:
    """``message`` framed as ``multiprocessing.Connection.recv`` in the worker reads it."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) > 0x7FFFFFFF:
        return struct.pack("!i", -1) + struct.pack("!Q", len(data)) + data
    return struct.pack("!i", len(data)) + data


class _Expired(Exception):
    """The deadline passed before the worker's frame came."""


def _expire(waiter: asyncio.Future[bytes]) -> None:
    if not waiter.done():
        waiter.set_exception(_Expired())


async def _within(
    waiter: asyncio.Future[bytes], deadline: float, loop: asyncio.AbstractEventLoop | None = None
) -> bytes:
    """``waiter``'s frame, or :class:`_Expired` at ``deadline`` (one loop timer, no task)."""
    loop = loop or asyncio.get_running_loop()
    timer = loop.call_at(deadline, _expire, waiter)
    try:
        return await waiter
    finally:
        timer.cancel()


def _unwrap(reply: tuple[object, ...]) -> QueryAnswer:
    """The answer in a worker's reply (see ``query_worker.answer_frame``), or its error raised."""
    status, payload = reply[0], reply[1]
    if status == "ok":
        media_type, body, kind, truncated, cpu_seconds = reply[1:]
        return QueryAnswer(media_type, body, kind, truncated, cpu_seconds)  # type: ignore[arg-type]
    if status == "not-acceptable":
        raise NotAcceptableError(str(payload))
    if status == "query-error":
        raise QueryError(str(payload))
    if status == "memory":
        raise QueryResourceError(f"the query was stopped: {payload} (PARLEY_QUERY_MEMORY_MB)")
    if status == "raise" and isinstance(payload, ParleyError):
        raise payload
    raise StoreError(f"query worker error: {payload}")


class InProcessRunner:
    """Evaluates in the calling thread: for in-memory stores, which no other process can open.

    The deadline cannot stop such a query; it exists for examples and unit tests.
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.killed = 0
        self.lost = 0
        self.refused = 0

    def run(self, task: Task, timeout: float | None = None, client: str = "") -> QueryAnswer:
        if isinstance(task, QueryTask):
            return evaluate(self.store, task)
        return _call(self.store, None, task)

    async def submit(self, task: Task, timeout: float | None = None, client: str = "") -> QueryAnswer:
        """Off the event loop, in a thread: nothing here can stop it at the deadline."""
        return await asyncio.to_thread(self.run, task, timeout, client)

    def close(self) -> None:
        """Nothing to stop."""
