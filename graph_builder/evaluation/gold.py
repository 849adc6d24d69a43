"""Gold passages (``shared/eval/*.jsonl``) as frozen records, validated where they enter.

The format is described in ``docs/gold-format.md``. Every malformed line raises
:class:`~graph_builder.errors.InputError` naming the file and the line, because a gold
file that is silently half-read gives scores that look fine and mean nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_builder.errors import InputError

EVENT_TYPES: tuple[str, ...] = (
    "PrisonerExchange", "Negotiation", "Agreement", "Ceasefire", "Release", "Repatriation",
    "Attack", "Sanction", "Aid", "Statement", "Accusation", "Threat", "Demand",
)
ENTITY_TYPES: frozenset[str] = frozenset({
    "Actor", "State", "Person", "Organization", "GovernmentBody", "ArmedForce",
    "InternationalOrganization", "Group", "Place",
})
RELATION_PREDICATES: tuple[str, ...] = ("allyOf", "memberOf", "partOf", "locatedIn")
MODALITIES: frozenset[str] = frozenset({"Asserted", "Planned", "Alleged", "Denied"})

_QID = re.compile(r"Q[1-9][0-9]*")
_ISO_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")


@dataclass(frozen=True)
class GoldEntity:
    """An annotated actor or place; events and relations refer to it by ``name``."""

    name: str
    type: str
    wikidata: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event; actor fields hold entity names."""

    type: str
    evidence: tuple[str, ...]
    participants: tuple[str, ...] = ()
    agent: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    location: str | None = None
    date: str | None = None
    quantity: int | None = None
    reported_by: tuple[str, ...] = ()
    modality: str = "Asserted"

    @property
    def all_participants(self) -> frozenset[str]:
        """Every party, whatever its role (``agent``/``target`` repeat participants)."""
        return frozenset(self.participants) | frozenset(self.agent) | frozenset(self.target)


@dataclass(frozen=True)
class GoldRelation:
    """A relation between two annotated entities, by name."""

    s: str
    p: str
    o: str


@dataclass(frozen=True)
class GoldPassage:
    """One annotated news passage."""

    id: str
    text: str
    entities: tuple[GoldEntity, ...]
    events: tuple[GoldEvent, ...]
    relations: tuple[GoldRelation, ...]
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def entity(self, name: str) -> GoldEntity:
        """The entity called ``name`` (names are unique within a passage)."""
        for entity in self.entities:
            if entity.name == name:
                return entity
        raise KeyError(name)

    def evidence_spans(self, event: GoldEvent) -> tuple[tuple[int, int], ...]:
        """Offsets of every occurrence of every evidence string of ``event`` in the text."""
        spans: list[tuple[int, int]] = []
        for evidence in event.evidence:
            spans.extend((start, start + len(evidence)) for start in _occurrences(self.text, evidence))
        return tuple(spans)


def _occurrences(text: str, needle: str) -> Iterator[int]:
    start = text.find(needle)
    while start >= 0:
        yield start
        start = text.find(needle, start + 1)


class _Invalid(ValueError):
    """A field is malformed; turned into an InputError with the line number by the caller."""


