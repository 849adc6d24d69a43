"""Headline and live-blog lines that open with a party and a colon: the rest is its words.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

import pytest


def _events(extract, text: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(e.event_class, [a.text for a in e.agents]) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Moscow: Western claims "pure fiction".', [("Statement", ["Moscow"])]),
        ('UPDATE: Kremlin: Western claims "absurd".', [("Statement", ["Kremlin"])]),
    ],
)
def test_a_party_before_a_colon_states(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _events(extract, text) == expected


def test_a_line_that_tells_a_deed_keeps_it_and_accuses_in_the_words_of_a_crime(extract) -> None:  # type: ignore[no-untyped-def]
    events = _events(extract, '14:05 Hamas: the raid on Jenin was "a cowardly crime".')
    assert ("Accusation", ["Hamas"]) in events and "Attack" in {cls for cls, _agents in events}
    events = _events(extract, "Kyiv: talks with Ankara resume on Monday.")
    assert "Statement" not in {cls for cls, _agents in events}


@pytest.mark.parametrize(
    "text",
    [
        "Odesa: port calm after a quiet night.",  # a place names the scene, not a speaker
        "Health ministry: 31 dead, 70 wounded.",  # a tally
        "Key points: markets open higher.",  # no party
    ],
)
def test_a_scene_a_tally_or_no_party_before_a_colon_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(extract, text) == []
