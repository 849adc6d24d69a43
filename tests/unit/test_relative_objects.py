"""A relative pronoun object ("Kenya, which it accused of …") stands for the noun it qualifies.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations


def _roles(extract, text: str) -> dict[str, tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return {e.event_class: ([a.text for a in e.agents], [t.text for t in e.targets]) for e in extract(text).events}


def test_the_state_a_relative_clause_accuses_is_the_target_and_the_doer(extract) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(extract, "Sudan cut ties with Kenya, which it accused of backing the rebels.")
    assert "Kenya" in roles["Sanction"][1]
    assert "Kenya" in roles["Accusation"][1]
    assert roles["Aid"][0] == ["Kenya"]


def test_a_deed_blamed_on_someone_keeps_its_victims_out_of_the_charge(extract) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(extract, "An air strike killed 34 soldiers, which Ukraine blamed on Russia.")
    assert "soldiers" not in " ".join(roles["Accusation"][1])
