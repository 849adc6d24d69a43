"""Events with their evidence: filtered listing with stable cursor pagination.

Events are ordered by IRI, which is deterministic (document id + offsets), or by date
(newest or oldest first, IRI breaking ties), so a cursor ("the sort key and IRI of the last
event of the previous page", opaque to clients) stays valid while documents are added. The
query text is assembled only from constant fragments chosen by which filters and which
order are asked for; every value is bound.

>>> encode_cursor("https://w3id.org/parley/id/event/seed-0-1")
'aHR0cHM6Ly93M2lkLm9yZy9wYXJsZXkvaWQvZXZlbnQvc2VlZC0wLTE'
>>> decode_cursor(encode_cursor("https://w3id.org/parley/id/event/seed-0-1"))
'https://w3id.org/parley/id/event/seed-0-1'
"""

from __future__ import annotations

import base64
import binascii
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Identifier

from graph_builder.errors import InputError, QueryError
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
    "modality": "?e pa:modality ?modality .",
}
# Date order: events without a date sort as "" (last when newest first). Dates are compared
# as text, so "2025" < "2025-06" < "2025-06-02": a coarser date sorts before finer ones.
SORTS = ("iri", "date", "-date")
DATE_KEY = "OPTIONAL { ?e pa:date ?key }"
ORDER_CACHE_SIZE = 32
TEXTS = HEADER + "SELECT ?e ?text ?date WHERE { ?e pa:evidence ?m . ?m pa:text ?text OPTIONAL { ?e pa:date ?date } }"
MODALITIES = ("Asserted", "Planned", "Alleged", "Denied")
PLACES = (
    HEADER
    + """PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?p ?wkt (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e pa:location ?p . ?e pa:evidence ?m . ?p wdt:P625 ?wkt OPTIONAL { ?p rdfs:label ?l }
} GROUP BY ?p ?wkt ORDER BY DESC(?n) STR(?p)"""
)
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


@dataclass(frozen=True)
class EventPlace:
    """A place or state that events happened at, with its coordinates and event count."""

    iri: str
    label: str | None
    latitude: float
    longitude: float
    events: int


@dataclass
class EventPage:
    events: list[EventRecord]
    next_cursor: str | None


