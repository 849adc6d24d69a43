"""The CLI: every command documented, clean errors, exit codes that say what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def command_names() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback is not None)


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip()) > 40
    assert f"parley {name}" in README, f"`parley {name}` is missing from README.md"


def test_malformed_query_is_a_clean_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELEC ?x", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "malformed SPARQL" in result.output
    assert "Traceback" not in result.output


def test_build_reports_bad_documents_with_exit_code_2(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Armenia and Azerbaijan swapped prisoners of war.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "s"), "--published", "2025-01-02"]
    )
    assert result.exit_code == 2, result.output
    assert "built 1" in result.output and "failed 1" in result.output
    assert "empty" in result.output


def test_build_with_two_workers_builds_what_one_worker_builds(tmp_path: Path) -> None:
    from graph_builder.store import GraphStore

    (tmp_path / "in").mkdir()
    for name, text in [
        ("a.txt", "Armenia and Azerbaijan swapped prisoners of war on Monday."),
        ("b.txt", "Russian missiles struck Kharkiv overnight, Ukraine's air force said."),
        ("c.txt", "Israel and Hamas agreed to a ceasefire mediated by Qatar and Egypt."),
    ]:
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    exports = {}
    for workers in ("1", "2"):
        store = tmp_path / f"store{workers}"
        result = runner.invoke(
            app,
            ["build", str(tmp_path / "in"), "--store", str(store), "--published", "2025-01-02", "--workers", workers],
        )
        assert result.exit_code == 0, result.output
        assert "built 3" in result.output
        with GraphStore(store, read_only=True) as graph_store:
            exports[workers] = sorted(str(quad) for quad in graph_store.oxigraph)
    assert exports["1"] == exports["2"] and len(exports["1"]) > 30


def test_invalid_published_date_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "--published", "June 9"])
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.output


def test_kb_import_streams_a_dump_into_a_knowledge_base(tmp_path: Path) -> None:
    import gzip
    import json

    items = [
        {"id": "Q1", "type": "item", "labels": {"en": {"language": "en", "value": "Keep"}}, "claims": {}},
        {"id": "Q2", "type": "item", "labels": {"en": {"language": "en", "value": "Drop"}}, "claims": {}},
    ]
    dump = tmp_path / "dump.json.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as out:
        out.write("[\n" + ",\n".join(json.dumps(i) for i in items) + "\n]\n")
    result = runner.invoke(app, ["kb", "import", str(dump), "--target", str(tmp_path / "kb"), "--qid", "Q1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "kept 1" in result.output
    kept = [json.loads(line)["id"] for line in (tmp_path / "kb" / "imported.jsonl").read_text().splitlines()]
    assert kept == ["Q1"]
    assert "parley kb import" in README


def test_kb_link_shows_the_link_or_why_there_is_none() -> None:
    linked = runner.invoke(app, ["kb", "link", "the Hamas", "Kyiv", "--class", "ORG"])
    assert linked.exit_code == 0, linked.output
    lines = linked.output.strip().splitlines()
    assert lines[0] == "the Hamas → Q38799 Hamas (ArmedForce; exact, 100)"
    assert lines[1].startswith("Kyiv → NIL") and "Q1899 Kyiv (Place)" in lines[1]  # a city is not an ORG
    unknown = runner.invoke(app, ["kb", "link", "Zzyzx Liberation Front"])
    assert "NIL (no entity has this name)" in unknown.output


def test_a_bad_setting_is_one_clean_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PARLEY_STORE", "")
    result = runner.invoke(app, ["query", "ASK {}"])
    assert result.exit_code == 1
    assert "invalid setting PARLEY_STORE" in result.output and "Traceback" not in result.output


def test_an_empty_token_keeps_the_api_closed_rather_than_open(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph_builder.config import Settings

    monkeypatch.setenv("PARLEY_READ_TOKEN", "")
    monkeypatch.setenv("PARLEY_ADMIN_TOKEN", "")
    settings = Settings()
    assert settings.read_token == "" and settings.admin_token == ""  # not None, which would mean "open"


def test_an_empty_store_option_is_refused_too(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "ASK {}", "--store", ""])
    assert result.exit_code == 1 and "invalid setting PARLEY_STORE" in result.output
