"""The HTTP side of the input guards: SPARQL text checked before it reaches a parser,
form bodies decoded strictly, and updates whose ``LOAD`` fails answered as client errors.

The checks themselves live in :mod:`graph_builder.guards`; the routers call these helpers.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from graph_builder.config import Settings
from graph_builder.errors import InputError, QueryError, StoreError
from graph_builder.guards import SparqlLimits, SparqlShape, check_sparql
from graph_builder.store import GraphStore


def sparql_limits(settings: Settings) -> SparqlLimits:
    return SparqlLimits(
        max_depth=settings.max_nesting,
        max_operators=settings.max_sparql_operators,
        allowed_origins=frozenset(settings.federation_origins),
    )


def check_query(query: str, settings: Settings) -> SparqlShape:
    """Refuse a query that would crash a worker or call out; before any parser sees it."""
    return check_sparql(query, sparql_limits(settings))


def run_update(store: GraphStore, update: str, settings: Settings) -> None:
    """Check and apply a SPARQL update; a ``LOAD`` that cannot fetch its IRI is a 400."""
    shape = check_sparql(update, sparql_limits(settings))
    try:
        store.update(update)
    except StoreError as exc:
        if not shape.remote:
            raise
        # Oxigraph reports a failed fetch as an I/O error, like a failed write; with a LOAD
        # in the update the fetch is the likely cause, and the client can act on it.
        raise QueryError(f"LOAD of {', '.join(shape.remote)} failed: {exc.__cause__ or exc}") from exc


def parse_form(body: str) -> dict[str, list[str]]:
    """Decode an ``application/x-www-form-urlencoded`` body; ``%FF`` and other bytes that
    are not UTF-8 are a 400, as a raw non-UTF-8 body is, never a silent U+FFFD."""
    try:
        return parse_qs(body, errors="strict")
    except UnicodeDecodeError as exc:
        raise InputError("the form body is not UTF-8 once percent-decoded") from exc