def encode_cursor(iri: str, key: str | None = None) -> str:
    text = iri if key is None else f"{key}\n{iri}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    """The IRI of a cursor (see :func:`decode_sort_cursor` for one with a sort key)."""
    return decode_sort_cursor(cursor)[1]


def decode_sort_cursor(cursor: str) -> tuple[str | None, str]:
    """(sort key or None, IRI) of a cursor.

    >>> decode_sort_cursor(encode_cursor("https://w3id.org/parley/id/event/a-0-1", "2025-06"))
    ('2025-06', 'https://w3id.org/parley/id/event/a-0-1')
    """
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        key, _, iri = text.rpartition("\n")
        ox.NamedNode(iri)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InputError("invalid cursor: pass back the next_cursor of a previous page") from exc
    return (key if "\n" in text else None), iri


def _date(value: str | None, name: str) -> Literal | None:
    if value is None:
        return None
    if not all(c.isdigit() or c == "-" for c in value) or not value[:4].isdigit():
        raise InputError(f"invalid {name!r} date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return Literal(value)


_Order = tuple[list[tuple[str, str]], dict[str, int]]  # (sort key, IRI) in order; IRI -> position


class _OrderCache:
    """Every matching event's (sort key, IRI), ordered, for recent filter sets of a store.

    Oxigraph sorts a large result slowly (DISTINCT + ORDER BY over 50,000 events of a
    1M-triple store takes tens of seconds), while an unordered scan of the same rows takes
    about a second: the scan runs once per filter set and store generation, Python sorts it,
    and every further page is a slice. Entries are dropped on the store's next write.
    """

    def __init__(self, size: int = ORDER_CACHE_SIZE) -> None:
        self._lock = threading.Lock()
        self._stores: weakref.WeakKeyDictionary[GraphStore, OrderedDict[tuple[object, ...], _Order]] = (
            weakref.WeakKeyDictionary()
        )
        self._size = size

    def get(
        self,
        store: GraphStore,
        generation: int,
        signature: tuple[object, ...],
        compute: Callable[[], list[tuple[str, str]]],
    ) -> _Order:
        key = (generation, *signature)
        with self._lock:
            entries = self._stores.setdefault(store, OrderedDict())
            if key in entries:
                entries.move_to_end(key)
                return entries[key]
        ordered = compute()
        entry = (ordered, {iri: i for i, (_k, iri) in enumerate(ordered)})
        with self._lock:
            entries[key] = entry
            while len(entries) > self._size:
                entries.popitem(last=False)
        return entry


_ORDERS = _OrderCache()


def _ordered(rows: list[tuple[str, str]], sort: str) -> list[tuple[str, str]]:
    """Each event once (with its latest date), in IRI order or by date with IRI breaking ties.

    >>> _ordered([("2025", "e:b"), ("", "e:c"), ("2025-06", "e:a"), ("2024", "e:b")], "-date")
    [('2025-06', 'e:a'), ('2025', 'e:b'), ('', 'e:c')]
    """
    latest: dict[str, str] = {}
    for key, iri in rows:
        latest[iri] = max(key, latest.get(iri, ""))
    by_iri = sorted((key, iri) for iri, key in latest.items())
    by_iri.sort(key=lambda row: row[1])
    if sort == "iri":
        return by_iri
    # A stable sort on the key (reverse keeps stability too) leaves IRI order among equal keys.
    return sorted(by_iri, key=lambda row: row[0], reverse=sort == "-date")


def list_events(
    store: GraphStore,
    *,
    event_type: URIRef | None = None,
    actor: URIRef | None = None,
    location: URIRef | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: str | None = None,
    text: str | None = None,
    sort: str = "iri",
    cursor: str | None = None,
    limit: int = 50,
    timeout: float | None = None,
) -> EventPage:
    """One page of events matching every given filter, ordered by ``sort``: ``iri``,
    ``date`` (oldest first) or ``-date`` (newest first); ``text`` is a case-insensitive
    substring of an evidence span."""
    if sort not in SORTS:
        raise InputError(f"invalid sort {sort!r}: use one of {', '.join(SORTS)}")
    key, after = decode_sort_cursor(cursor) if cursor else (None, None)
    if (key is None) != (sort == "iri") and cursor:
        raise InputError("invalid cursor: it belongs to another sort order")
    values: dict[str, Identifier | None] = {
        "type": event_type,
        "actor": actor,
        "location": location,
        "from": _date(date_from, "from"),
        "to": _date(date_to, "to"),
        "modality": _modality(modality),
        "text": Literal(text.casefold()) if text else None,
    }
    bound = {name: value for name, value in values.items() if value is not None}

    def scan() -> list[tuple[str, str]]:
        dated = sort != "iri"
        filters = {name: value for name, value in bound.items() if name != "text"}
        if "text" not in bound:
            return _ordered(_scan(store, filters, dated), sort)
        found = _TEXTS.matching(store, str(bound["text"]), generation)  # IRI -> date
        if filters:
            iris = [iri for _key, iri in _scan(store, filters, False) if iri in found]
        else:
            iris = list(found)
        return _ordered([(found[iri] if dated else "", iri) for iri in iris], sort)

    # The scan is not under the deadline: it is one linear pass, bounded by the store's size,
    # and cached; cutting it short would make every retry start it again. The deadline
    # covers describing the page's events.
    generation = store.generation
    signature = (sort, *sorted((n, str(v)) for n, v in bound.items()))
    ordered, position = _ORDERS.get(store, generation, signature, scan)
    check_deadline = deadline_checker(timeout)
    start = 0
    if after is not None:
        start = position[after] + 1 if after in position else _after(ordered, key or "", after, sort)
    page = ordered[start : start + limit]
    events = []
    for _key, iri in page:
        check_deadline()
        events.append(describe_event(store, URIRef(iri)))
    next_cursor = None
    if start + limit < len(ordered):
        last_key, last_iri = page[-1]
        next_cursor = encode_cursor(last_iri, last_key if sort != "iri" else None)
    return EventPage(events, next_cursor)


def _scan(store: GraphStore, bound: Mapping[str, Identifier], dated: bool) -> list[tuple[str, str]]:
    """(date or "", IRI) of every event matching the bound filters, unordered, with repeats."""
    projection = " ".join(f"?{name}" for name in bound)
    body = " ".join(FILTERS[name] for name in bound)
    sparql = HEADER + (
        f"SELECT ?e {'?key' if dated else ''} {projection} "
        f"WHERE {{ ?e pa:evidence ?m . {body} {DATE_KEY if dated else ''} }}"
    )
    result = store.run_query(sparql, bindings=bound)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("the event scan is a SELECT query")
    rows = []
    for solution in result:
        date = solution["key"] if dated else None
        rows.append((date.value if date is not None else "", solution["e"].value))  # type: ignore[union-attr]
    return rows


class _TextIndex:
    """(evidence text in lower case, event IRI, date) of a store, until its next write.

    An evidence search as you type is then a substring test over memory (tens of ms for
    80,000 mentions) instead of a scan of every mention in the store (seconds at 1M triples).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stores: weakref.WeakKeyDictionary[GraphStore, tuple[int, list[tuple[str, str, str]]]] = (
            weakref.WeakKeyDictionary()
        )

    def matching(self, store: GraphStore, needle: str, generation: int) -> dict[str, str]:
        """IRI -> latest date ("" if none) of the events one of whose spans contains ``needle``."""
        found: dict[str, str] = {}
        for text, iri, date in self._entries(store, generation):
            if needle in text:
                found[iri] = max(date, found.get(iri, ""))
        return found

    def _entries(self, store: GraphStore, generation: int) -> list[tuple[str, str, str]]:
        with self._lock:
            cached = self._stores.get(store)
        if cached is not None and cached[0] == generation:
            return cached[1]
        result = store.run_query(TEXTS)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("the evidence scan is a SELECT query")
        entries = []
        for row in result:
            date = row["date"]
            entries.append((row["text"].value.casefold(), row["e"].value, "" if date is None else date.value))  # type: ignore[union-attr]
        with self._lock:
            self._stores[store] = (generation, entries)
        return entries


