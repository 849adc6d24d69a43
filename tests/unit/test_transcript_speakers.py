"""Turns of a debate's or hearing's record: "we" and "I" are the person the label names.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations


def _agents(extract, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {e.event_class: [a.text for a in e.agents] for e in extract(text).events}


def test_a_named_minister_s_we_is_the_minister(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Minister for Europe (Jane Holloway): Today we have sanctioned eleven Belarusian banks."
    assert _agents(extract, text).get("Sanction") == ["Jane Holloway"]


def test_a_peer_s_label_names_the_peer_whether_or_not_the_model_tags_the_name(extract) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Lord Fenwick (Lab): My Lords, we urge Kigali to withdraw its troops from North Kivu.",
        "Baroness Elwood (Con): My Lords, we urge Kigali to withdraw its troops from North Kivu.",
    ):
        [agent] = _agents(extract, text)["Demand"]
        assert agent.endswith(("Fenwick", "Elwood"))


def test_each_turn_is_its_own_speaker_s(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Maria Quinn: We condemn the strike on the hospital. "
        "Ambassador Tom Reyes: We urge Israel to let fuel into Gaza."
    )
    agents = _agents(extract, text)
    assert agents.get("Accusation") == ["Maria Quinn"]
    assert agents.get("Demand") == ["Tom Reyes"]


def test_a_sentence_with_its_own_verb_before_a_colon_is_no_label(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Quinn told reporters: we urge calm."
    assert _agents(extract, text).get("Demand") != ["Senator Quinn"]


def _sources(extract, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {e.event_class: [r.text for r in e.reported_by] for e in extract(text).events}


def test_what_a_named_speaker_tells_in_a_turn_is_reported_by_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Minister for Europe (Jane Holloway): On Tuesday Armenia and Azerbaijan exchanged 32 prisoners."
    assert _sources(extract, text).get("PrisonerExchange") == ["Jane Holloway"]


def test_a_live_blog_line_ends_its_speaker_s_words(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Army spokesman Tom Reyes: the talks failed.\nRebels shelled the airport in Goma overnight."
    assert _sources(extract, text).get("Attack") == []
