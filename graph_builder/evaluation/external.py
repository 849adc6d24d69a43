"""Public annotated event corpora (RAMS, WikiEvents, GENEVA) read as Parley sees them.

Each corpus is read into :class:`CorpusDocument` records: the tokens joined by single spaces
(as the corpora's own README defines the text), and every annotated event with its trigger
and argument spans turned into character offsets of that text. Corpus types and roles are
mapped to the contract's classes and slots by a data file (``data/eval/corpus-mapping.json``),
so that the mapping can be read, argued about and changed without touching code.

Documents are split once into a tuning half and a sealed half by a fixed hash of the
document id (:func:`half_of`): rules are tuned on the first and the second is only reported.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from graph_builder.errors import ParleyError

Half = Literal["tune", "sealed"]
HALVES: tuple[Half, ...] = ("tune", "sealed")
Slot = Literal["agent", "target", "participant", "location"]
MAPPING_FILE = Path(__file__).resolve().parents[2] / "data" / "eval" / "corpus-mapping.json"
CORPORA = ("rams", "wikievents", "geneva")
_RAMS_ROLE_PREFIX = re.compile(r"^evt\d+arg\d+")


class CorpusFormatError(ParleyError):
    """A corpus file is not one of the formats Parley reads, or a record is malformed."""


@dataclass(frozen=True)
class CorpusArgument:
    role: str
    slot: Slot | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CorpusEvent:
    corpus_type: str
    classes: frozenset[str]  # empty: out of the contract's scope
    start: int
    end: int
    trigger: str
    arguments: tuple[CorpusArgument, ...]


@dataclass(frozen=True)
class CorpusDocument:
    id: str
    text: str
    events: tuple[CorpusEvent, ...]


@dataclass(frozen=True)
class Corpus:
    name: str
    exhaustive: bool  # every event mention is annotated, so precision means something
    documents: tuple[CorpusDocument, ...]
    covered: frozenset[str] = frozenset()  # contract classes some corpus type maps to


@dataclass(frozen=True)
class CorpusMapping:
    types: Mapping[str, tuple[str, ...]]
    roles: Mapping[str, Slot | None]
    exhaustive: bool

    def classes_of(self, corpus_type: str) -> frozenset[str]:
        """The longest dotted prefix listed wins: ``conflict.attack.bombing`` → ``conflict.attack``."""
        parts = corpus_type.split(".")
        for size in range(len(parts), 0, -1):
            key = ".".join(parts[:size])
            if key in self.types:
                return frozenset(self.types[key])
        return frozenset()

    def covered_classes(self) -> frozenset[str]:
        return frozenset(c for classes in self.types.values() for c in classes)

    def slot_of(self, role: str) -> Slot | None:
        return self.roles.get(role)


@cache
def load_mapping(corpus: str, path: Path = MAPPING_FILE) -> CorpusMapping:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))[corpus]
    except (OSError, ValueError, KeyError) as exc:
        raise CorpusFormatError(f"no mapping for corpus {corpus!r} in {path}: {exc}") from exc
    return CorpusMapping(
        types={name: tuple(classes) for name, classes in raw["types"].items()},
        roles=dict(raw["roles"]),
        exhaustive=bool(raw["exhaustive"]),
    )


def half_of(doc_id: str) -> Half:
    """A fixed split: the first byte of SHA-256 of the document id, even → tuning half."""
    return "tune" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "sealed"


def detect_corpus(path: Path) -> str | None:
    """Which corpus a file holds, from the keys of its first record (None: not a corpus file)."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        keys = set(json.loads(first)) if first else set()
    except (OSError, ValueError, TypeError):
        return None
    if {"evt_triggers", "gold_evt_links", "sentences"} <= keys:
        return "rams"
    if {"event_mentions", "tokens", "wnd_id"} <= keys:
        return "geneva"
    if {"event_mentions", "tokens", "sentences", "doc_id"} <= keys:
        return "wikievents"
    return None


