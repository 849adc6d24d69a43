"""Import items from a Wikidata JSON dump into the knowledge base (``parley kb import``).

A dump (``latest-all.json.bz2``) is a JSON array written one entity per line: ``[``, then
``{…},`` lines, then ``]``. It is read line by line (plain, gzip or bz2), so memory does not
grow with the dump; only the set of kept QIDs is held. Each kept item is trimmed to what
the knowledge base reads (English label, aliases and description; P31, P17, P36, P1549;
the sitelink count). A line that is not an entity is counted as malformed and skipped.
A single entity as served by the entity API (``{"entities": {"Q31": {…}}}``) is accepted too.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import sys
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from graph_builder.errors import KnowledgeBaseError
from graph_builder.link.kb import JsonObject, item_ids, sitelink_count

KEPT_CLAIMS = ("P31", "P17", "P36", "P1549")
DEFAULT_TARGET_NAME = "imported.jsonl"
PROGRESS_EVERY = 100_000
MAX_REPORTED_MALFORMED = 20


@dataclass(frozen=True)
class ImportStats:
    """What an import read, kept and skipped; ``malformed_lines`` lists the first few."""

    read: int
    kept: int
    filtered_out: int
    malformed: int
    malformed_lines: tuple[int, ...]
    target: Path
    total_in_target: int


def open_dump(path: Path) -> IO[str]:
    """A text stream over a plain, ``.gz`` or ``.bz2`` dump."""
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rt", encoding="utf-8")
        if path.suffix == ".bz2":
            return bz2.open(path, "rt", encoding="utf-8")
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot open dump {path}: {exc}") from exc


def parse_line(line: str) -> JsonObject | None:
    """The entity on one dump line, ``None`` for framing (``[``, ``]``, blank).

    Raises ``ValueError`` for a line that is neither.

    >>> parse_line('{"id": "Q1", "type": "item"},')["id"]
    'Q1'
    >>> parse_line("[") is None
    True
    """
    text = line.strip()
    if text in ("", "[", "]"):
        return None
    entity = json.loads(text.removesuffix(","))
    if not isinstance(entity, dict):
        raise ValueError("not a JSON object")
    if "entities" in entity and "id" not in entity:
        raise _Wrapped(entity["entities"])
    if not isinstance(entity.get("id"), str):
        raise ValueError("no entity id")
    return entity


class _Wrapped(Exception):
    """An entity-API response (``{"entities": {…}}``) found where a dump line was expected."""

    def __init__(self, entities: Any) -> None:
        super().__init__("entity API response")
        self.entities = entities


def slim(entity: JsonObject) -> JsonObject:
    """The item trimmed to English text, the kept claims and a sitelink count."""
    claims = entity.get("claims", {})
    record: JsonObject = {"id": entity["id"], "type": entity.get("type", "item")}
    for key in ("labels", "descriptions"):
        english = entity.get(key, {}).get("en")
        record[key] = {"en": english} if english else {}
    aliases = entity.get("aliases", {}).get("en")
    record["aliases"] = {"en": aliases} if aliases else {}
    record["claims"] = {p: [_slim_statement(s) for s in claims[p]] for p in KEPT_CLAIMS if claims.get(p)}
    record["sitelinks"] = int(sitelink_count(entity))
    return record


def _slim_statement(statement: JsonObject) -> JsonObject:
    return {"mainsnak": statement.get("mainsnak", {}), "type": "statement", "rank": statement.get("rank", "normal")}


def wanted(entity: JsonObject, classes: Collection[str], qids: Collection[str]) -> bool:
    """Kept when no filter is given, or when its QID or one of its P31 classes is asked for."""
    if not classes and not qids:
        return True
    if entity["id"] in qids:
        return True
    return any(c in classes for c in item_ids(entity.get("claims", {}), "P31"))


@dataclass
class _Counter:
    """Running counts of one import (mutable on purpose: updated while streaming)."""

    read: int = 0
    kept: int = 0
    filtered_out: int = 0
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)

    def bad(self, number: int) -> None:
        self.malformed += 1
        if len(self.malformed_lines) < MAX_REPORTED_MALFORMED:
            self.malformed_lines.append(number)


def iter_entities(lines: Iterable[str], counter: _Counter, *, progress: bool = False) -> Iterator[JsonObject]:
    """Entities from dump lines, one line at a time; bad lines are counted, not raised."""
    for number, line in enumerate(lines, 1):
        try:
            entity = parse_line(line)
        except _Wrapped as wrapped:
            yield from _api_entities(wrapped.entities, counter, number)
            continue
        except ValueError:  # json.JSONDecodeError is a ValueError
            counter.bad(number)
            continue
        if entity is None:
            continue
        counter.read += 1
        if progress and counter.read % PROGRESS_EVERY == 0:
            print(f"\rparley kb import: {counter.read:,} entities read, {counter.kept:,} kept", end="", file=sys.stderr)
        yield entity


def _api_entities(entities: Any, counter: _Counter, number: int) -> Iterator[JsonObject]:
    if not isinstance(entities, dict):
        counter.bad(number)
        return
    for entity in entities.values():
        if isinstance(entity, dict) and isinstance(entity.get("id"), str):
            counter.read += 1
            yield entity
        else:
            counter.bad(number)


def _whole_document_lines(path: Path) -> Iterator[str]:
    """Lines of a dump; a pretty-printed single API response is joined into one line."""
    with open_dump(path) as handle:
        first = handle.readline()
        if first.strip() == "{":  # pretty-printed API response: small by nature
            yield first.strip() + "".join(line.strip() for line in handle)
            return
        yield first
        yield from handle


def import_dump(
    source: Path,
    target: Path,
    *,
    classes: Collection[str] = (),
    qids: Collection[str] = (),
    progress: bool = True,
) -> ImportStats:
    """Stream ``source`` and merge the wanted items into ``target``.

    ``target`` is a ``*.jsonl`` file or a knowledge-base directory (then ``imported.jsonl``
    in it, created if needed). Items already in ``target`` are kept unless the dump has a
    newer copy. Filters: ``classes`` (P31 QIDs) and ``qids``; with neither, every item is kept.
    """
    if not source.is_file():
        raise KnowledgeBaseError(f"dump not found: {source}")
    # A *.jsonl target is the file itself; anything else is a knowledge-base directory.
    out_path = target if target.suffix == ".jsonl" else target / DEFAULT_TARGET_NAME
    out_path.parent.mkdir(parents=True, exist_ok=True)
    counter = _Counter()
    tmp = out_path.with_name(out_path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            kept = _stream(source, out, frozenset(classes), frozenset(qids), counter, progress)
            total = len(kept) + _carry_over(out_path, kept, out)
        os.replace(tmp, out_path)
    except (OSError, EOFError) as exc:  # a truncated .gz/.bz2 raises EOFError
        tmp.unlink(missing_ok=True)
        raise KnowledgeBaseError(f"import from {source} failed: {exc}") from exc
    if progress:
        print(
            f"\rparley kb import: {counter.read:,} read, {counter.kept:,} kept, "
            f"{counter.malformed:,} malformed -> {out_path}",
            file=sys.stderr,
        )
    return ImportStats(
        counter.read,
        counter.kept,
        counter.filtered_out,
        counter.malformed,
        tuple(counter.malformed_lines),
        out_path,
        total,
    )


def _stream(
    source: Path, out: IO[str], classes: frozenset[str], qids: frozenset[str], counter: _Counter, progress: bool
) -> set[str]:
    """Write the wanted, trimmed entities of ``source`` to ``out``; return their QIDs."""
    kept: set[str] = set()
    for entity in iter_entities(_whole_document_lines(source), counter, progress=progress):
        if not wanted(entity, classes, qids) or entity["id"] in kept:
            counter.filtered_out += 1
            continue
        kept.add(entity["id"])
        counter.kept += 1
        out.write(json.dumps(slim(entity), ensure_ascii=False, separators=(",", ":")) + "\n")
    return kept


def _carry_over(previous: Path, replaced: set[str], out: IO[str]) -> int:
    """Copy the previous target's lines whose item the dump did not replace."""
    if not previous.is_file():
        return 0
    carried = 0
    with previous.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                qid = json.loads(line).get("id")
            except (json.JSONDecodeError, AttributeError):
                continue
            if isinstance(qid, str) and qid not in replaced:
                out.write(line if line.endswith("\n") else line + "\n")
                carried += 1
    return carried
