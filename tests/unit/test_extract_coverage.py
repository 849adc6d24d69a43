"""Trigger coverage beyond the first lexicon, with the sense checks that keep it precise.

Sentences written for these tests; none comes from an evaluation file.
"""

from __future__ import annotations

import pytest

from graph_builder.extract.records import EventRecord


def classes(extract, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.event_class for e in extract(text).events]


def trigger_words(event: EventRecord) -> set[str]:
    return {t.text.lower() for t in event.triggers}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("A powerful explosion tore through the market in Kabul on Sunday.", "Attack"),
        ("The kidnapping of two engineers near Arauca was blamed on the guerrillas.", "Attack"),
        ("Hundreds joined the boycott of Israeli goods announced by the federation.", "Sanction"),
        ("The foreign minister's visit to Beijing lasted two days.", "Negotiation"),
        ("Iran's threat to close the Strait of Hormuz alarmed shippers.", "Threat"),
        ("The army issued a warning to residents of the border villages.", "Threat"),
        ("The envoys of Chad and Sudan met in N'Djamena on Monday.", "Negotiation"),
        ("The think tank's report urges Congress to pass the bill.", "Demand"),
    ],
)
def test_new_words_name_their_class(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Piracy remains a threat to shipping in the Gulf of Guinea.", "Threat"),
        ("Readers can sign up for the newsletter on the website.", "Agreement"),
        ("The officer had committed suicide, the police said.", "Agreement"),
        ("The company met its sales targets for the year.", "Negotiation"),
    ],
)
def test_other_senses_of_the_same_words_are_not_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_events_keep_the_words_that_named_them(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("A car bomb explosion killed four people in Mogadishu.").events
    (event,) = [e for e in events if e.event_class == "Attack"]
    assert "explosion" in trigger_words(event)
