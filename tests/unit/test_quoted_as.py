"""A report that quotes someone "as" doing something hands the act to the one quoted.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

import pytest


def _agents(extract, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {e.event_class: [a.text for a in e.agents] for e in extract(text).events}


@pytest.mark.parametrize(
    ("text", "cls", "agent"),
    [
        ("The agency quoted Guinea's foreign ministry as urging both sides to show restraint.", "Demand", "Guinea"),
        ("The newspaper quoted President William Ruto as calling for the release of the hostages.", "Demand", "Ruto"),
        ("The broadcaster cited a Houthi spokesman as vowing to retaliate.", "Threat", "spokesman"),
    ],
)
def test_the_one_quoted_acts(extract, text: str, cls: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    agents = _agents(extract, text)
    assert any(agent in a for a in agents.get(cls, [])), agents


def test_a_report_described_as_something_hands_nothing_on(extract) -> None:  # type: ignore[no-untyped-def]
    # "as" after a verb that is no quoting keeps its ordinary reading
    agents = _agents(extract, "The ministry described the strike as an attack on civilians.")
    assert "Demand" not in agents and "Threat" not in agents
