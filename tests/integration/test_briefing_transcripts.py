"""Briefing transcripts: an official's "we" is the government whose capital the dateline
names. Built through the real builder (dateline masked before parsing, linker on).

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

from graph_builder.entities import resolve_document
from graph_builder.ingest import make_document
from graph_builder.pipeline import Builder


def _agents(builder: Builder, text: str) -> list[tuple[str, list[str]]]:
    [(_source, extraction)] = builder.extract([make_document("t", text)])
    resolution = resolve_document(extraction, builder.resolver)
    return [
        (event.event_class, [entity.label for ref in event.agents for entity in resolution.get(ref, ())])
        for event in extraction.events
    ]


def test_an_official_s_we_is_the_state_of_the_dateline_s_capital(builder: Builder) -> None:
    text = (
        "LONDON -- QUESTION: Has the Foreign Office spoken to Tehran? MS. HALE: Yes. "
        "We urge Iran to free the two aid workers without delay."
    )
    assert ("Demand", ["United Kingdom"]) in _agents(builder, text)


def test_a_reporter_s_we_is_no_government(builder: Builder) -> None:
    text = "PARIS -- Q: We condemn nothing here, but will you urge Moscow to talk? A: Next question."
    assert not any(agents == ["France"] for _cls, agents in _agents(builder, text))


def test_a_dateline_that_names_no_capital_gives_no_speaker(builder: Builder) -> None:
    text = "GENEVA -- QUESTION: Any news from Sanaa? SPOKESPERSON: We urge both sides to free all detainees."
    assert all(agents == [] for _cls, agents in _agents(builder, text))


def test_a_text_without_question_labels_is_no_transcript(builder: Builder) -> None:
    text = "MADRID -- ALERT: We urge calm, the mayor told reporters on Friday."
    assert not any(agents == ["Spain"] for _cls, agents in _agents(builder, text))


def test_an_interview_s_answers_are_the_words_of_the_person_introduced_first(builder: Builder) -> None:
    text = (
        "Tomas Varga, who ran the prisoner registry for three years, met us in Uzhhorod. "
        "Q: What do you want from the other side? A: We call on Moscow to let the Red Cross see every camp."
    )
    assert ("Demand", ["Tomas Varga"]) in _agents(builder, text)


def test_an_interview_s_questions_speak_for_no_one(builder: Builder) -> None:
    text = "Tomas Varga ran the registry. Q: Do you urge Kyiv to stop the exchanges? A: No."
    assert not any(agents == ["Tomas Varga"] for _cls, agents in _agents(builder, text))
