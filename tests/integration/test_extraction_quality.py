"""Extraction quality may not fall: the development set, the tuning halves of the public corpora
and the blind sets tuned on (the tuning halves of the first two, the others whole).

The floors are the figures recorded in docs/evaluation.md, less a small margin for spaCy
patch releases. The sealed halves are reported there, never tested here: a test on them
would be tuning on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.config import Settings
from graph_builder.evaluation.corpus_score import CorpusReport
from graph_builder.evaluation.external import half_of
from graph_builder.evaluation.gold import load_gold
from graph_builder.evaluation.runner import evaluate_corpus_file, evaluate_passages
from graph_builder.pipeline import Builder

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"
EXTERNAL = SHARED / "external"
MARGIN = 0.02
# corpus: (trigger recall, trigger precision or None where the corpus is not exhaustive).
# Round 3 (docs/evaluation.md): WikiEvents precision 0.769 -> 0.741 is one event more out of 27,
# an ambush that used to be merged into an earlier attack and is now its own, unannotated event;
# GENEVA 0.606 -> 0.591 is one Commitment the rules now read as a Threat without a named agent.
# Round 8: RAMS 0.663 -> 0.657 is one boycott a party only calls for, which the rules no longer
# count as an event of its own (the gold-format sets do not annotate what a demand asks for).
# Round 9: RAMS 0.657 -> 0.663, one Demand more ("… are expected to …" gives its subject);
# WikiEvents precision 0.750 -> 0.778, one false attack fewer.
# Round 13: GENEVA 0.591 -> 0.576 is one "Request" of 66: "When asked by Xinhua if …", a question
# put to a speaker, which the rules (and the contract) do not count as a demand; the CAMEO path
# now applies the question check the hand lexicon already did.
# Round 14: RAMS 0.663 -> 0.657 is one Negotiation of 169, "It calls on the WHO to [convene] an
# independent group": what a demand asks for, which the rules no longer count as an event (the
# gold-format sets do not annotate it; 42 false events fewer over the tuning sets).
# Round 16: RAMS 0.657 -> 0.651 is one Attack of 169 that is an interviewee's name: "Slaughter :
# No question" (a speaker label, which RAMS annotates as conflict.attack); a noun a colon closes
# is now read as a label, not an event.
# Round 17: WikiEvents precision 0.778 -> 0.808, one false attack fewer: a bombing listed under a
# wiki article's "== See also ==" heading.
# Round 18: GENEVA 0.576 -> 0.591, one Demand more of 66.
TUNING_FLOORS = {
    "rams": (0.651, None),
    "wikievents": (0.825, 0.808),
    "geneva": (0.591, None),
}
# Tuning-half argument recall in the mapped slot (round 4: argument work). Round 9: RAMS 0.308 ->
# 0.307 lost no argument: the Demand newly found has a communicator the rules miss (14 of 28 -> 14 of 29).
# Round 12: GENEVA 0.568 -> 0.591, speakers named by their office ("the UN's humanitarian chief").
# Round 13: GENEVA 0.591 -> 0.605.
# Round 14: RAMS 0.307 -> 0.305, the arguments of that Negotiation.
# Round 18: GENEVA 0.605 -> 0.622, the speaker and addressee of that Demand.
# Round 19: RAMS 0.305 -> 0.313.
ARGUMENT_FLOORS = {"rams": 0.313, "wikievents": 0.270, "geneva": 0.622}
BLIND_SETS = Path(__file__).resolve().parents[2] / "bench" / "eval"
# blind set: (half tuned on, events F1, arguments F1); blind-3 and blind-5 (round 5),
# blind-9 and blind-10 (round 6), blind-12 and blind-14 (round 7), blind-17, -18, -20 and -22
# (round 8), blind-23, -25, -26 and -28 (round 9), blind-29, -31, -32 and -34 (round 10) and
# blind-35, -37, -38 and -39 (round 11), blind-41 and -42 (round 12), blind-47, -49, -51 and
# -52 (round 13), blind-53, -55, -56 and -58 (round 14), blind-59, -61, -62 and -64 (round 15)
# and blind-65, -67, -68 and -70 (round 16), blind-71, -73, -74 and -76 (round 17), blind-77,
# -79, -80 and -82 (round 18), blind-84, -85, -87 and -88 (round 19) and blind-89, -90, -92 and
# -93 (round 20) were scored whole once
# before anyone read them, and tuned on whole after that (docs/evaluation.md); blind-4, -6, -7,
# -8, -11, -13, -15, -16, -19, -21, -24, -27, -30, -33, -36, -40, -43, -45, -46, -48, -50, -54, -57, -60, -63,
# -66, -69, -72, -75, -78, -81, -83, -86, -91 and -94 are sealed and
# never tested. Round 9 lowered four argument
# figures by 0.001-0.011 (blind, blind-3, -5, -14; docs/evaluation.md): groups the rules now name
# ("local leaders", "government officials") that the gold leaves out. Round 10 lowered blind-17's arguments
# 0.676 -> 0.674: the one event newly found there carries arguments the gold does not all list.
# Round 11 lowered seven argument figures by 0.001-0.007 (blind-10, -17, -23, -25, -29, -31, -32):
# events newly found whose parties the gold names otherwise ("Tigrayan" for "Tigrayan spokesman"),
# and speakers now named as the declarers of statements told in reported speech.
# Round 12 added blind-41 and -42 (scored on arrival, then tuned on); blind-43 and -45 are sealed.
# It lowered blind-34's events 0.658 -> 0.655 (one right attack, "its troops had liberated the
# village", whose "its troops" stays unresolved) and nine argument figures by 0.001-0.007 (blind,
# -9, -10, -12, -22, -23, -26, -37, -39): unnamed office holders ("UN humanitarian chief") are now
# parties beside their body, where the gold names one of the two.
# Round 13 added blind-47, -49, -51 and -52 (scored on arrival, then tuned on); blind-48 and -50
# are sealed. It lowered blind-25's events 0.682 -> 0.679 (an International Criminal Court
# warrant, now an Accusation, that its gold leaves out) and four argument figures by
# 0.002-0.004 (blind-2, -14, -32, -37): a source the gold spells with its article ("the Israeli
# prime minister's office"), and events newly found whose parties the gold names otherwise.
# Round 14 added blind-53, -55, -56 and -58 (scored on arrival, then tuned on); blind-54 and -57
# are sealed. No events figure fell; it lowered eight argument figures by 0.001-0.005 (blind-17,
# -22, -28, -31, -32, -42, -47, -51): attacks newly found on units "under fire" and children
# returned to their families whose parties the gold names otherwise, two parties of a found
# attack the gold leaves out, and arguments of events a demand asks for, now dropped.
# Round 15 added blind-59, -61, -62 and -64 (scored on arrival, then tuned on); blind-60 and -63
# are sealed. No events figure fell; it lowered seven argument figures by 0.001-0.010 (blind-29,
# -37, -47, -49, -51, -52, -56): a state's forces now also name the state ("Azerbaijani forces"),
# and a place attacked its state, where the gold names only the force or the place, and events
# newly found whose parties the gold names otherwise.
# Round 16 added blind-65, -67, -68 and -70 (scored on arrival, then tuned on); blind-66 and -69
# are sealed. It lowered five events figures: blind-59 0.651 -> 0.649 and blind-25 0.693 -> 0.690
# (capitals the knowledge base now knows: "the Belgrade-Pristina working group" lost the unlinked
# name that matched the gold's alias, "Pristina's leaders" is Kosovo where the gold names a group;
# in -25 a pardon read as a release won one event back, for one false event more),
# blind-47 0.779 -> 0.776 (one event more the gold leaves out), blind-61 0.516 -> 0.511 and -64
# 0.536 -> 0.527 ("targeting" as what a party denies or is accused of is no attack now; in -64
# that attack, told of "the RSF", had named the party of another one, and in -61 it repeated one
# already found); and seven argument figures by 0.001-0.008 (blind-9, -17, -22, -34, -37, -38,
# -49), events newly found or parties now named whose names the gold gives otherwise.
# Round 17 added blind-71, -73, -74 and -76 (scored on arrival, then tuned on); blind-72 and -75
# are sealed. It lowered one events figure, blind-18 0.738 -> 0.735 (an envoy summoned with no
# grievance named is now an accusation, as 18 of 20 summonses in the tuning gold are; this one
# the gold leaves out), and twenty argument figures by 0.001-0.010 (blind-2, -14, -17, -18,
# -20, -22, -26, -32, -34, -37, -38, -41, -52, -55, -58, -59, -61, -65, -67, -70): a
# government, ministry or army named by its state's demonym now names the state too, where the
# gold names only the body, and events newly found whose parties the gold names otherwise.
# Round 18 added blind-77, -79, -80 and -82 (scored on arrival, then tuned on); blind-78 and -81
# are sealed. It lowered three events figures: blind-17 0.779 -> 0.776 (a general staff calling
# a report false is now a Statement, which the gold leaves out), blind-61 0.511 -> 0.503 (verbs
# CAMEO files under consult by default, "join", "face", no longer make talks, and a summit's
# sides are now read from another sentence) and blind-62 0.405 -> 0.401 (a mission that
# "repulsed an attack" and a commander who contacted the army "to protest the incident", both
# with parties the gold names otherwise); and eight argument figures by 0.001-0.012 (blind-9,
# -20, -34, -35, -42, -53, -62, -65): events newly found whose parties the gold names otherwise.
# Round 19 added blind-84, -85, -87 and -88 (scored on arrival, then tuned on); blind-83 and -86
# are sealed. It lowered three events figures: blind-10 0.798 -> 0.795 (a security sweep,
# "clearance operations", is now an attack, where the gold joins it to another span of the same
# event), blind-32 0.790 -> 0.789 and blind-51 0.572 -> 0.569 (a state's forces saying whom they
# "targeted" is now a Statement; a junta that names no one and a speaker the gold names
# otherwise leave two of them unmatched); and twelve argument figures by 0.001-0.020 (blind,
# -5, -9, -18, -25, -26, -37, -47, -77, -84, -85, -88): the means after "by" now shares its
# verb's subject, relative objects name their party, and events newly found whose parties the
# gold names otherwise.
# Round 20 added blind-89, -90, -92 and -93 (scored on arrival, then tuned on); blind-91 and -94
# are sealed. It lowered blind-38's events 0.701 -> 0.698 (recognising a state's independence is
# now a Statement, as the gold of three other sets has it; this one the gold leaves out) and
# blind-42's arguments 0.704 -> 0.703 (migrants "flown back" are now found, with "military
# aircraft" among their parties, which the gold leaves out).
BLIND_FLOORS = {
    "blind": ("tune", 0.887, 0.739),
    "blind-2": ("tune", 0.906, 0.699),
    "blind-3": ("all", 0.805, 0.671),
    "blind-5": ("all", 0.821, 0.733),
    "blind-9": ("all", 0.760, 0.677),
    "blind-10": ("all", 0.795, 0.698),
    "blind-12": ("all", 0.690, 0.667),
    "blind-14": ("all", 0.775, 0.687),
    "blind-17": ("all", 0.779, 0.671),
    "blind-18": ("all", 0.743, 0.672),
    "blind-20": ("all", 0.672, 0.671),
    "blind-22": ("all", 0.687, 0.691),
    "blind-23": ("all", 0.655, 0.620),
    "blind-25": ("all", 0.693, 0.682),
    "blind-26": ("all", 0.715, 0.741),
    "blind-28": ("all", 0.632, 0.674),
    "blind-29": ("all", 0.712, 0.693),
    "blind-31": ("all", 0.660, 0.701),
    "blind-32": ("all", 0.789, 0.675),
    "blind-34": ("all", 0.675, 0.682),
    "blind-35": ("all", 0.513, 0.589),
    "blind-37": ("all", 0.633, 0.646),
    "blind-38": ("all", 0.698, 0.643),
    "blind-39": ("all", 0.759, 0.633),
    "blind-41": ("all", 0.682, 0.673),
    "blind-42": ("all", 0.584, 0.703),
    "blind-47": ("all", 0.788, 0.708),
    "blind-49": ("all", 0.659, 0.683),
    "blind-51": ("all", 0.569, 0.615),
    "blind-52": ("all", 0.669, 0.701),
    "blind-53": ("all", 0.676, 0.677),
    "blind-55": ("all", 0.676, 0.656),
    "blind-56": ("all", 0.713, 0.659),
    "blind-58": ("all", 0.731, 0.718),
    "blind-59": ("all", 0.658, 0.688),
    "blind-61": ("all", 0.517, 0.604),
    "blind-62": ("all", 0.407, 0.595),
    "blind-65": ("all", 0.847, 0.711),
    "blind-67": ("all", 0.686, 0.694),
    "blind-68": ("all", 0.630, 0.744),
    "blind-70": ("all", 0.566, 0.579),
    "blind-64": ("all", 0.527, 0.726),
    "blind-71": ("all", 0.683, 0.642),
    "blind-73": ("all", 0.540, 0.676),
    "blind-74": ("all", 0.642, 0.632),
    "blind-76": ("all", 0.792, 0.715),
    "blind-77": ("all", 0.660, 0.626),
    "blind-79": ("all", 0.620, 0.717),
    "blind-80": ("all", 0.528, 0.649),
    "blind-82": ("all", 0.709, 0.642),
    "blind-84": ("all", 0.704, 0.663),
    "blind-85": ("all", 0.572, 0.609),
    "blind-87": ("all", 0.698, 0.651),
    "blind-88": ("all", 0.581, 0.625),
    "blind-89": ("all", 0.700, 0.712),
    "blind-90": ("all", 0.641, 0.655),
    "blind-92": ("all", 0.702, 0.667),
    "blind-93": ("all", 0.694, 0.678),
}


@pytest.fixture(scope="module")
def tuning_reports(builder: Builder) -> dict[str, CorpusReport]:
    reports = evaluate_corpus_file(EXTERNAL, Settings(), halves=("tune",), builder=builder)
    return {r.corpus: r for r in reports}


@pytest.mark.parametrize("corpus", sorted(TUNING_FLOORS))
def test_tuning_half_trigger_scores_do_not_fall(tuning_reports: dict[str, CorpusReport], corpus: str) -> None:
    report = tuning_reports[corpus]
    recall_floor, precision_floor = TUNING_FLOORS[corpus]
    assert report.recall() >= recall_floor - MARGIN, report.to_dict()["classes"]
    if precision_floor is not None:
        precision = report.precision()
        assert precision is not None and precision >= precision_floor - MARGIN, report.to_dict()["confusion"]


@pytest.mark.parametrize("corpus", sorted(ARGUMENT_FLOORS))
def test_tuning_half_argument_recall_does_not_fall(tuning_reports: dict[str, CorpusReport], corpus: str) -> None:
    report = tuning_reports[corpus]
    assert report.argument_recall() >= ARGUMENT_FLOORS[corpus] - MARGIN, report.to_dict()["roles"]


def test_development_set_scores_do_not_fall(builder: Builder) -> None:
    report = evaluate_passages(load_gold(SHARED / "dev.jsonl"), builder)
    assert report.events.f1 >= 0.966 - MARGIN
    assert report.arguments.f1 >= 0.836 - MARGIN
    assert report.relations.f1 >= 0.909 - MARGIN


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_set_tuning_scores_do_not_fall(builder: Builder, name: str) -> None:
    # bench/eval/blind*: written by helpers that never saw the rules; the sealed halves are
    # reported in docs/evaluation.md, never tested (a test on them would be tuning on them)
    half, events_floor, arguments_floor = BLIND_FLOORS[name]
    passages = [p for p in load_gold(BLIND_SETS / name / "passages.jsonl") if half in ("all", half_of(p.id))]
    report = evaluate_passages(passages, builder)
    assert report.events.f1 >= events_floor - MARGIN
    assert report.arguments.f1 >= arguments_floor - MARGIN
