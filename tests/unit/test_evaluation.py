"""Gold-format scoring on hand-made passages and graphs; expected figures worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from graph_builder.errors import InputError
from graph_builder.evaluation import (
    EvaluationReport,
    GoldEntity,
    GoldEvent,
    GoldPassage,
    GoldRelation,
    PassageScore,
    aggregate,
    format_report,
    load_gold,
    normalise,
    score_passage,
)
from graph_builder.namespaces import PA, PID, WD

DEV = Path("/work/shared/eval/dev.jsonl")

TEXT = (
    "Russia and Ukraine swapped 90 prisoners in Istanbul on Monday. "
    "Kyiv accused Moscow of shelling Kharkiv. Talks were held."
)
EXCHANGE = "Russia and Ukraine swapped 90 prisoners"
ACCUSATION = "Kyiv accused Moscow of shelling Kharkiv"
TALKS = "Talks were held"

ENTITIES = (
    GoldEntity("Russia", "State", "Q159", ("Moscow", "Russia's")),
    GoldEntity("Ukraine", "State", "Q212", ("Kyiv",)),
    GoldEntity("Istanbul", "Place", "Q406"),
    GoldEntity("Kharkiv", "Place", None),
    GoldEntity("Belarus", "State", "Q184"),
    GoldEntity("Turkey", "State", "Q43", ("Türkiye",)),
)
EXCHANGE_EVENT = GoldEvent(
    "PrisonerExchange", (EXCHANGE,), participants=("Russia", "Ukraine"),
    location="Istanbul", date="2025-06-09", quantity=90,
)
ACCUSATION_EVENT = GoldEvent(
    "Accusation", (ACCUSATION,), participants=("Ukraine", "Russia"), agent=("Ukraine",), target=("Russia",)
)
TALKS_EVENT = GoldEvent("Negotiation", (TALKS,))
RELATIONS = (GoldRelation("Belarus", "allyOf", "Russia"), GoldRelation("Istanbul", "locatedIn", "Turkey"))


def passage(*events: GoldEvent, relations: tuple[GoldRelation, ...] = ()) -> GoldPassage:
    return GoldPassage("t1", TEXT, ENTITIES, events, relations, published="2025-06-09")


FULL = passage(EXCHANGE_EVENT, ACCUSATION_EVENT, TALKS_EVENT, relations=RELATIONS)


def actor(graph: Graph, key: str, label: str, alt: tuple[str, ...] = (), qid: str | None = None) -> URIRef:
    node = URIRef(PID["actor/" + key])
    graph.add((node, RDF.type, PA.Actor))
    graph.add((node, RDFS.label, Literal(label)))
    for form in alt:
        graph.add((node, SKOS.altLabel, Literal(form)))
    if qid is not None:
        graph.add((node, OWL.sameAs, URIRef(WD[qid])))
    return node


def event(
    graph: Graph, kind: str, evidence: str, *,
    participants: tuple[URIRef, ...] = (), agents: tuple[URIRef, ...] = (), targets: tuple[URIRef, ...] = (),
    location: URIRef | None = None, date: str | None = None, quantity: int | None = None,
    reported_by: tuple[URIRef, ...] = (), start: int | None = None,
) -> URIRef:
    begin = TEXT.index(evidence) if start is None else start
    end = begin + len(evidence)
    node, mention = URIRef(PID[f"event/t1-{begin}-{end}-{kind}"]), URIRef(PID[f"mention/t1-{begin}-{end}"])
    graph.add((node, RDF.type, PA[kind]))
    graph.add((node, PA.evidence, mention))
    graph.add((mention, PA.charStart, Literal(begin, datatype=XSD.integer)))
    graph.add((mention, PA.charEnd, Literal(end, datatype=XSD.integer)))
    graph.add((mention, PA.text, Literal(TEXT[begin:end])))
    for predicate, nodes in ((PA.participant, participants), (PA.agent, agents), (PA.target, targets),
                             (PA.reportedBy, reported_by)):
        for value in nodes:
            graph.add((node, predicate, value))
    if location is not None:
        graph.add((node, PA.location, location))
    if date is not None:
        graph.add((node, PA.date, Literal(date, datatype=XSD.date if len(date) == 10 else XSD.gYearMonth)))
    if quantity is not None:
        graph.add((node, PA.quantity, Literal(quantity, datatype=XSD.integer)))
    return node


def actors(graph: Graph) -> dict[str, URIRef]:
    """Every gold entity as a correctly labelled and linked node."""
    return {
        entity.name: actor(graph, entity.name.lower(), entity.name, qid=entity.wikidata)
        for entity in ENTITIES
    }


def perfect_graph() -> Graph:
    graph = Graph()
    a = actors(graph)
    event(graph, "PrisonerExchange", EXCHANGE, participants=(a["Russia"], a["Ukraine"]),
          location=a["Istanbul"], date="2025-06-09", quantity=90)
    event(graph, "Accusation", ACCUSATION, participants=(a["Ukraine"], a["Russia"]),
          agents=(a["Ukraine"],), targets=(a["Russia"],))
    event(graph, "Negotiation", TALKS)
    graph.add((a["Belarus"], PA.allyOf, a["Russia"]))
    graph.add((a["Istanbul"], PA.locatedIn, a["Turkey"]))
    return graph


def test_perfect_match_scores_one_everywhere() -> None:
    score = score_passage(FULL, perfect_graph())
    assert (score.events.gold, score.events.predicted) == (3, 3)
    assert (score.events.gold_matched, score.events.predicted_matched, score.events.duplicates) == (3, 3, 0)
    # exchange: 2 participants + location + date + quantity; accusation: 2 participants
    assert (score.arguments.tp, score.arguments.fp, score.arguments.fn) == (7, 0, 0)
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (2, 0, 0)
    assert (score.linking.gold_with_qid, score.linking.linked, score.linking.predicted_links) == (5, 5, 5)
    for value in (score.events.precision, score.events.recall, score.events.f1, score.arguments.f1,
                  score.relations.f1, score.linking.accuracy, score.linking.precision):
        assert value == 1.0
    assert score.missed_events == score.spurious_events == ()
    assert score.argument_errors == ()


def test_wrong_type_is_a_miss_and_a_spurious_prediction() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "Release", EXCHANGE, participants=(a["Russia"], a["Ukraine"]))
    event(graph, "Accusation", ACCUSATION, participants=(a["Ukraine"], a["Russia"]))
    score = score_passage(passage(EXCHANGE_EVENT, ACCUSATION_EVENT), graph)
    assert (score.events.gold_matched, score.events.predicted_matched) == (1, 1)
    assert score.events.precision == 0.5 and score.events.recall == 0.5
    assert score.missed_events == (f"PrisonerExchange: {EXCHANGE!r}",)
    assert score.spurious_events == (f"Release: {EXCHANGE!r}",)


def test_adjacent_span_does_not_overlap() -> None:
    graph = Graph()
    a = actors(graph)
    # starts exactly where the gold evidence ends: offsets are end-exclusive
    event(graph, "PrisonerExchange", " in Istanbul", participants=(a["Russia"],))
    score = score_passage(passage(EXCHANGE_EVENT), graph)
    assert (score.events.gold_matched, score.events.predicted_matched) == (0, 0)
    assert score.events.f1 == 0.0


def test_one_character_overlap_is_enough() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "PrisonerExchange", "s in Istanbul", participants=(a["Russia"],))
    assert score_passage(passage(EXCHANGE_EVENT), graph).events.gold_matched == 1


def test_participant_mismatch_prevents_match() -> None:
    graph = Graph()
    a = actors(graph)
    wagner = actor(graph, "wagner", "Wagner Group")
    event(graph, "PrisonerExchange", EXCHANGE, participants=(a["Belarus"], wagner), agents=(a["Turkey"],))
    score = score_passage(passage(EXCHANGE_EVENT), graph)
    assert (score.events.gold_matched, score.events.predicted_matched) == (0, 0)


def test_target_counts_as_participant() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "PrisonerExchange", EXCHANGE, targets=(a["Ukraine"],))
    assert score_passage(passage(EXCHANGE_EVENT), graph).events.gold_matched == 1


def test_gold_event_without_participants_matches_on_type_and_span() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "Negotiation", TALKS, participants=(a["Russia"],))
    event(graph, "Negotiation", "were held.", start=TEXT.index("were held."))
    score = score_passage(passage(TALKS_EVENT), graph)
    assert (score.events.gold_matched, score.events.predicted_matched, score.events.duplicates) == (1, 2, 1)
    # the prediction with an extra participant is not the best one: it has a wrong tuple
    assert (score.arguments.tp, score.arguments.fp, score.arguments.fn) == (0, 0, 0)


def test_duplicates_are_counted_and_best_prediction_scores_arguments() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "PrisonerExchange", "Russia and Ukraine swapped", participants=(a["Russia"],))
    event(graph, "PrisonerExchange", EXCHANGE, participants=(a["Russia"], a["Ukraine"]),
          location=a["Istanbul"], date="2025-06-09", quantity=90)
    score = score_passage(passage(EXCHANGE_EVENT), graph)
    assert (score.events.gold_matched, score.events.predicted_matched, score.events.duplicates) == (1, 2, 1)
    assert score.events.precision == 1.0 and score.events.recall == 1.0
    assert (score.arguments.tp, score.arguments.fp, score.arguments.fn) == (5, 0, 0)


def test_prediction_matching_two_gold_events_counts_once() -> None:
    first = GoldEvent("PrisonerExchange", ("Russia and Ukraine swapped",), participants=("Russia",))
    second = GoldEvent("PrisonerExchange", ("swapped 90 prisoners",), participants=("Ukraine",))
    graph = Graph()
    a = actors(graph)
    event(graph, "PrisonerExchange", EXCHANGE, participants=(a["Russia"], a["Ukraine"]))
    score = score_passage(passage(first, second), graph)
    assert (score.events.gold, score.events.predicted) == (2, 1)
    assert (score.events.gold_matched, score.events.predicted_matched, score.events.duplicates) == (2, 1, 0)
    assert score.events.precision == 1.0 and score.events.recall == 1.0


def test_alias_case_and_punctuation_insensitive_matching() -> None:
    graph = Graph()
    moscow = actor(graph, "moscow", "MOSCOW")
    kyiv = actor(graph, "kyiv-city", "Kyiv city", alt=("  kyiv. ",))
    curly = actor(graph, "rf", "RF", alt=("russia\u2019s",))
    event(graph, "Accusation", ACCUSATION, agents=(kyiv,), targets=(moscow,))
    event(graph, "PrisonerExchange", EXCHANGE, participants=(curly,))
    score = score_passage(passage(EXCHANGE_EVENT, ACCUSATION_EVENT), graph)
    assert score.events.gold_matched == 2
    assert normalise("Washington, D.C.") == "washington dc"
    assert normalise("  Russia\u2019s   DEFENSE ministry ") == normalise("Russia's Defense Ministry")


def test_qid_match_without_label_match() -> None:
    graph = Graph()
    federation = actor(graph, "rf", "Russian Federation", qid="Q159")
    event(graph, "PrisonerExchange", EXCHANGE, participants=(federation,))
    score = score_passage(passage(EXCHANGE_EVENT), graph)
    assert score.events.gold_matched == 1
    assert score.linking.linked == 1 and score.linking.correct_links == 1


def test_argument_partial_credit() -> None:
    graph = Graph()
    a = actors(graph)
    wagner = actor(graph, "wagner", "Wagner Group")
    event(graph, "PrisonerExchange", EXCHANGE, participants=(a["Russia"], a["Ukraine"], a["Belarus"]),
          location=a["Kharkiv"], date="2025-06", quantity=90, reported_by=(wagner,))
    score = score_passage(passage(EXCHANGE_EVENT), graph)
    # gold: P Russia, P Ukraine, L Istanbul, D 2025-06-09, Q 90
    # predicted: P Russia, P Ukraine, P Belarus, L Kharkiv, D 2025-06, Q 90, R Wagner Group
    assert (score.arguments.tp, score.arguments.fp, score.arguments.fn) == (3, 4, 2)
    assert score.arguments.precision == pytest.approx(3 / 7)
    assert score.arguments.recall == pytest.approx(3 / 5)
    assert score.arguments.f1 == pytest.approx(0.5)
    wrong = {(e.role, e.value, e.kind) for e in score.argument_errors}
    assert wrong == {
        ("location", "Istanbul", "missing"), ("date", "2025-06-09", "missing"),
        ("participant", "Belarus", "spurious"), ("location", "Kharkiv", "spurious"),
        ("date", "2025-06", "spurious"), ("reported_by", "Wagner Group", "spurious"),
    }


def test_aggregate_is_micro_averaged() -> None:
    partial = Graph()
    a = actors(partial)
    event(partial, "PrisonerExchange", EXCHANGE, participants=(a["Russia"], a["Ukraine"], a["Belarus"]),
          location=a["Kharkiv"], date="2025-06", quantity=90)
    scores = [score_passage(passage(EXCHANGE_EVENT), partial), score_passage(FULL, perfect_graph())]
    report = aggregate(scores)
    # arguments: (3, 3, 2) + (7, 0, 0); events: 1 of 1 and 3 of 3
    assert (report.arguments.tp, report.arguments.fp, report.arguments.fn) == (10, 3, 2)
    assert report.arguments.precision == pytest.approx(10 / 13)
    assert report.arguments.recall == pytest.approx(10 / 12)
    assert (report.events.gold, report.events.gold_matched) == (4, 4)
    assert (report.relations.tp, report.relations.fn) == (2, 0)
    assert len(report.passages) == 2


def test_relations_allyof_is_symmetric_and_others_are_not() -> None:
    graph = Graph()
    a = actors(graph)
    turkiye = actor(graph, "turkiye", "TÜRKIYE")
    graph.add((a["Russia"], PA.allyOf, a["Belarus"]))
    graph.add((turkiye, PA.locatedIn, a["Istanbul"]))
    graph.add((a["Istanbul"], PA.partOf, turkiye))
    score = score_passage(passage(relations=RELATIONS), graph)
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (1, 2, 1)
    assert score.missed_relations == ("Istanbul locatedIn Turkey",)
    assert score.spurious_relations == ("Istanbul partOf Turkey", "Turkey locatedIn Istanbul")


def test_linking_accuracy_and_precision() -> None:
    graph = Graph()
    actor(graph, "russia", "Russia", qid="Q159")
    actor(graph, "ukraine", "Ukraine")
    actor(graph, "istanbul", "Istanbul", qid="Q407")
    actor(graph, "kharkiv", "Kharkiv", qid="Q42")
    actor(graph, "wagner", "Wagner Group", qid="Q1")
    score = score_passage(passage(), graph)
    link = score.linking
    # gold QIDs: Russia, Ukraine, Istanbul, Belarus, Turkey; only Russia's node is linked right
    assert (link.gold_with_qid, link.found, link.linked) == (5, 3, 1)
    assert link.accuracy == pytest.approx(1 / 5)
    # links on gold-matched nodes: Q159 right, Q407 wrong, Q42 wrong (gold has none); Wagner unjudged
    assert (link.predicted_links, link.correct_links) == (3, 1)
    assert link.precision == pytest.approx(1 / 3)
    # the Kharkiv link is set apart for review: gold has no QID for it
    assert link.links_where_gold_has_none == 1 and link.precision_where_gold_has_qid == pytest.approx(1 / 2)
    assert score.link_errors == ("Istanbul → Q407 (gold Q406)", "Kharkiv → Q42 (gold has no QID)")


def test_ontology_terms_are_not_actors() -> None:
    graph = perfect_graph()
    graph.add((PA.State, RDFS.label, Literal("Russia")))
    graph.add((PA.State, OWL.sameAs, URIRef(WD["Q1"])))
    assert score_passage(FULL, graph).linking.predicted_links == 5


def test_report_text_and_json() -> None:
    graph = Graph()
    a = actors(graph)
    event(graph, "Attack", ACCUSATION, participants=(a["Russia"],))
    report = aggregate([score_passage(passage(ACCUSATION_EVENT, relations=RELATIONS), graph)])
    assert isinstance(report, EvaluationReport)
    text = format_report(report, verbose=True)
    assert "events      0.000  0.000  0.000" in text
    assert f"missed event:       Accusation: {ACCUSATION!r}" in text
    assert f"spurious event:     Attack: {ACCUSATION!r}" in text
    assert "missed relation:    Belarus allyOf Russia" in text
    assert "missed event" not in format_report(report, verbose=False)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["events"]["gold"] == 1 and data["events"]["predicted"] == 1
    assert data["relations"] == {"tp": 0, "fp": 0, "fn": 2, "precision": 1.0, "recall": 0.0, "f1": 0.0}
    assert data["per_passage"][0]["id"] == "t1"


def test_empty_passage_and_graph_is_perfect() -> None:
    score = score_passage(GoldPassage("e", "Nothing happened.", (), (), ()), Graph())
    assert isinstance(score, PassageScore)
    assert score.events.f1 == score.arguments.f1 == score.relations.f1 == score.linking.accuracy == 1.0


GOOD_EVENT: dict[str, object] = {
    "type": "Negotiation", "evidence": ["A met B"], "participants": ["A", "B"], "agent": [], "target": [],
    "location": None, "date": "2025-06", "quantity": None, "reported_by": [], "modality": "Asserted",
}
GOOD_LINE: dict[str, object] = {
    "id": "x", "url": None, "title": None, "published": "2025-06-09", "text": "A met B.",
    "entities": [{"name": "A", "type": "State", "wikidata": "Q1", "aliases": []},
                 {"name": "B", "type": "Person", "wikidata": None}],
    "events": [GOOD_EVENT],
    "relations": [{"s": "B", "p": "memberOf", "o": "A"}],
}


def write_lines(path: Path, *records: object) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_a_good_line(tmp_path: Path) -> None:
    [gold] = load_gold(write_lines(tmp_path / "g.jsonl", GOOD_LINE, ""))
    assert gold.entities[1] == GoldEntity("B", "Person", None, ())
    assert gold.events[0].participants == ("A", "B") and gold.events[0].date == "2025-06"
    assert gold.relations == (GoldRelation("B", "memberOf", "A"),)
    assert gold.evidence_spans(gold.events[0]) == ((0, 7),)


def _event_with(**changes: object) -> dict[str, object]:
    return {**GOOD_LINE, "events": [{**GOOD_EVENT, **changes}]}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "invalid JSON"),
        ({k: v for k, v in GOOD_LINE.items() if k != "text"}, "'text'"),
        ({k: v for k, v in GOOD_LINE.items() if k != "events"}, "missing 'events'"),
        (_event_with(evidence=["A met C"]), "not a substring"),
        (_event_with(participants=["C"]), "'C' is not one of"),
        (_event_with(type="Meeting"), "unknown event type"),
        (_event_with(quantity=True), "'quantity' must be an integer"),
        (_event_with(date="June 2025"), "ISO date"),
        ({**GOOD_LINE, "relations": [{"s": "A", "p": "enemyOf", "o": "B"}]}, "unknown relation predicate"),
        (GOOD_LINE, "duplicate passage id"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_malformed_gold_line_raises_input_error_with_line_number(
    tmp_path: Path, bad: object, message: str
) -> None:
    path = write_lines(tmp_path / "bad.jsonl", GOOD_LINE, bad)
    with pytest.raises(InputError, match=rf"bad\.jsonl:2: .*{message}"):
        load_gold(path)


def test_dev_gold_set_loads() -> None:
    passages = load_gold(DEV)
    assert len(passages) == 10
    assert len({p.id for p in passages}) == 10
    for gold in passages:
        names = {entity.name for entity in gold.entities}
        for event in gold.events:
            assert all(evidence in gold.text for evidence in event.evidence), (gold.id, event.type)
            assert event.all_participants <= names