_TEXTS = _TextIndex()


def _after(ordered: list[tuple[str, str]], key: str, iri: str, sort: str) -> int:
    """Where a page starts whose cursor event is gone (deleted since): the first event past it."""
    for index, (k, e) in enumerate(ordered):
        if sort == "iri" and e > iri:
            return index
        if sort == "date" and (k > key or (k == key and e > iri)):
            return index
        if sort == "-date" and (k < key or (k == key and e > iri)):
            return index
    return len(ordered)


def _modality(name: str | None) -> URIRef | None:
    if name is None:
        return None
    wanted = name.removeprefix("pa:").capitalize()
    if wanted not in MODALITIES:
        raise InputError(f"invalid modality {name!r}: use one of {', '.join(MODALITIES)}")
    return URIRef(PA[wanted])


_PLACES: weakref.WeakKeyDictionary[GraphStore, tuple[int, int, list[EventPlace]]] = weakref.WeakKeyDictionary()


def event_places(store: GraphStore, *, limit: int = 1000) -> list[EventPlace]:
    """Places and states with coordinates (wdt:P625) that events happened at, most events first.

    The aggregate reads every located event (about a second at 1M triples), so its answer
    is kept until the store's next write."""
    cached = _PLACES.get(store)
    if cached is not None and cached[:2] == (store.generation, limit):
        return cached[2]
    places = []
    for row in store.select(PLACES, limit=limit):
        point = _point(str(row["wkt"]))
        count = row.get("n")
        if point is None or not isinstance(count, Literal):
            continue
        label = row.get("label")
        places.append(EventPlace(str(row["p"]), None if label is None else str(label), *point, int(count.toPython())))
    _PLACES[store] = (store.generation, limit, places)
    return places


def _point(wkt: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a WKT ``Point(lon lat)``, else None.

    >>> _point("Point(30.5 50.45)")
    (50.45, 30.5)
    """
    inner = wkt.strip().removeprefix("Point(").removesuffix(")").split()
    try:
        longitude, latitude = (float(v) for v in inner)
    except ValueError:
        return None
    return latitude, longitude


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
