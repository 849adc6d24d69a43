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

import pyoxigraph as ox

from graph_builder.errors import DocumentTooLargeError, InputError
from graph_builder.guards import check_json_depth

DOC_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
SUPPORTED_SUFFIXES = (".txt", ".jsonl")
# A document record is a flat object; anything nested this deep is not one (and deep
# nesting is what overflows a recursive parser).
MAX_RECORD_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


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
    """A document that could not be read, with where it came from and why (``line``: its
    line in a JSON-lines input)."""

    source: str
    doc_id: str | None
    reason: str
    line: int | None = None


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
    if not isinstance(doc_id, str) or not DOC_ID_PATTERN.fullmatch(doc_id):
        raise InputError(f"invalid document id {doc_id!r}: use letters, digits, '.', '_' or '-' (max 200)")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"document {doc_id!r} has no text")
    if "\x00" in text:
        raise InputError(f"document {doc_id!r} looks binary (it contains NUL characters)")
    if len(text) > max_chars:
        raise DocumentTooLargeError(f"document {doc_id!r} has {len(text):,} characters; the limit is {max_chars:,}")
    for name, value in (("text", text), ("title", title), ("url", url)):
        # A lone surrogate cannot be written as UTF-8: the store would fail on it mid-batch.
        if isinstance(value, str) and _SURROGATE.search(value):
            raise InputError(f"document {doc_id!r}: the {name} holds a lone surrogate (not a Unicode character)")
    if url is not None:
        _check_url(doc_id, url)
    day = published if isinstance(published, date) else parse_date(published)
    return SourceDocument(id=doc_id, text=text, published=day, title=title, url=url)


def _check_url(doc_id: str, url: str) -> None:
    try:
        ox.NamedNode(url)
    except ValueError as exc:
        raise InputError(f"document {doc_id!r}: the url {url!r} is not a valid IRI ({exc})") from exc
    if not _SCHEME.match(url):
        raise InputError(f"document {doc_id!r}: the url {url!r} is not absolute (it needs a scheme, e.g. https:)")


def load_record(text: str) -> object:
    """Parse one JSON document record, turning every way JSON can fail into an InputError."""
    check_json_depth(text, MAX_RECORD_DEPTH)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    except ValueError as exc:  # e.g. a number past Python's integer-digits limit
        raise InputError(f"not usable JSON: a number is too long ({exc})") from exc
    except RecursionError as exc:
        raise InputError("not usable JSON: nested too deep") from exc


def document_from_record(record: object, max_chars: int) -> SourceDocument:
    """Validate one ``{id, text, published, title, url}`` object."""
    if not isinstance(record, dict):
        raise InputError("a document must be a JSON object with id and text")
    for name in ("published", "title", "url"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f"document field {name!r} must be a string")
    return make_document(
        record.get("id"),
        record.get("text"),
        published=record.get("published"),
        title=record.get("title"),
        url=record.get("url"),
        max_chars=max_chars,
    )


def documents_from_lines(
    lines: Iterable[str], max_chars: int, where: str | None = None
) -> Iterator[SourceDocument | IngestProblem]:
    """One document per JSON line; a bad line becomes a problem (with its line number and,
    when the line names one, the id) and the batch goes on. ``where`` prefixes the line
    number in problem sources (a file name), else they read ``line N``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{where}:{number}" if where else f"line {number}"
        record: object = None
        try:
            record = load_record(line)
            yield document_from_record(record, max_chars)
        except InputError as exc:
            doc_id = record.get("id") if isinstance(record, dict) else None
            yield IngestProblem(source, doc_id if isinstance(doc_id, str) else None, str(exc), line=number)


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
    yield from documents_from_lines(lines, max_chars, str(path))


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
        meta = load_record(_read_text(sidecar))
        if not isinstance(meta, dict):
            raise InputError("a metadata file must hold a JSON object")
        return make_document(
            item.id,
            item.text,
            published=item.published or meta.get("published"),
            title=meta.get("title"),
            url=meta.get("url"),
            max_chars=len(item.text),
        )
    except (InputError, AttributeError) as exc:
        return IngestProblem(str(sidecar), item.id, f"bad metadata file: {exc}")
