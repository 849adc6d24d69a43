"""Lines that used to slip past validation and fail later, half-way through a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph_builder.errors import InputError
from graph_builder.ingest import IngestProblem, SourceDocument, document_from_record, read_documents

GOOD = {"text": "Russia and Ukraine exchanged prisoners.", "published": "2025-06-09"}
# Each line: the raw JSON text, the id the problem must name, a word its reason must hold.
BAD_LINES = [
    (json.dumps({**GOOD, "id": "newline\n"}), "newline\n", "invalid document id"),
    (json.dumps({**GOOD, "id": "badurl", "url": "not a url <>"}), "badurl", "url"),
    (json.dumps({**GOOD, "id": "relurl", "url": "/relative/path"}), "relurl", "url"),
    ('{"id": "surrogate", "text": "Talks \\ud800 resumed."}', "surrogate", "surrogate"),
    ('{"id": "surrotitle", "text": "Talks resumed.", "title": "\\udfff"}', "surrotitle", "surrogate"),
    ('{"id": "deep", "text": "x", "title": ' + "[" * 100_000 + "]" * 100_000 + "}", None, "nest"),
    ('{"id": "bignum", "text": "Talks resumed.", "published": ' + "9" * 5000 + "}", None, "number"),
    (json.dumps({**GOOD, "id": "numtitle", "title": 5}), "numtitle", "title"),
    (json.dumps({**GOOD, "id": "nulltext", "text": None}), "nulltext", "no text"),
    ("[1, 2]", None, "object"),
]


def test_every_bad_line_is_a_problem_with_its_line_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = []
    for number, (bad, _, _) in enumerate(BAD_LINES):
        lines += [json.dumps({**GOOD, "id": f"good{number}"}), bad]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([path]))
    assert [d.id for d in items if isinstance(d, SourceDocument)] == [f"good{n}" for n in range(len(BAD_LINES))]
    problems = [p for p in items if isinstance(p, IngestProblem)]
    assert len(problems) == len(BAD_LINES), problems
    for number, (problem, (_, doc_id, word)) in enumerate(zip(problems, BAD_LINES, strict=True)):
        assert problem.line == 2 * number + 2, problem
        assert problem.source == f"{path}:{problem.line}"
        assert problem.doc_id == doc_id, problem
        assert word in problem.reason.lower(), problem


@pytest.mark.parametrize(
    "record",
    [{"id": "a\n", "text": "t"}, {"id": "a", "text": "t", "url": "javascript alert"}, {"id": "a", "text": "\udc00"}],
)
def test_records_are_validated_where_they_enter(record: dict[str, object]) -> None:
    with pytest.raises(InputError):
        document_from_record(record, max_chars=1000)
