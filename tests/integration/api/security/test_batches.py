"""A batch with bad lines stores the good documents and reports every bad one, over HTTP
and in ``parley build`` (exit code 2, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from tests.integration.api.conftest import REPO

GOOD = "Russia and Ukraine exchanged {n} prisoners of war in Istanbul."
BAD = [
    ('{"id": "hostile-newline\\n", "text": "Talks resumed in Geneva."}', "line 2", "invalid document id"),
    ('{"id": "hostile-url", "text": "Talks resumed.", "url": "not an IRI <>"}', "line 4", "url"),
    ('{"id": "hostile-surrogate", "text": "Talks \\ud800 resumed."}', "line 6", "surrogate"),
    ('{"id": "hostile-deep", "text": "x", "title": ' + "[" * 20_000 + "]" * 20_000 + "}", "line 8", "nest"),
    ('{"id": "hostile-number", "text": "Talks.", "published": ' + "7" * 5000 + "}", "line 10", "number"),
]


def _batch(prefix: str) -> tuple[str, list[str]]:
    lines, good = [], []
    for n, (bad, _, _) in enumerate(BAD):
        good.append(f"{prefix}-{n}")
        lines += [json.dumps({"id": good[-1], "text": GOOD.format(n=n + 10), "published": "2025-06-09"}), bad]
    return "\n".join(lines) + "\n", good


def test_documents_batch_reports_bad_lines_and_stores_the_rest(admin: httpx.Client) -> None:
    body, good = _batch("batch")
    response = admin.post("/documents", content=body, headers={"Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert sorted(d["id"] for d in report["built"]) == sorted(good)
    problems = report["problems"]
    assert [(p["source"], p["line"]) for p in problems] == [(where, int(where.split()[1])) for _, where, _ in BAD]
    for problem, (_, _, word) in zip(problems, BAD, strict=True):
        assert word in problem["reason"].lower(), problem
    assert problems[0]["doc_id"] == "hostile-newline\n"
    for doc_id in good:
        assert admin.delete(f"/documents/{doc_id}").status_code == 200


def test_build_reports_bad_lines_and_exits_2(tmp_path: Path) -> None:
    body, good = _batch("cli")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(body, encoding="utf-8")
    store = tmp_path / "store"
    done = subprocess.run(
        [sys.executable, "-m", "graph_builder.cli", "build", str(batch), "--store", str(store)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"built {len(good)}, unchanged 0, failed {len(BAD)}" in done.stdout
    for _, where, word in BAD:
        line = where.split()[1]
        (message,) = [m for m in done.stderr.splitlines() if m.startswith(f"error: {batch}:{line}:")]
        assert word in message.lower(), message


def test_undated_txt_with_relative_dates_is_built_with_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Russian forces attacked Kharkiv on Tuesday, killing three people.", encoding="utf-8")
    command = [sys.executable, "-m", "graph_builder.cli", "build", str(article), "--store", str(tmp_path / "store")]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (warning,) = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert "undated: no publication date" in warning and "'on Tuesday'" in warning, warning
    dated = subprocess.run([*command, "--published", "2025-06-12", "--force"], cwd=REPO, capture_output=True, text=True)
    assert dated.returncode == 0 and "warning:" not in dated.stderr, dated.stderr
