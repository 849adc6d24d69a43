"""A line break ends a sentence in headline lists and tickers, not in text wrapped at a width."""

from __future__ import annotations

from spacy.language import Language

HEADLINES = (
    "Lithuanian border guards fire warning shots near crossing as migrants gather on Belarus side\n"
    "Vilnius calls for emergency EU meeting on border\n"
    "Minsk rejects the charge as 'provocation'\n"
    "Riga shipyard wins navy order"
)

WRAPPED = (
    "Government troops shelled the outskirts of the northern town on Tuesday, officials said, and\n"
    "Red Cross workers who reached the area later reported that the hospital had run out of fuel\n"
    "and medicine after a week of fighting."
)


def _sentences(nlp: Language, text: str) -> list[str]:
    return [sentence.text.strip() for sentence in nlp(text).sents]


def test_each_headline_is_a_sentence(nlp: Language) -> None:
    assert _sentences(nlp, HEADLINES) == HEADLINES.split("\n")


def test_text_wrapped_at_a_width_keeps_its_sentence_whole(nlp: Language) -> None:
    assert len(_sentences(nlp, WRAPPED)) == 1


def test_a_blank_line_ends_a_paragraph_even_without_a_full_stop(nlp: Language) -> None:
    text = WRAPPED + "\n\nTalks resume in Geneva on Friday"
    assert _sentences(nlp, text)[-1] == "Talks resume in Geneva on Friday"


def test_each_headline_keeps_its_own_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(HEADLINES)
    demands = [e for e in result.events if e.event_class == "Demand"]
    assert [a.text for e in demands for a in e.agents] == ["Vilnius"]
    statements = [e for e in result.events if e.event_class == "Statement"]
    assert [a.text for e in statements for a in e.agents] == ["Minsk"]
