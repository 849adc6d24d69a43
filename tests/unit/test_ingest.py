"""Input validation: each bad document is reported with its id, the rest still read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph_builder.errors import DocumentTooLargeError, InputError
from graph_builder.ingest import IngestProblem, SourceDocument, make_document, read_documents


def test_txt_file_id_is_the_stem_and_date_comes_from_the_option(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("Talks resumed in Geneva.", encoding="utf-8")
    (doc,) = read_documents([tmp_path / "a1.txt"], published=date(2024, 1, 2))
    assert doc == SourceDocument("a1", "Talks resumed in Geneva.", date(2024, 1, 2))


def test_sidecar_metadata_is_applied(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "a1.meta.json").write_text(json.dumps({"title": "T", "published": "2024-03-04"}), encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert isinstance(doc, SourceDocument)
    assert (doc.title, doc.published) == ("T", date(2024, 3, 4))


def test_jsonl_batch_reports_bad_lines_and_keeps_good_ones(tmp_path: Path) -> None:
    lines = [
        {"id": "ok1", "text": "Talks resumed.", "published": "2024-01-01", "url": "https://example.org/1"},
        {"id": "nodate", "text": "Talks resumed.", "published": "01/02/2024"},
        {"id": "empty", "text": "   "},
        {"text": "no id"},
        {"id": "ok2", "text": "Troops withdrew."},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    items = list(read_documents([path]))
    assert [d.id for d in items if isinstance(d, SourceDocument)] == ["ok1", "ok2"]
    problems = [p for p in items if isinstance(p, IngestProblem)]
    assert [p.doc_id for p in problems] == ["nodate", "empty", None, None]
    assert "invalid published date" in problems[0].reason
    assert problems[3].source.endswith(":6") and "not valid JSON" in problems[3].reason


def test_binary_non_utf8_and_empty_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    reasons = {p.doc_id: p.reason for p in read_documents([tmp_path]) if isinstance(p, IngestProblem)}
    assert "not UTF-8" in reasons["latin"]
    assert "no text" in reasons["empty"]
    assert "binary" in reasons["bin"]


def test_missing_path_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(read_documents([tmp_path / "nope.txt", tmp_path / "x.pdf"]))
    assert [p.reason for p in items if isinstance(p, IngestProblem)] == [
        "no such file or directory",
        "unsupported file type: use .txt or .jsonl",
    ]


def test_oversized_document_and_bad_id() -> None:
    with pytest.raises(DocumentTooLargeError, match="limit is 10"):
        make_document("big", "x" * 11, max_chars=10)
    with pytest.raises(InputError, match="invalid document id"):
        make_document("../etc/passwd", "text")
