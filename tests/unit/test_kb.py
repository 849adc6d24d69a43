"""The shipped knowledge base: loads, is large enough, is valid Wikidata JSON, and every
curated entity names the public source its QID was verified against."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from graph_builder.errors import KnowledgeBaseError
from graph_builder.link import CONTRACT_CLASSES, KnowledgeBase, default_kb_dir
from graph_builder.link.build import build_items, unreliable_rows
from graph_builder.link.kb import item_ids

KB_DIR = default_kb_dir()
CURATED = KB_DIR / "sources" / "curated.jsonl"
SOURCES = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikidata-sources"
QID = re.compile(r"Q[1-9][0-9]*")


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(KB_DIR)


@pytest.fixture(scope="module")
def items() -> list[dict[str, object]]:
    return _lines(KB_DIR / "kb.jsonl")


def test_the_kb_loads_with_countries_cities_and_curated_entities(kb: KnowledgeBase) -> None:
    classes = Counter(entity.contract_class for entity in kb)
    assert len(kb) > 6000
    assert classes["State"] >= 240
    assert classes["Place"] >= 6000
    assert classes["InternationalOrganization"] >= 50
    assert classes["Person"] >= 20
    assert set(classes) <= set(CONTRACT_CLASSES)


def test_every_curated_entity_has_a_source_and_a_well_formed_unique_qid() -> None:
    entries = _lines(CURATED)
    beyond_countries_and_cities = [e for e in entries if e["class"] != "State" and "Q515" not in e["p31"]]  # type: ignore[operator]
    assert len(beyond_countries_and_cities) >= 400
    by_class = Counter(str(e["class"]) for e in beyond_countries_and_cities)
    assert min(by_class[c] for c in ("Person", "ArmedForce", "GovernmentBody", "InternationalOrganization")) >= 25
    ids = [str(entry["id"]) for entry in entries]
    assert all(QID.fullmatch(qid) for qid in ids)
    assert len(ids) == len(set(ids)), [q for q, n in Counter(ids).items() if n > 1]
    for entry in entries:
        assert isinstance(entry["source"], str) and len(entry["source"]) > 10, entry
        assert entry["class"] in CONTRACT_CLASSES, entry


def test_the_shipped_items_are_valid_wikidata_entity_json(items: list[dict[str, object]]) -> None:
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    for item in items:
        assert QID.fullmatch(str(item["id"])) and item["type"] == "item"
        labels = item["labels"]
        assert isinstance(labels, dict) and labels["en"]["language"] == "en" and labels["en"]["value"]
        claims = item["claims"]
        assert isinstance(claims, dict) and claims.get("P31"), item["id"]
        for prop, statements in claims.items():
            for statement in statements:
                snak = statement["mainsnak"]
                assert statement["type"] == "statement" and statement["rank"] == "normal"
                assert snak["property"] == prop and snak["snaktype"] == "value"
                value = snak["datavalue"]["value"]
                if snak["datavalue"]["type"] == "wikibase-entityid":
                    assert value["entity-type"] == "item" and value["id"] == f"Q{value['numeric-id']}"
                elif prop == "P625":
                    assert snak["datavalue"]["type"] == "globecoordinate" and value["globe"].endswith("/Q2")
                    assert -90 <= value["latitude"] <= 90 and -180 <= value["longitude"] <= 180
                else:
                    assert snak["datavalue"]["type"] == "monolingualtext" and value["language"] == "en"
        assert isinstance(item.get("popularity"), int | float)
        assert isinstance(item["parley"], dict) and item["parley"]["source"]  # type: ignore[index]


def test_countries_carry_capital_and_demonym_claims(items: list[dict[str, object]]) -> None:
    by_id = {str(item["id"]): item for item in items}
    russia = by_id["Q159"]
    assert item_ids(russia["claims"], "P36") == ["Q649"]  # type: ignore[arg-type]
    demonyms = [s["mainsnak"]["datavalue"]["value"]["text"] for s in russia["claims"]["P1549"]]  # type: ignore[index]
    assert "Russian" in demonyms
    assert item_ids(by_id["Q212"]["claims"], "P36") == ["Q1899"]  # type: ignore[arg-type]


def test_capitals_know_their_state(kb: KnowledgeBase) -> None:
    moscow, kyiv = kb.get("Q649"), kb.get("Q1899")
    assert moscow is not None and moscow.capital_of == "Q159" and moscow.country == "Q159"
    assert kyiv is not None and kyiv.capital_of == "Q212"
    assert kb.get("Q517568") is None  # the CSV's wrong Kyiv QID is replaced


def test_the_build_is_deterministic_and_matches_the_committed_file(items: list[dict[str, object]]) -> None:
    built, stats = build_items(SOURCES, CURATED)
    assert built == items
    assert stats.total == len(items) and stats.replaced == 2


def test_a_qid_the_csv_gives_to_different_places_is_dropped_unless_one_dominates() -> None:
    rows = [
        {"qid": "Q1", "name": "Big", "population": "8000000"},
        {"qid": "Q1", "name": "Suburb", "population": "80000"},
        {"qid": "Q2", "name": "Alpha", "population": "200000"},
        {"qid": "Q2", "name": "Beta", "population": "150000"},
        {"qid": "Q3", "name": "NanJing", "population": "100"},
        {"qid": "Q3", "name": "Nanjing", "population": "100"},
    ]
    dropped, lost = unreliable_rows(rows)
    assert dropped == {1, 2, 3, 5} and lost == 1


def test_a_missing_directory_or_a_broken_line_is_a_knowledge_base_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        KnowledgeBase.load(tmp_path / "missing")
    (tmp_path / "bad.jsonl").write_text('{"id": "Q1"\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.jsonl:1"):
        KnowledgeBase.load(tmp_path)


def test_a_directory_without_jsonl_files_is_an_error_not_an_empty_kb(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"holds no \.jsonl files"):
        KnowledgeBase.load(tmp_path)


def test_an_empty_kb_dir_setting_means_the_shipped_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph_builder.config import Settings

    monkeypatch.setenv("PARLEY_KB_DIR", "")
    assert Settings().kb_dir is None


def test_the_shipped_file_wins_over_imports_and_learned_items(tmp_path: Path) -> None:
    from graph_builder.link.wikidata_json import item_claim, item_record

    def line(label: str, p31: str) -> str:
        return json.dumps(item_record("Q38799", label, claims={"P31": [item_claim("P31", p31)]})) + "\n"

    (tmp_path / "kb.jsonl").write_text(line("Hamas", "Q17149090"), encoding="utf-8")
    (tmp_path / "imported.jsonl").write_text(line("Imported label", "Q43229"), encoding="utf-8")  # sorts first
    learned = tmp_path / "learned.jsonl"
    learned.write_text(line("Learned label", "Q43229"), encoding="utf-8")
    entity = KnowledgeBase.load(tmp_path, learned=learned).get("Q38799")
    assert entity is not None and (entity.label, entity.contract_class) == ("Hamas", "ArmedForce")


def test_a_half_written_last_line_is_skipped_but_a_broken_middle_line_is_an_error(tmp_path: Path) -> None:
    from graph_builder.link.wikidata_json import item_claim, item_record

    whole = json.dumps(item_record("Q159", "Russia", claims={"P31": [item_claim("P31", "Q6256")]})) + "\n"
    (tmp_path / "kb.jsonl").write_text(whole + '{"id": "Q21', encoding="utf-8")  # another process mid-append
    assert "Q159" in KnowledgeBase.load(tmp_path)
    (tmp_path / "kb.jsonl").write_text('{"id": "Q21\n' + whole, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"kb\.jsonl:1: not JSON"):
        KnowledgeBase.load(tmp_path)
