"""Online mode against a local HTTP server that serves recorded Wikidata API responses."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_builder.config import Settings
from graph_builder.link import KnowledgeBase, Linker
from graph_builder.link.online import MAX_FAILURES
from graph_builder.link.wikidata_json import item_claim, item_record
from graph_builder.notebook import online_mode
from graph_builder.pipeline import load_linker
from tests.integration.wikidata_api import RecordedWikidataApi


@pytest.fixture()
def api() -> Iterator[RecordedWikidataApi]:
    with RecordedWikidataApi().running() as server:
        yield server


@pytest.fixture()
def kb_dir(tmp_path: Path) -> Path:
    """A knowledge base that knows Russia and nothing else."""
    directory = tmp_path / "kb"
    directory.mkdir()
    russia = item_record(
        "Q159", "Russia", aliases=["Russian Federation"], claims={"P31": [item_claim("P31", "Q6256")]}, popularity=200
    )
    (directory / "kb.jsonl").write_text(json.dumps(russia) + "\n", encoding="utf-8")
    return directory


def _settings(kb_dir: Path, api: RecordedWikidataApi, cache: Path, *, online: bool = True) -> Settings:
    return Settings(
        kb_dir=kb_dir,
        wikidata_online=online,
        wikidata_api=api.url,
        wikidata_cache=cache,
        wikidata_learned=_learned_file(kb_dir),
    )


def _learned_file(kb_dir: Path) -> Path:
    return kb_dir.parent / "learned.jsonl"


def _learned(kb_dir: Path) -> list[str]:
    path = _learned_file(kb_dir)
    return [json.loads(line)["id"] for line in path.read_text().splitlines()] if path.exists() else []


def test_offline_by_default_nothing_is_sent(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    assert Settings().wikidata_online is False
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache", online=False))
    assert linker.link_entity("Belgorod Oblast", "GPE", ()) is None
    assert api.requests == []
    assert not (tmp_path / "cache").exists() and _learned(kb_dir) == []


def test_online_mode_links_an_unknown_name_and_keeps_it_for_offline_runs(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    found = linker.link_entity("Belgorod Oblast", "GPE", ())
    assert found is not None and (found.qid, found.contract_class, found.country) == ("Q3329", "Place", "Q159")
    assert api.actions() == ["wbsearchentities", "wbgetentities"]
    assert api.requests[0]["search"] == "Belgorod Oblast" and api.requests[1]["ids"] == "Q3329"
    assert all(agent.startswith("Parley/") and "knowledge-graph" in agent for agent in api.user_agents)
    assert _learned(kb_dir) == ["Q3329"]

    offline = Linker(KnowledgeBase.load(kb_dir, learned=_learned_file(kb_dir)))  # the next run, no network
    result = offline.link("Belgorod Oblast", "GPE")
    assert result is not None and result.qid == "Q3329"


def test_a_name_already_in_the_knowledge_base_is_never_looked_up(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    found = linker.link_entity("Russian Federation", "GPE", ())
    assert found is not None and found.qid == "Q159"
    assert api.requests == []


def test_responses_are_cached_on_disk_across_runs(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, _ = load_linker(_settings(kb_dir, api, cache))
    assert first.link_entity("Kaliningrad Oblast", "GPE", ()) is not None
    sent = len(api.requests)
    _learned_file(kb_dir).unlink()  # forget the learned item: only the response cache is left
    api.failing = True
    second, _ = load_linker(_settings(kb_dir, api, cache))
    found = second.link_entity("Kaliningrad Oblast", "GPE", ())
    assert found is not None and found.qid == "Q1749"
    assert len(api.requests) == sent


def test_api_candidates_still_pass_the_offline_rules(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    # a prefix hit ("Bryansk" → Bryansk Oblast) is a candidate, not a link
    assert linker.link_entity("Bryansk", "GPE", ()) is None
    # a hit whose class the contract does not know (a whisky) is never learned
    assert linker.link_entity("Talisker", "ORG", ()) is None
    # a place is no answer for a person mention, but is for a place mention
    assert linker.link_entity("Tours", "PERSON", ()) is None
    found = linker.link_entity("Tours", "GPE", ())
    assert found is not None and found.qid == "Q288"
    assert _learned(kb_dir) == ["Q288"]  # only items named exactly what was asked
    assert api.actions().count("wbsearchentities") == 3  # the second "Tours" came from the disk cache


def test_a_name_a_known_entity_has_is_never_looked_up(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    assert linker.link_entity("Russia", "PERSON", ()) is None  # NIL for the class, not for want of candidates
    assert api.requests == []


def test_a_learned_item_never_takes_a_name_a_known_entity_has(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    lookalike = item_record("Q4", "Brânsk Oblast'", claims={"P31": [item_claim("P31", "Q515")]}, popularity=1)
    with (kb_dir / "kb.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(lookalike) + "\n")
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    found = linker.link_entity("Bryansk Oblast", "GPE", ())
    assert found is not None and found.qid == "Q2810" and found.aliases == ()  # its alias names Q4: dropped
    assert json.loads(_learned_file(kb_dir).read_text())["aliases"] == {}
    again = linker.link_entity("Brânsk Oblast'", "GPE", ())
    assert again is not None and again.qid == "Q4"


def test_a_learned_name_is_found_by_alias_too(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    found = linker.link_entity("Brânsk Oblast'", "GPE", ())
    assert found is not None and found.qid == "Q2810"


def test_an_unreachable_api_leaves_the_build_offline(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    api.failing = True
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    names = ["Belgorod Oblast", "Bryansk Oblast", "Kaliningrad Oblast", "Tours", "Talisker"]
    with caplog.at_level(logging.WARNING, logger="graph_builder.link.online"):
        assert [linker.link_entity(name, "GPE", ()) for name in names] == [None] * len(names)
    assert len(api.requests) == MAX_FAILURES  # then it stops asking for the rest of the run
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "503" in warnings[0] and "offline" in warnings[0]
    assert _learned(kb_dir) == []


def test_the_switch_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_WIKIDATA_ONLINE", "1")
    assert Settings().wikidata_online is True and online_mode() is True
    monkeypatch.setenv("PARLEY_WIKIDATA_ONLINE", "0")
    assert Settings().wikidata_online is False and online_mode() is False


def test_a_build_in_online_mode_writes_the_learned_link_into_the_graph(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    from datetime import date

    from rdflib import OWL, URIRef

    from graph_builder.ingest import SourceDocument
    from graph_builder.pipeline import Builder

    builder = Builder(_settings(kb_dir, api, tmp_path / "cache"))
    text = "Ukraine shelled villages in Belgorod Oblast on Monday."  # the model tags the oblast ORG
    doc = SourceDocument("belgorod", text, date(2025, 6, 9))
    [(_, _, mapped)] = list(builder.build([doc]))
    graph = mapped.as_graph()
    assert (None, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q3329")) in graph
    assert "Q3329" in _learned(kb_dir)


def test_a_request_told_to_retry_shortly_is_retried_once(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    api.throttle = 1  # the first request gets 429 with Retry-After: 0
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    found = linker.link_entity("Belgorod Oblast", "GPE", ())
    assert found is not None and found.qid == "Q3329"
    assert api.actions() == ["wbsearchentities", "wbsearchentities", "wbgetentities"]


def test_throttling_that_does_not_stop_counts_as_a_failure(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    api.throttle = 100
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    assert linker.link_entity("Belgorod Oblast", "GPE", ()) is None
    assert len(api.requests) == 2  # one retry, then the lookup gives up


def test_malformed_answers_and_a_damaged_cache_never_stop_a_build(
    kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    api.malformed = True
    linker, _ = load_linker(_settings(kb_dir, api, cache))
    assert linker.link_entity("Belgorod Oblast", "GPE", ()) is None
    assert _learned(kb_dir) == []
    for number, cached in enumerate(sorted(cache.rglob("*.json"))):
        # a disk filled up mid-write, or an answer of the wrong shape
        cached.write_text("{not json" if number % 2 else '{"entities": [], "search": 5}', encoding="utf-8")
    api.malformed = False
    again, _ = load_linker(_settings(kb_dir, api, cache))
    found = again.link_entity("Belgorod Oblast", "GPE", ())
    assert found is not None and found.qid == "Q3329"  # the damaged entries were asked again


def test_online_mode_builds_with_one_worker(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    from graph_builder.errors import ParleyError
    from graph_builder.parallel import ParallelBuilder

    with pytest.raises(ParleyError, match="one worker"):
        ParallelBuilder(_settings(kb_dir, api, tmp_path / "cache"), workers=2)


def test_states_and_group_names_are_never_learned(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    from graph_builder.entities import EntityResolver
    from graph_builder.extract.records import ActorRef

    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    assert linker.link_entity("Belgium", "State", ()) is None  # every country ships; none is learned
    # a people no state answers for is a group of its own name, never the town, never looked up
    people = EntityResolver(linker).resolve(ActorRef("Tours", 0, 5, "NORP"))
    assert people is not None and (people.label, people.contract_class, people.qid) == ("Tours", "Group", None)
    assert api.requests == [] and _learned(kb_dir) == []


def test_a_torn_learned_file_is_mended_not_fatal(kb_dir: Path, api: RecordedWikidataApi, tmp_path: Path) -> None:
    _learned_file(kb_dir).write_text('{"id": "Q9", "type": "item", "lab', encoding="utf-8")  # an append cut short
    linker, _ = load_linker(_settings(kb_dir, api, tmp_path / "cache"))
    assert linker.link_entity("Belgorod Oblast", "GPE", ()) is not None
    offline = Linker(KnowledgeBase.load(kb_dir, learned=_learned_file(kb_dir)))  # the torn line is skipped
    found = offline.link("Belgorod Oblast", "GPE")
    assert found is not None and found.qid == "Q3329"