def load_gold(path: Path) -> list[GoldPassage]:
    """Read a gold JSONL file, one passage per non-blank line.

    Raises :class:`InputError` (with ``path:line``) on unreadable files, invalid JSON,
    missing or mistyped fields, unknown types, dangling entity names, evidence that is
    not a substring of the text, and duplicate passage ids.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc
    passages: list[GoldPassage] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            passage = parse_passage(json.loads(line))
            if passage.id in seen:
                raise _Invalid(f"duplicate passage id {passage.id!r}")
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: invalid JSON: {exc.msg}") from exc
        except _Invalid as exc:
            raise InputError(f"{path}:{number}: {exc}") from exc
        seen.add(passage.id)
        passages.append(passage)
    return passages


def parse_passage(raw: object) -> GoldPassage:
    """Validate one decoded JSON line; raises ``ValueError`` (caught by :func:`load_gold`)."""
    data = _mapping(raw, "passage")
    text = _string(data, "text")
    for key in ("entities", "events", "relations"):
        # a misspelt key would otherwise read as "nothing annotated" and score silently
        if key not in data:
            raise _Invalid(f"missing {key!r}")
    entities = tuple(_entity(item) for item in _list(data, "entities"))
    names = [entity.name for entity in entities]
    if len(set(names)) != len(names):
        raise _Invalid("duplicate entity names")
    known = frozenset(names)
    events = tuple(_event(item, text, known) for item in _list(data, "events"))
    relations = tuple(_relation(item, known) for item in _list(data, "relations"))
    return GoldPassage(
        id=_string(data, "id"),
        text=text,
        entities=entities,
        events=events,
        relations=relations,
        published=_optional_date(data, "published"),
        title=_optional_string(data, "title"),
        url=_optional_string(data, "url"),
    )


def _entity(raw: object) -> GoldEntity:
    data = _mapping(raw, "entity")
    kind = _string(data, "type")
    if kind not in ENTITY_TYPES:
        raise _Invalid(f"unknown entity type {kind!r}")
    qid = _optional_string(data, "wikidata")
    if qid is not None and not _QID.fullmatch(qid):
        raise _Invalid(f"wikidata must look like Q123, got {qid!r}")
    aliases = _strings(data, "aliases") if "aliases" in data else ()
    return GoldEntity(name=_string(data, "name"), type=kind, wikidata=qid, aliases=aliases)


def _event(raw: object, text: str, known: frozenset[str]) -> GoldEvent:
    data = _mapping(raw, "event")
    kind = _string(data, "type")
    if kind not in EVENT_TYPES:
        raise _Invalid(f"unknown event type {kind!r}")
    evidence = _strings(data, "evidence")
    if not evidence:
        raise _Invalid(f"{kind} event has no evidence")
    for item in evidence:
        if item not in text:
            raise _Invalid(f"evidence is not a substring of the text: {item!r}")
    modality = data.get("modality", "Asserted")
    if modality not in MODALITIES:
        raise _Invalid(f"unknown modality {modality!r}")
    location = _optional_string(data, "location")
    _check_known((location,) if location is not None else (), known)
    return GoldEvent(
        type=kind,
        evidence=evidence,
        participants=_names(data, "participants", known),
        agent=_names(data, "agent", known),
        target=_names(data, "target", known),
        location=location,
        date=_optional_date(data, "date"),
        quantity=_optional_int(data, "quantity"),
        reported_by=_names(data, "reported_by", known),
        modality=str(modality),
    )


def _relation(raw: object, known: frozenset[str]) -> GoldRelation:
    data = _mapping(raw, "relation")
    predicate = _string(data, "p")
    if predicate not in RELATION_PREDICATES:
        raise _Invalid(f"unknown relation predicate {predicate!r}")
    subject, obj = _string(data, "s"), _string(data, "o")
    _check_known((subject, obj), known)
    return GoldRelation(s=subject, p=predicate, o=obj)


def _check_known(names: tuple[str, ...], known: frozenset[str]) -> None:
    for name in names:
        if name not in known:
            raise _Invalid(f"{name!r} is not one of the passage's entities")


def _names(data: Mapping[str, Any], key: str, known: frozenset[str]) -> tuple[str, ...]:
    names = _strings(data, key) if key in data else ()
    _check_known(names, known)
    return names


def _mapping(raw: object, what: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise _Invalid(f"{what} must be a JSON object")
    return raw


def _string(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{key!r} must be a non-empty string")
    return value


def _optional_string(data: Mapping[str, Any], key: str) -> str | None:
    return None if data.get(key) is None else _string(data, key)


def _optional_date(data: Mapping[str, Any], key: str) -> str | None:
    value = _optional_string(data, key)
    if value is not None and not _ISO_DATE.fullmatch(value):
        raise _Invalid(f"{key!r} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return value


def _optional_int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    # bool is an int subclass; true/false in a quantity field is a typo, not a count
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise _Invalid(f"{key!r} must be an integer or null, got {value!r}")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _Invalid(f"{key!r} must be a list")
    return value


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _list(data, key)
    if not all(isinstance(value, str) and value.strip() for value in values):
        raise _Invalid(f"{key!r} must be a list of non-empty strings")
    return tuple(values)
