"""The HTTP side of the input guards: SPARQL text and RDF bodies checked before they reach
a parser, form bodies decoded strictly, and updates whose ``LOAD`` fails answered as client
errors.

The checks themselves live in :mod:`graph_builder.guards`; the routers call these helpers.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import pyoxigraph as ox
from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from graph_builder.config import Settings
from graph_builder.errors import InputError, QueryError, QueryTimeoutError, StoreError
from graph_builder.guards import SparqlLimits, SparqlShape, check_json_depth, check_rdf_xml, check_sparql


def sparql_limits(settings: Settings) -> SparqlLimits:
    return SparqlLimits(
        max_depth=settings.max_nesting,
        max_operators=settings.max_sparql_operators,
        allowed_origins=frozenset(settings.federation_origins),
    )


def check_query(query: str, settings: Settings) -> SparqlShape:
    """Refuse a query that would crash a worker or call out; before any parser sees it."""
    return check_sparql(query, sparql_limits(settings))


def check_update(update: str, settings: Settings) -> SparqlShape:
    """Refuse an update that would crash the server or call out; before anything reads it."""
    return check_sparql(update, sparql_limits(settings))


@contextmanager
def failed_load_is_client_error(shape: SparqlShape) -> Iterator[None]:
    """Around applying an update: a ``LOAD`` that cannot fetch its IRI is a 400, not a 500."""
    try:
        yield
    except StoreError as exc:
        if not shape.remote:
            raise
        # Oxigraph reports a failed fetch as an I/O error, like a failed write; with a LOAD
        # in the update the fetch is the likely cause, and the client can act on it.
        raise QueryError(f"LOAD of {', '.join(shape.remote)} failed: {exc.__cause__ or exc}") from exc


def query_pairs(query: str, errors: str = "replace") -> list[tuple[str, str]]:
    """The ``(name, value)`` pairs of a URL's query string (decoded as Latin-1, as Starlette
    does): what ``urllib.parse.parse_qsl(query, keep_blank_values=True, errors=errors)``
    returns, in less time: percent-decoding in Python was most of a long query's parsing."""
    pairs = []
    for field in query.split("&"):
        if field:
            name, _, value = field.partition("=")
            pairs.append((_unquote_plus(name, errors), _unquote_plus(value, errors)))
    return pairs


def _unquote_plus(text: str, errors: str) -> str:
    """``urllib.parse.unquote_plus``; for ASCII text whose every ``%`` starts an escape
    (what clients send), the escapes become ``\\xNN`` and one C codec decodes them all."""
    if "%" not in text:
        return text.replace("+", " ")
    if text.isascii():
        escaped = text.replace("+", " ").replace("\\", "\\\\").replace("%", "\\x").encode("ascii")
        try:
            octets = escaped.decode("unicode_escape")  # each character one octet, U+0000-U+00FF
        except UnicodeDecodeError:  # a "%" without two hex digits: urllib leaves it as it is
            return unquote_plus(text, errors=errors)
        return octets.encode("latin-1").decode("utf-8", errors)
    return unquote_plus(text, errors=errors)


def parse_form(body: str) -> dict[str, list[str]]:
    """Decode an ``application/x-www-form-urlencoded`` body; ``%FF`` and other bytes that
    are not UTF-8 are a 400, as a raw non-UTF-8 body is, never a silent U+FFFD."""
    try:
        return parse_qs(body, errors="strict")
    except UnicodeDecodeError as exc:
        raise InputError("the form body is not UTF-8 once percent-decoded") from exc


def check_upload(body: bytes, fmt: ox.RdfFormat, max_nesting: int) -> None:
    """Refuse an RDF body a parser would choke on: JSON-LD nested past ``max_nesting``
    (the parser recurses), RDF/XML declaring entities (expansion bombs)."""
    if fmt == ox.RdfFormat.JSON_LD:
        check_json_depth(body, max_nesting)
    elif fmt == ox.RdfFormat.RDF_XML:
        check_rdf_xml(body)


_NESTED_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/", re.IGNORECASE | re.MULTILINE)


def check_multipart(body: bytes) -> None:
    """Refuse a multipart upload with multipart parts: the graph store wants RDF parts, and
    nesting overflows the e-mail parser's recursion (1,300 levels in 90 KB did)."""
    if _NESTED_MULTIPART.search(body):
        raise InputError("multipart parts must be RDF documents, not multipart themselves")


def parse_upload(body: bytes, fmt: ox.RdfFormat, base: str | None) -> list[ox.Quad]:
    """Parse a checked RDF body (call it off the event loop: a large body takes seconds)."""
    return list(ox.parse(body, format=fmt, base_iri=base))


class AllowedHosts:
    """Answer 400 (JSON) to a request whose ``Host`` is not in ``allowed`` (``*.example.org``
    matches subdomains): a browser tricked by DNS rebinding sends the attacker's host name."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = [host.lower() for host in allowed]

    def _ok(self, host: str) -> bool:
        return any(host == name or (name.startswith("*.") and host.endswith(name[1:])) for name in self.allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
        host = header.rpartition(":")[0] if re.search(r":\d+$", header) else header
        if self._ok(host):
            await self.app(scope, receive, send)
            return
        body = json.dumps({"detail": f"host {header!r} is not served here (PARLEY_ALLOWED_HOSTS)"}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class DeadlineRoute(APIRoute):
    """A route answered within ``query_timeout``: past it the client gets the 503 a SPARQL
    query gets. The graph endpoints check their deadline between steps in a worker thread,
    which may finish its current step after the answer has gone."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route_within_deadline(request: Request) -> Response:
            return await within_deadline(handler(request), request.app.state.settings.query_timeout)

        return route_within_deadline


async def within_deadline(answer: Coroutine[Any, Any, Response], timeout: float) -> Response:
    """``answer``'s response, or the 503 of :class:`QueryTimeoutError` past ``timeout`` seconds."""
    # Not asyncio.wait_for: cancelling waits for the worker thread to finish its step
    # (measured: a 0.05 s deadline answered after 0.35 s). The abandoned task ends on
    # its own at its next deadline check, and its outcome is dropped.
    task = asyncio.ensure_future(answer)
    done, _ = await asyncio.wait({task}, timeout=timeout)
    if not done:
        task.add_done_callback(_drop_outcome)
        raise QueryTimeoutError(f"the request ran past its {timeout:g} s deadline")
    return task.result()


def _drop_outcome(task: asyncio.Future[Response]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved, so asyncio does not log it as lost
