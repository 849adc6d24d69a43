"""A name's acronym in brackets must not cost its clause the verb."""

from __future__ import annotations

from spacy.language import Language

SENTENCE = (
    "Troops of the Guinean Armed Forces (FAG) shelled camps held by the Free Guinea Movement (FGM) "
    "in the north on Friday, residents said."
)


def test_the_verb_after_a_bracketed_acronym_heads_its_clause(nlp: Language) -> None:
    doc = nlp(SENTENCE)
    shelled = next(t for t in doc if t.text == "shelled")
    assert shelled.pos_ == "VERB"
    assert [c.text for c in shelled.children if c.dep_ == "nsubj"] == ["Troops"]
    assert [c.text for c in shelled.children if c.dep_ == "dobj"] == ["camps"]


def test_the_acronym_stays_an_apposition_of_its_name_and_keeps_its_offsets(nlp: Language) -> None:
    doc = nlp(SENTENCE)
    acronym = next(t for t in doc if t.text == "FAG")
    assert (acronym.dep_, acronym.head.text) == ("appos", "Forces")
    assert SENTENCE[acronym.idx : acronym.idx + 3] == "FAG"


def test_the_shelling_keeps_its_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in extract(SENTENCE).events if e.event_class == "Attack"]
    assert [a.text for e in attacks for a in e.agents] == ["Guinean Armed Forces"]


def test_a_sentence_the_brackets_did_not_break_keeps_its_parse(nlp: Language) -> None:
    text = "The Armed Forces of Guinea (FAG) said on Friday that talks would resume."
    said = next(t for t in nlp(text) if t.text == "said")
    assert said.dep_ == "ROOT"
