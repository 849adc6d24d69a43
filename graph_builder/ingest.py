"""Files and JSON lines → validated :class:`SourceDocument` records.

Problems are reported per document (:class:`IngestProblem`) so one bad article never
stops a batch; the caller decides the exit code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph_builder.errors import DocumentTooLargeError, InputError

DOC_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
SUPPORTED_SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class SourceDocument:
    """One article to build: its text and the metadata that dates and provenance need."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class IngestProblem:
    """A document that could not be read, with where it came from and why."""

    source: str
    doc_id: str | None
    reason: str


def parse_date(value: str | None, *, field: str = "published") -> date | None:
    """Parse an ISO ``YYYY-MM-DD`` date; ``None`` and ``""`` mean unknown.

    >>> parse_date("2025-06-09")
    datetime.date(2025, 6, 9)
    """
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"invalid {field} date {value!r}: expected YYYY-MM-DD") from exc


def make_document(
    doc_id: object,
    text: object,
    *,
    published: str | date | None = None,
    title: str | None = None,
    url: str | None = None,
    max_chars: int = 1_000_000,
) -> SourceDocument:
    """Validate the fields of one document and build its record."""
    if not isinstance(doc_id, str) or not DOC_ID_PATTERN.match(doc_id):
        raise InputError(f"invalid document id {doc_id!r}: use letters, digits, '.', '_' or '-' (max 200)")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"document {doc_id!r} has no text")
    if "\x00" in text:
        raise InputError(f"document {doc_id!r} looks binary (it contains NUL characters)")
    if len(text) > max_chars:
        raise DocumentTooLargeError(f"document {doc_id!r} has {len(text):,} characters; the limit is {max_chars:,}")
    day = published if isinstance(published, date) else parse_date(published)
    return SourceDocument(id=doc_id, text=text, published=day, title=title, url=url)


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _documents_from_jsonl(path: Path, max_chars: int) -> Iterator[SourceDocument | IngestProblem]:
    try:
        lines = _read_text(path).splitlines()
    except InputError as exc:
        yield IngestProblem(str(path), None, str(exc))
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestProblem(where, None, f"not valid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield IngestProblem(where, None, "each line must be a JSON object")
            continue
        doc_id = record.get("id")
        try:
            yield make_document(
                doc_id,
                record.get("text"),
                published=record.get("published"),
                title=record.get("title"),
                url=record.get("url"),
                max_chars=max_chars,
            )
        except InputError as exc:
            yield IngestProblem(where, doc_id if isinstance(doc_id, str) else None, str(exc))


def _document_from_txt(path: Path, published: date | None, max_chars: int) -> SourceDocument | IngestProblem:
    try:
        return make_document(path.stem, _read_text(path), published=published, max_chars=max_chars)
    except InputError as exc:
        return IngestProblem(str(path), path.stem, str(exc))


def _expand(paths: Iterable[Path]) -> Iterator[Path | IngestProblem]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in SUPPORTED_SUFFIXES)
        elif not path.exists():
            yield IngestProblem(str(path), None, "no such file or directory")
        elif path.suffix not in SUPPORTED_SUFFIXES:
            yield IngestProblem(str(path), None, "unsupported file type: use .txt or .jsonl")
        else:
            yield path


def read_documents(
    paths: Iterable[Path], *, published: date | None = None, max_chars: int = 1_000_000
) -> Iterator[SourceDocument | IngestProblem]:
    """Stream documents (and per-document problems) from files and directories.

    ``.txt`` files become one document each (id = file stem, ``published`` from the
    argument, or from a ``<stem>.meta.json`` file beside it); ``.jsonl`` files hold one
    document per line with ``id, text, published, title, url``.
    """
    for item in _expand(paths):
        if isinstance(item, IngestProblem):
            yield item
        elif item.suffix == ".jsonl":
            yield from _documents_from_jsonl(item, max_chars)
        else:
            yield _with_sidecar(item, _document_from_txt(item, published, max_chars))


def _with_sidecar(path: Path, item: SourceDocument | IngestProblem) -> SourceDocument | IngestProblem:
    """Apply ``<stem>.meta.json`` (title, url, published) where one sits beside a .txt."""
    sidecar = path.with_suffix(".meta.json")
    if isinstance(item, IngestProblem) or not sidecar.exists():
        return item
    try:
        meta = json.loads(_read_text(sidecar))
        return make_document(
            item.id,
            item.text,
            published=item.published or meta.get("published"),
            title=meta.get("title"),
            url=meta.get("url"),
            max_chars=len(item.text),
        )
    except (InputError, json.JSONDecodeError, AttributeError) as exc:
        return IngestProblem(str(sidecar), item.id, f"bad metadata file: {exc}")