def load_corpus(path: Path, corpus: str | None = None, half: Half | None = None) -> Corpus:
    """Read a corpus file (format detected unless given), optionally one half of it."""
    name = corpus or detect_corpus(path)
    if name not in CORPORA:
        raise CorpusFormatError(f"{path}: not a RAMS, WikiEvents or GENEVA file (choose with --corpus)")
    mapping = load_mapping(name)
    reader = {"rams": _read_rams, "wikievents": _read_wikievents, "geneva": _read_geneva}[name]
    documents = []
    for line_number, record in _records(path):
        try:
            document = reader(record, mapping)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise CorpusFormatError(f"{path}:{line_number}: malformed {name} record ({exc!r})") from exc
        if half is None or half_of(_group_id(name, record)) == half:
            documents.append(document)
    return Corpus(name, mapping.exhaustive, tuple(documents), mapping.covered_classes())


def _records(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, json.loads(line)
    except OSError as exc:
        raise CorpusFormatError(f"cannot read {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise CorpusFormatError(f"{path}: not JSON lines ({exc})") from exc


def _group_id(name: str, record: Mapping[str, Any]) -> str:
    return str(record["doc_key"] if name == "rams" else record["doc_id"])


class _TokenText:
    """Tokens joined by single spaces, with each token's character offsets."""

    def __init__(self, tokens: Sequence[str]) -> None:
        self.starts: list[int] = []
        position = 0
        for token in tokens:
            self.starts.append(position)
            position += len(token) + 1
        self.tokens = list(tokens)
        self.text = " ".join(self.tokens)

    def span(self, first: int, last: int) -> tuple[int, int, str]:
        """Character span of tokens ``first..last`` (both included)."""
        start, end = self.starts[first], self.starts[last] + len(self.tokens[last])
        return start, end, self.text[start:end]


def _argument(tokens: _TokenText, mapping: CorpusMapping, role: str, first: int, last: int) -> CorpusArgument:
    start, end, text = tokens.span(first, last)
    return CorpusArgument(role, mapping.slot_of(role), start, end, text)


def _read_rams(record: Mapping[str, Any], mapping: CorpusMapping) -> CorpusDocument:
    tokens = _TokenText([token for sentence in record["sentences"] for token in sentence])
    events = []
    for first, last, labels in record["evt_triggers"]:
        corpus_type = labels[0][0]
        arguments = tuple(
            _argument(tokens, mapping, _RAMS_ROLE_PREFIX.sub("", role), arg[0], arg[1])
            for trigger, arg, role in record["gold_evt_links"]
            if tuple(trigger) == (first, last)
        )
        start, end, text = tokens.span(first, last)
        events.append(CorpusEvent(corpus_type, mapping.classes_of(corpus_type), start, end, text, arguments))
    return CorpusDocument(str(record["doc_key"]), tokens.text, tuple(events))


def _read_mentions(
    doc_id: str, tokens: _TokenText, record: Mapping[str, Any], mapping: CorpusMapping
) -> CorpusDocument:
    """WikiEvents and GENEVA share the OneIE layout: token offsets, end exclusive."""
    entities = {e["id"]: e for e in record["entity_mentions"]}
    events = []
    for mention in record["event_mentions"]:
        trigger = mention["trigger"]
        arguments = tuple(
            _argument(tokens, mapping, a["role"], entity["start"], entity["end"] - 1)
            for a in mention["arguments"]
            if (entity := entities.get(a["entity_id"])) is not None
        )
        start, end, text = tokens.span(trigger["start"], trigger["end"] - 1)
        corpus_type = mention["event_type"]
        events.append(CorpusEvent(corpus_type, mapping.classes_of(corpus_type), start, end, text, arguments))
    return CorpusDocument(doc_id, tokens.text, tuple(events))


def _read_wikievents(record: Mapping[str, Any], mapping: CorpusMapping) -> CorpusDocument:
    return _read_mentions(str(record["doc_id"]), _TokenText(record["tokens"]), record, mapping)


def _read_geneva(record: Mapping[str, Any], mapping: CorpusMapping) -> CorpusDocument:
    # A GENEVA record is one sentence: scored on its own, but split by its article's id.
    return _read_mentions(str(record["wnd_id"]), _TokenText(record["tokens"]), record, mapping)


def corpus_files(directory: Path) -> dict[str, Path]:
    """The corpus files the README of ``shared/eval/external`` lists, by corpus name."""
    names = {"rams": "rams-dev.jsonlines", "wikievents": "wikievents-dev.jsonl", "geneva": "geneva-val.json"}
    return {corpus: directory / file for corpus, file in names.items()}
