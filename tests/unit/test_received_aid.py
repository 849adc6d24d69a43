"""Who gives aid: the giver after "from" when aid is received, or after "by" on the goods given.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 19 tanks from Denmark.",
        "Ukraine received humanitarian aid from Denmark on Monday.",
    ],
)
def test_the_giver_follows_from_and_the_subject_receives(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    [aid] = [e for e in extract(text).events if e.event_class == "Aid"]
    assert [a.text for a in aid.agents] == ["Denmark"]
    assert [t.text for t in aid.targets] == ["Ukraine"]


def test_goods_offered_by_a_state_name_their_giver(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Trucks carrying food donated by Qatar reached Guinea.").events
    [aid] = [e for e in events if e.event_class == "Aid"]
    assert [a.text for a in aid.agents] == ["Qatar"]
