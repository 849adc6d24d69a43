"""Reading the public corpora and scoring triggers through the mapping, on records written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph_builder.evaluation.corpus_score import format_corpus_report, score_corpus
from graph_builder.evaluation.external import (
    CorpusFormatError,
    detect_corpus,
    half_of,
    load_corpus,
    load_mapping,
)
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan

RAMS_RECORD = {
    "doc_key": "nw_test_1",
    "sentences": [["Rebels", "shelled", "the", "town", "."], ["Officials", "urged", "calm", "."]],
    "evt_triggers": [[1, 1, [["conflict.attack.n/a", 1.0]]]],
    "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"], [[1, 1], [2, 3], "evt001arg02target"]],
    "ent_spans": [],
}
ONEIE_DOC = {
    "doc_id": "test_doc",
    "tokens": ["A", "bomb", "exploded", "and", "police", "met", "the", "mayor", "."],
    "sentences": [],
    "entity_mentions": [
        {"id": "t-T1", "start": 4, "end": 5, "text": "police"},
        {"id": "t-T2", "start": 6, "end": 8, "text": "the mayor"},
    ],
    "event_mentions": [
        {"event_type": "Conflict.Attack.DetonateExplode", "trigger": {"start": 2, "end": 3}, "arguments": []},
        {
            "event_type": "Contact.Contact.Meet",
            "trigger": {"start": 5, "end": 6},
            "arguments": [
                {"entity_id": "t-T1", "role": "Participant"},
                {"entity_id": "t-T2", "role": "Participant"},
            ],
        },
        {"event_type": "Life.Die.Unspecified", "trigger": {"start": 0, "end": 1}, "arguments": []},
    ],
}


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _event(cls: str, trigger: tuple[int, int], text: str, *, agents=(), targets=(), participants=()) -> EventRecord:
    span = TextSpan(trigger[0], trigger[1], text[trigger[0] : trigger[1]])

    def refs(spans):
        return tuple(ActorRef(text[s:e], s, e, "ORG") for s, e in spans)

    return EventRecord(
        cls,
        evidence=(span,),
        triggers=(span,),
        agents=refs(agents),
        targets=refs(targets),
        participants=refs(participants),
    )


def test_formats_are_detected_from_their_keys(tmp_path: Path) -> None:
    assert detect_corpus(_write(tmp_path / "r.jsonl", RAMS_RECORD)) == "rams"
    assert detect_corpus(_write(tmp_path / "w.jsonl", ONEIE_DOC)) == "wikievents"
    assert detect_corpus(_write(tmp_path / "g.json", {**ONEIE_DOC, "wnd_id": "test_doc_1"})) == "geneva"
    assert detect_corpus(_write(tmp_path / "gold.jsonl", {"id": "p1", "text": "x", "events": []})) is None


def test_rams_tokens_become_character_spans_and_roles_lose_their_prefix(tmp_path: Path) -> None:
    corpus = load_corpus(_write(tmp_path / "r.jsonl", RAMS_RECORD))
    (document,) = corpus.documents
    assert document.text == "Rebels shelled the town . Officials urged calm ."
    (event,) = document.events
    assert document.text[event.start : event.end] == "shelled"
    assert event.classes == {"Attack"}
    assert [(a.role, a.slot, a.text) for a in event.arguments] == [
        ("attacker", "agent", "Rebels"),
        ("target", "target", "the town"),
    ]


def test_types_map_by_longest_prefix_and_unlisted_types_are_out_of_scope() -> None:
    rams = load_mapping("rams")
    assert rams.classes_of("conflict.attack.airstrikemissilestrike") == {"Attack"}
    assert rams.classes_of("conflict.attack.stealrobhijack") == frozenset()
    assert rams.classes_of("transaction.transfermoney.embargosanction") == {"Sanction"}
    assert rams.classes_of("transaction.transfermoney.purchase") == frozenset()
    assert rams.classes_of("life.die.deathcausedbyviolentevents") == frozenset()


def test_the_split_is_a_fixed_function_of_the_document_id() -> None:
    ids = [f"doc-{n}" for n in range(400)]
    halves = [half_of(i) for i in ids]
    assert halves == [half_of(i) for i in ids]
    assert 150 < halves.count("tune") < 250


def test_exhaustive_scoring_separates_right_wrong_and_out_of_scope_predictions(tmp_path: Path) -> None:
    corpus = load_corpus(_write(tmp_path / "w.jsonl", ONEIE_DOC))
    (document,) = corpus.documents
    text = document.text  # "A bomb exploded and police met the mayor ."
    exploded = (text.index("exploded"), text.index("exploded") + 8)
    met = (text.index("met"), text.index("met") + 3)
    police = (text.index("police"), text.index("police") + 6)
    extraction = DocumentExtraction(
        "doc-0",
        (
            _event("Attack", exploded, text),
            _event("Threat", met, text, participants=[police]),  # a wrong class on a gold trigger
            _event("Attack", (0, 1), text),  # on "A", annotated as an out-of-scope type
            _event("Threat", (text.index("mayor"), text.index("mayor") + 5), text),  # on nothing
            _event("Sanction", (text.index("police"), text.index("police") + 6), text),  # a class it lacks
        ),
        (),
        (),
    )
    report = score_corpus(corpus, "all", [(document, extraction)])
    assert report.exhaustive
    assert (report.classes["Attack"].gold, report.classes["Attack"].found) == (1, 1)
    assert (report.classes["Negotiation"].gold, report.classes["Negotiation"].found) == (1, 0)
    assert report.recall() == 0.5
    assert report.predicted_out_of_scope == {"Life.Die.Unspecified": 1}
    assert report.spurious == 1
    assert report.precision() == pytest.approx(1 / 3)
    assert report.confusion[("Negotiation", "Threat")] == 1
    assert report.confusion[("—", "Threat")] == 1
    assert report.predicted_uncovered == {"Sanction": 1}
    assert "Negotiation" in format_corpus_report(report)
    assert [(m.kind, m.gold, m.predicted, m.trigger) for m in report.misses] == [
        ("missed", "Negotiation", "Threat", "met"),
        ("false", "—", "Threat", "mayor"),
    ]
    assert report.misses[0].context == "A bomb exploded and police [met] the mayor ."
    listed = format_corpus_report(report, verbose=True)
    assert "missed " in listed and "police [met] the mayor" in listed and "A bomb exploded and police [met]" in listed
    assert "misses" not in report.to_dict() and len(report.to_dict(with_misses=True)["misses"]) == 2


def test_arguments_count_in_their_slot_only_on_found_events(tmp_path: Path) -> None:
    corpus = load_corpus(_write(tmp_path / "r.jsonl", RAMS_RECORD))
    (document,) = corpus.documents
    text = document.text
    shelled = (text.index("shelled"), text.index("shelled") + 7)
    rebels, town = (0, 6), (text.index("the town"), text.index("the town") + 8)
    found = DocumentExtraction("d", (_event("Attack", shelled, text, agents=[rebels], participants=[town]),), (), ())
    report = score_corpus(corpus, "all", [(document, found)])
    assert (report.roles["attacker"].gold, report.roles["attacker"].in_slot) == (1, 1)
    assert (report.roles["target"].in_slot, report.roles["target"].anywhere) == (0, 1)  # named, wrong slot
    wrong_class = DocumentExtraction("d", (_event("Aid", shelled, text, agents=[rebels]),), (), ())
    assert score_corpus(corpus, "all", [(document, wrong_class)]).roles == {}


def test_the_parties_of_symmetric_events_count_in_the_agent_and_target_slots(tmp_path: Path) -> None:
    record = {
        **RAMS_RECORD,
        "sentences": [["Kyiv", "pledged", "support", "to", "Chisinau", "."]],
        "evt_triggers": [[1, 1, [["contact.commitmentpromiseexpressintent.n/a", 1.0]]]],
        "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01communicator"], [[1, 1], [4, 4], "evt001arg02recipient"]],
    }
    corpus = load_corpus(_write(tmp_path / "r.jsonl", record))
    (document,) = corpus.documents
    text = document.text
    pledged = (text.index("pledged"), text.index("pledged") + 7)
    kyiv, chisinau = (0, 4), (text.index("Chisinau"), text.index("Chisinau") + 8)
    parties = _event("Agreement", pledged, text, participants=[kyiv, chisinau])
    report = score_corpus(corpus, "all", [(document, DocumentExtraction("d", (parties,), (), ()))])
    assert report.roles["communicator"].in_slot == 1
    assert report.roles["recipient"].in_slot == 1
    directed = _event("Demand", pledged, text, participants=[kyiv, chisinau])  # not symmetric: slots matter
    record["evt_triggers"] = [[1, 1, [["contact.requestadvise.n/a", 1.0]]]]
    corpus = load_corpus(_write(tmp_path / "r2.jsonl", record))
    (document,) = corpus.documents
    report = score_corpus(corpus, "all", [(document, DocumentExtraction("d", (directed,), (), ()))])
    assert report.roles["communicator"].in_slot == 0


def test_malformed_records_are_reported_with_their_line(tmp_path: Path) -> None:
    broken = {**RAMS_RECORD, "evt_triggers": [[1]]}
    with pytest.raises(CorpusFormatError, match=r"r\.jsonl:2: malformed rams record"):
        load_corpus(_write(tmp_path / "r.jsonl", RAMS_RECORD, broken))
    with pytest.raises(CorpusFormatError, match="not a RAMS, WikiEvents or GENEVA file"):
        load_corpus(_write(tmp_path / "x.jsonl", {"id": 1}))


def test_parley_evaluate_reads_a_corpus_file_and_prints_json(tmp_path: Path) -> None:
    import typer.testing

    from graph_builder.cli import app

    path = _write(tmp_path / "mini.jsonlines", RAMS_RECORD)
    result = typer.testing.CliRunner().invoke(app, ["evaluate", str(path), "--half", "all", "--json"])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.output)
    assert (report["corpus"], report["half"], report["gold_events_in_scope"]) == ("rams", "all", 1)
    assert report["classes"]["Attack"]["found"] == 1  # "Rebels shelled the town" is an attack
    bad = typer.testing.CliRunner().invoke(app, ["evaluate", str(path), "--half", "middle"])
    assert bad.exit_code != 0 and "choose tune, sealed, both or all" in bad.output


def test_parley_evaluate_scores_one_half_of_gold_passages(tmp_path: Path) -> None:
    import typer.testing

    from graph_builder.cli import app

    # "blind-01" falls in the tuning half and "blind-02" in the sealed half (SHA-256 of the id)
    assert (half_of("blind-01"), half_of("blind-02")) == ("tune", "sealed")
    passages = [
        {"id": pid, "text": text, "entities": [], "events": [], "relations": []}
        for pid, text in [("blind-01", "Talks resumed on Monday."), ("blind-02", "Rain fell.")]
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in passages), encoding="utf-8")
    runner = typer.testing.CliRunner()
    counts = {}
    for half in ("tune", "sealed", "both"):
        result = runner.invoke(app, ["evaluate", str(path), "--half", half, "--json"])
        assert result.exit_code == 0, result.output
        counts[half] = json.loads(result.output)["passages"]
    assert counts == {"tune": 1, "sealed": 1, "both": 2}
    bad = runner.invoke(app, ["evaluate", str(path), "--half", "middle"])
    assert bad.exit_code != 0 and "choose tune, sealed, both or all" in bad.output


def test_parley_evaluate_verbose_lists_a_corpus_miss_in_its_sentence(tmp_path: Path) -> None:
    import typer.testing

    from graph_builder.cli import app

    # the gold trigger is put on "town", where no extractor would find an attack
    record = {**RAMS_RECORD, "evt_triggers": [[3, 3, [["conflict.attack.n/a", 1.0]]]], "gold_evt_links": []}
    path = _write(tmp_path / "miss.jsonlines", record)
    result = typer.testing.CliRunner().invoke(app, ["evaluate", str(path), "--half", "all", "-v"])
    assert result.exit_code == 0, result.output
    assert "missed nw_test_1: Attack → —: Rebels shelled the [town] ." in result.output
    quiet = typer.testing.CliRunner().invoke(app, ["evaluate", str(path), "--half", "all"])
    assert "missed" not in quiet.output


def test_a_miss_context_stops_at_sentence_ends_and_whole_words() -> None:
    from graph_builder.evaluation.corpus_score import _context

    text = "Talks failed. Gunmen attacked a convoy near the border. Nobody was hurt."
    start = text.index("attacked")
    assert _context(text, start, start + 8) == "Gunmen [attacked] a convoy near the border."
    long = "word " * 60 + "raided " + "word " * 60
    start = long.index("raided")
    context = _context(long, start, start + 6, reach=40)
    assert context.startswith("…word ") and "[raided]" in context and len(context) < 100
