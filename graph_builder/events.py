"""Events with their evidence: filtered listing with stable cursor pagination.

Events are ordered by IRI, which is deterministic (document id + offsets), so a cursor
("the last IRI of the previous page", opaque to clients) stays valid while documents are
added. The query text is assembled only from constant fragments chosen by which filters
are present; every value is bound.

>>> encode_cursor("https://w3id.org/parley/id/event/seed-0-1")
'aHR0cHM6Ly93M2lkLm9yZy9wYXJsZXkvaWQvZXZlbnQvc2VlZC0wLTE'
>>> decode_cursor(encode_cursor("https://w3id.org/parley/id/event/seed-0-1"))
'https://w3id.org/parley/id/event/seed-0-1'
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Identifier

from graph_builder.errors import InputError
from graph_builder.namespaces import PA
from graph_builder.neighbourhood import deadline_checker, resolve_class
from graph_builder.store import GraphStore
from graph_builder.validation import event_classes

HEADER = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
def resolve_event_class(name: str) -> URIRef:
    """An event class given as ``Attack``, ``pa:Attack`` or its IRI; anything else (a
    lower-case or unknown name) is an InputError that lists the valid ones.

    >>> resolve_event_class("attack")
    Traceback (most recent call last):
    ...
    graph_builder.errors.InputError: 'attack' is not an event class; use one of: ...
    """
    known = event_classes()
    iri = resolve_class(name)
    if iri not in known:
        names = ", ".join(c.removeprefix(str(PA)) for c in known)
        raise InputError(f"{name!r} is not an event class; use one of: {names}")
    return iri


FILTERS = {
    "type": "?e a ?type .",
    "actor": "?e ?role ?actor . VALUES ?role { pa:participant pa:agent pa:target pa:reportedBy }",
    "location": "?e pa:location ?location .",
    "from": "?e pa:date ?d1 . FILTER(STR(?d1) >= ?from)",
    "to": "?e pa:date ?d2 . FILTER(STR(?d2) <= ?to)",
    "after": "FILTER(STR(?e) > ?after)",
}
PROPERTIES = HEADER + "SELECT ?e ?p ?o ?label WHERE { ?e ?p ?o OPTIONAL { ?o rdfs:label ?label } }"
EVIDENCE = (
    HEADER
    + """SELECT ?e ?m ?text ?start ?end ?doc ?title ?url ?issued WHERE {
  ?e pa:evidence ?m .
  OPTIONAL { ?m pa:text ?text } OPTIONAL { ?m pa:charStart ?start } OPTIONAL { ?m pa:charEnd ?end }
  OPTIONAL { ?m prov:wasDerivedFrom ?doc
    OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:source ?url }
    OPTIONAL { ?doc dcterms:issued ?issued } }
}"""
)
ROLES = {str(PA[r]): r for r in ("participant", "agent", "target", "reportedBy")}


@dataclass
class Evidence:
    mention: str
    text: str | None
    char_start: int | None
    char_end: int | None
    document: str | None
    title: str | None = None
    url: str | None = None
    issued: str | None = None


@dataclass
class EventRecord:
    iri: str
    types: list[str] = field(default_factory=list)
    actors: list[tuple[str, str, str | None]] = field(default_factory=list)  # (role, iri, label)
    location: list[tuple[str, str | None]] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventPage:
    events: list[EventRecord]
    next_cursor: str | None


def encode_cursor(iri: str) -> str:
    return base64.urlsafe_b64encode(iri.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        iri = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ox.NamedNode(iri)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InputError("invalid cursor: pass back the next_cursor of a previous page") from exc
    return iri


def _date(value: str | None, name: str) -> Literal | None:
    if value is None:
        return None
    if not all(c.isdigit() or c == "-" for c in value) or not value[:4].isdigit():
        raise InputError(f"invalid {name!r} date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return Literal(value)


def list_events(
    store: GraphStore,
    *,
    event_type: URIRef | None = None,
    actor: URIRef | None = None,
    location: URIRef | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
    timeout: float | None = None,
) -> EventPage:
    """One page of events matching every given filter, ordered by IRI."""
    check_deadline = deadline_checker(timeout)
    values: dict[str, Identifier | None] = {
        "type": event_type,
        "actor": actor,
        "location": location,
        "from": _date(date_from, "from"),
        "to": _date(date_to, "to"),
        "after": Literal(decode_cursor(cursor)) if cursor else None,
    }
    bound = {name: value for name, value in values.items() if value is not None}
    projection = " ".join(f"?{name}" for name in bound)
    body = " ".join(FILTERS[name] for name in bound)
    sparql = HEADER + f"SELECT DISTINCT ?e {projection} WHERE {{ ?e pa:evidence ?m . {body} }} ORDER BY STR(?e)"
    rows = store.select(sparql, bound, limit=limit + 1)
    iris = [str(row["e"]) for row in rows]
    events = []
    for iri in iris[:limit]:
        check_deadline()
        events.append(describe_event(store, URIRef(iri)))
    return EventPage(events, encode_cursor(iris[limit - 1]) if len(iris) > limit else None)


def describe_event(store: GraphStore, iri: URIRef) -> EventRecord:
    """An event's types, actors, place, literal values, documents and evidence spans."""
    record = EventRecord(iri=str(iri))
    for row in store.select(PROPERTIES, {"e": iri}, limit=2_000):
        p, o, label = str(row["p"]), row["o"], row.get("label")
        name = None if label is None else str(label)
        if p == str(RDF.type):
            record.types.append(str(o))
        elif p in ROLES:
            record.actors.append((ROLES[p], str(o), name))
        elif p == str(PA.location):
            record.location.append((str(o), name))
        elif p == str(PROV.wasDerivedFrom):
            record.documents.append(str(o))
        elif p != str(PA.evidence):
            record.values.setdefault(p.rsplit("#", 1)[-1], []).append(str(o))
    record.actors.sort()
    record.types.sort()
    for row in store.select(EVIDENCE, {"e": iri}, limit=500):
        record.evidence.append(_evidence(row))
    record.evidence.sort(key=lambda ev: (ev.char_start is None, ev.char_start or 0, ev.mention))
    return record


def _evidence(row: Mapping[str, object]) -> Evidence:
    def text(name: str) -> str | None:
        value = row.get(name)
        return None if value is None else str(value)

    def number(name: str) -> int | None:
        value = row.get(name)
        return int(value.toPython()) if isinstance(value, Literal) else None

    return Evidence(
        mention=str(row["m"]),
        text=text("text"),
        char_start=number("start"),
        char_end=number("end"),
        document=text("doc"),
        title=text("title"),
        url=text("url"),
        issued=text("issued"),
    )


DOCUMENT_EVENTS = HEADER + "SELECT ?g ?e ?type WHERE { GRAPH ?g { ?e pa:evidence ?m ; a ?type } }"


def document_events(store: GraphStore, doc_graph: URIRef) -> list[tuple[str, list[str]]]:
    """The events one document graph holds, with their types, ordered by IRI."""
    types: dict[str, set[str]] = {}
    for row in store.select(DOCUMENT_EVENTS, {"g": doc_graph}, limit=100_000):
        types.setdefault(str(row["e"]), set()).add(str(row["type"]))
    return [(iri, sorted(types[iri])) for iri in sorted(types)]
