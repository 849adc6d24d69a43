"""``import_dump``: streams real Wikidata dump framing, filters, trims, merges, and
reports malformed lines instead of crashing."""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_builder.errors import KnowledgeBaseError
from graph_builder.link import KnowledgeBase, Linker, import_dump
from graph_builder.link.dump import _Counter, iter_entities, slim
from graph_builder.link.wikidata_json import item_claim, item_record

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikidata-dump-sample"


def _entity(qid: str, label: str, p31: str, **extra: object) -> dict[str, object]:
    record = item_record(qid, label, claims={"P31": [item_claim("P31", p31)]})
    record["labels"]["fr"] = {"language": "fr", "value": label + " (fr)"}
    record["claims"]["P18"] = [item_claim("P18", "Q1")]  # a claim the KB does not keep
    record["sitelinks"] = {"enwiki": {"site": "enwiki", "title": label}, "frwiki": {"site": "frwiki", "title": label}}
    record.update(extra)
    return record


def _dump_lines(entities: list[dict[str, object]]) -> list[str]:
    """The dump framing: "[", one entity per line with a trailing comma except the last, "]"."""
    body = [json.dumps(entity) + ",\n" for entity in entities]
    body[-1] = body[-1].removesuffix(",\n") + "\n"
    return ["[\n", *body, "]\n"]


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_import_the_sample_bz2_dump_keeps_english_and_the_kb_claims(tmp_path: Path) -> None:
    stats = import_dump(SAMPLE / "sample_wikidata_items.json.bz2", tmp_path, progress=False)
    items = _read(tmp_path / "imported.jsonl")
    assert stats.read == 100 and stats.kept == 100 and stats.malformed == 0
    assert stats.target == tmp_path / "imported.jsonl" and stats.total_in_target == 100
    belgium = next(item for item in items if item["id"] == "Q31")
    assert belgium["labels"] == {"en": {"language": "en", "value": "Belgium"}}
    assert set(belgium["claims"]) <= {"P31", "P17", "P36", "P1549"} and belgium["claims"]["P36"]
    assert isinstance(belgium["sitelinks"], int) and belgium["sitelinks"] > 100
    fields = {"id", "type", "labels", "descriptions", "aliases", "claims", "sitelinks"}
    assert all(set(item) == fields for item in items)
    kb = KnowledgeBase.load(tmp_path)
    belgium_entity = kb.get("Q31")
    assert len(kb) >= 60  # items whose P31 the class table knows (countries, cities …)
    assert belgium_entity is not None and belgium_entity.contract_class == "State"
    assert belgium_entity.popularity == belgium["sitelinks"]
    found = Linker(kb).link("Belgium", "GPE")
    assert found is not None and found.qid == "Q31"


def test_import_filters_by_class_and_by_qid(tmp_path: Path) -> None:
    dump = SAMPLE / "sample_wikidata_items.json.bz2"
    by_class = import_dump(dump, tmp_path / "a.jsonl", classes={"Q6256"}, progress=False)
    by_qid = import_dump(dump, tmp_path / "b.jsonl", qids={"Q31", "Q90000000"}, progress=False)
    assert by_class.kept >= 1 and by_class.kept + by_class.filtered_out == by_class.read == 100
    assert all("Q6256" in json.dumps(item["claims"]["P31"]) for item in _read(tmp_path / "a.jsonl"))
    assert by_qid.kept == 1 and [item["id"] for item in _read(tmp_path / "b.jsonl")] == ["Q31"]


def test_import_of_a_single_api_entity_file(tmp_path: Path) -> None:
    stats = import_dump(SAMPLE / "Q31.json", tmp_path, progress=False)
    assert stats.kept == 1 and stats.malformed == 0
    assert _read(tmp_path / "imported.jsonl")[0]["labels"]["en"]["value"] == "Belgium"


def test_a_gzip_dump_with_malformed_lines_is_imported_and_the_lines_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entities = [_entity("Q101", "Alphaville", "Q515"), _entity("Q102", "Betaland", "Q6256")]
    lines = [
        "[\n",
        json.dumps(entities[0]) + ",\n",
        '{"id": "Q103", "labels": \n',
        "not json at all,\n",
        "[1, 2],\n",
        json.dumps(entities[1]) + "\n",
        "]\n",
    ]
    source = tmp_path / "dump.json.gz"
    with gzip.open(source, "wt", encoding="utf-8") as out:
        out.writelines(lines)
    stats = import_dump(source, tmp_path / "kb", progress=True)
    assert (stats.read, stats.kept, stats.malformed) == (2, 2, 3)
    assert stats.malformed_lines == (3, 4, 5)
    assert "2 kept, 3 malformed" in capsys.readouterr().err
    imported = _read(tmp_path / "kb" / "imported.jsonl")
    assert [item["sitelinks"] for item in imported] == [2, 2]
    assert "P18" not in imported[0]["claims"] and "fr" not in imported[0]["labels"]


def test_import_merges_into_an_existing_target_and_the_kb_reads_it(tmp_path: Path) -> None:
    first = tmp_path / "one.json"
    second = tmp_path / "two.json.bz2"
    first.write_text("".join(_dump_lines([_entity("Q201", "Oldtown", "Q515"), _entity("Q202", "Keepville", "Q515")])))
    with bz2.open(second, "wt", encoding="utf-8") as out:
        out.writelines(_dump_lines([_entity("Q201", "Newtown", "Q515")]))
    import_dump(first, tmp_path / "kb", progress=False)
    stats = import_dump(second, tmp_path / "kb", progress=False)
    assert stats.kept == 1 and stats.total_in_target == 2
    kb = KnowledgeBase.load(tmp_path / "kb")
    renamed, kept = kb.get("Q201"), kb.get("Q202")
    assert renamed is not None and renamed.label == "Newtown" and renamed.popularity == 2.0
    assert kept is not None and kept.contract_class == "Place"
    found = Linker(kb).link("Keepville", "GPE")
    assert found is not None and found.qid == "Q202"


def test_entities_are_read_one_line_at_a_time() -> None:
    """The importer consumes an iterator lazily: each entity is yielded before the next
    line is read, so memory does not grow with the dump."""
    consumed: list[int] = []

    def lines() -> Iterator[str]:
        yield "[\n"
        for number in range(1, 1_000_001):
            consumed.append(number)
            yield json.dumps({"id": f"Q{number}", "type": "item"}) + ",\n"
        yield "]\n"

    counter = _Counter()
    stream = iter_entities(lines(), counter)
    first_three = [next(stream)["id"] for _ in range(3)]
    assert first_three == ["Q1", "Q2", "Q3"]
    assert consumed == [1, 2, 3]  # a million-line source, three lines read


def test_slim_keeps_only_what_the_kb_needs() -> None:
    entity = _entity("Q5", "Someone", "Q5", descriptions={"en": {"language": "en", "value": "a person"}, "de": {}})
    trimmed = slim(entity)
    assert trimmed["descriptions"] == {"en": {"language": "en", "value": "a person"}}
    assert set(trimmed["claims"]) == {"P31"} and trimmed["sitelinks"] == 2


def test_a_missing_or_truncated_dump_is_a_knowledge_base_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        import_dump(tmp_path / "nope.json.bz2", tmp_path, progress=False)
    truncated = tmp_path / "cut.json.gz"
    whole = gzip.compress(b"[\n" + b"".join(b'{"id": "Q%d"},\n' % n for n in range(1, 50_000)))
    truncated.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(KnowledgeBaseError):
        import_dump(truncated, tmp_path / "out.jsonl", progress=False)
    assert not (tmp_path / "out.jsonl").exists()
