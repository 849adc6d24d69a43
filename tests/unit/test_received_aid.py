"""Aid received "from" someone: the giver is the agent, the receiver the target.

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
